package io.newsgraph.metrics;

/**
 * The 2x2 table of two actors over a set of articles: {@code both} name a and b, {@code withA} name
 * a (with or without b), {@code withB} name b, out of {@code total}. Partial tables of disjoint
 * sets of articles (two days, two tasks) merge by adding their counts, so a period's table is the
 * merge of its days'.
 *
 * <p>The figures are also static, for callers that hold the four counts and should not allocate per
 * row.
 */
public record CoOccurrence(long both, long withA, long withB, long total) {

  public static final CoOccurrence EMPTY = new CoOccurrence(0, 0, 0, 0);

  public CoOccurrence {
    check(both, withA, withB, total);
  }

  /** The table of the union of two disjoint sets of articles. */
  public CoOccurrence merge(CoOccurrence other) {
    return new CoOccurrence(
        both + other.both, withA + other.withA, withB + other.withB, total + other.total);
  }

  /** Articles expected to name both if a and b were named independently: withA * withB / total. */
  public double expectedBoth() {
    return total == 0 ? 0 : (double) withA * withB / total;
  }

  public double npmi() {
    return npmi(both, withA, withB, total);
  }

  public double gSquared() {
    return gSquared(both, withA, withB, total);
  }

  public double signedGSquared() {
    return signedGSquared(both, withA, withB, total);
  }

  /**
   * +1 when a and b are named together more often than independence predicts, -1 when less often, 0
   * when exactly.
   */
  public int direction() {
    return direction(both, withA, withB, total);
  }

  /**
   * Normalised PMI, ln(p(ab) / (p(a) p(b))) / -ln p(ab), in [-1, 1]: 1 when the pair is in every
   * article of the set (the formula is 0/0 there), -1 when it is never named together (no article
   * names both), 0 at independence.
   */
  public static double npmi(long both, long withA, long withB, long total) {
    check(both, withA, withB, total);
    if (both == 0) {
      return -1.0;
    }
    if (both == total) {
      return 1.0;
    }
    double pmi = Math.log((double) both * total / ((double) withA * withB));
    return pmi / -Math.log((double) both / total);
  }

  /**
   * Dunning's log-likelihood ratio G² = 2 Σ k ln(k / E) over the four cells (both, a only, b only,
   * neither), E the cell's count expected from the margins; a cell with k = 0 adds 0. Always &ge;
   * 0: it says how far from independence the table is, not in which direction (see {@link
   * #signedGSquared}).
   */
  public static double gSquared(long both, long withA, long withB, long total) {
    check(both, withA, withB, total);
    if (total == 0) {
      return 0;
    }
    long aOnly = withA - both;
    long bOnly = withB - both;
    long neither = total - withA - withB + both;
    double g =
        cell(both, withA, withB, total)
            + cell(aOnly, withA, total - withB, total)
            + cell(bOnly, total - withA, withB, total)
            + cell(neither, total - withA, total - withB, total);
    // rounding can leave -1e-15 at exact independence
    return Math.max(0, 2 * g);
  }

  /**
   * G² with the sign of {@link #direction}: negative when the pair is named together less often
   * than chance.
   */
  public static double signedGSquared(long both, long withA, long withB, long total) {
    int d = direction(both, withA, withB, total);
    return d == 0 ? 0 : d * gSquared(both, withA, withB, total);
  }

  /**
   * Sign of both * total - withA * withB, i.e. of observed minus expected. The products are
   * compared as doubles: exact while they stay below 2^53 (a day or a period of up to ~90 million
   * articles).
   */
  public static int direction(long both, long withA, long withB, long total) {
    check(both, withA, withB, total);
    return Double.compare((double) both * total, (double) withA * withB);
  }

  /** k ln(k total / (row col)), with 0 ln 0 = 0. */
  private static double cell(long k, long row, long col, long total) {
    return k == 0 ? 0 : k * Math.log((double) k * total / ((double) row * col));
  }

  private static void check(long both, long withA, long withB, long total) {
    if (both < 0 || both > withA || both > withB || withA + withB - both > total) {
      throw new IllegalArgumentException(
          "not a 2x2 table: both="
              + both
              + " withA="
              + withA
              + " withB="
              + withB
              + " total="
              + total);
    }
  }
}
