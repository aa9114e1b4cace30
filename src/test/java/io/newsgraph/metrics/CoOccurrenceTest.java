package io.newsgraph.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** NPMI and G² against 2x2 tables worked by hand (the arithmetic is in each comment). */
class CoOccurrenceTest {

  private static final double EPS = 1e-9;

  /**
   * 10 articles, a in 5, b in 5, both in 4. Cells (both, a only, b only, neither) = (4, 1, 1, 4);
   * every expected count is 5 * 5 / 10 = 2.5. G² = 2 (4 ln(4/2.5) + 1 ln(1/2.5) + 1 ln(1/2.5) + 4
   * ln(4/2.5)) = 16 ln 1.6 + 4 ln 0.4 = 16 * 0.4700036292 - 4 * 0.9162907319 = 7.5200580676 -
   * 3.6651629275 = 3.8548951401. NPMI = ln(4 * 10 / (5 * 5)) / -ln(4 / 10) = ln 1.6 / -ln 0.4 =
   * 0.4700036292 / 0.9162907319 = 0.5129415...
   */
  @Test
  void togetherMoreOftenThanChance() {
    CoOccurrence t = new CoOccurrence(4, 5, 5, 10);
    assertEquals(2.5, t.expectedBoth(), EPS);
    assertEquals(3.8548951401, t.gSquared(), 1e-9);
    assertEquals(3.8548951401, t.signedGSquared(), 1e-9);
    assertEquals(1, t.direction());
    assertEquals(0.4700036292 / 0.9162907319, t.npmi(), 1e-9);
  }

  /**
   * 10 articles, a in 5, b in 5, both in 1: cells (1, 4, 4, 1), expected 2.5 each, so G² is the
   * table above with the cells swapped: 2 (1 ln 0.4 + 4 ln 1.6 + 4 ln 1.6 + 1 ln 0.4) =
   * 3.8548951401, signed -3.8548951401 since 1 &lt; 2.5. NPMI = ln(1 * 10 / 25) / -ln(1 / 10) = ln
   * 0.4 / ln 10 = log10 0.4 = -0.3979400087.
   */
  @Test
  void togetherLessOftenThanChanceIsNegative() {
    CoOccurrence t = new CoOccurrence(1, 5, 5, 10);
    assertEquals(3.8548951401, t.gSquared(), 1e-9);
    assertEquals(-3.8548951401, t.signedGSquared(), 1e-9);
    assertEquals(-1, t.direction());
    assertEquals(-0.3979400087, t.npmi(), 1e-9);
  }

  /**
   * 4 articles, a in 2, b in 2, both in 1: exactly the expected 2 * 2 / 4 = 1, so G² = 0, NPMI = ln
   * 1 / ln 4 = 0.
   */
  @Test
  void independenceIsZero() {
    CoOccurrence t = new CoOccurrence(1, 2, 2, 4);
    assertEquals(0, t.direction());
    assertEquals(0.0, t.gSquared(), EPS);
    assertEquals(0.0, t.signedGSquared(), 0.0);
    assertEquals(0.0, t.npmi(), EPS);
  }

  /**
   * A zero cell adds 0 (0 ln 0 = 0). 4 articles, a in 2, b in 2, never together: cells (0, 2, 2,
   * 0), expected 1 each, G² = 2 (0 + 2 ln 2 + 2 ln 2 + 0) = 8 ln 2 = 5.5451774445, signed negative;
   * NPMI = -1 by definition.
   */
  @Test
  void neverTogether() {
    CoOccurrence t = new CoOccurrence(0, 2, 2, 4);
    assertEquals(8 * 0.6931471806, t.gSquared(), 1e-9);
    assertEquals(-8 * 0.6931471806, t.signedGSquared(), 1e-9);
    assertEquals(-1.0, t.npmi(), 0.0);
  }

  /**
   * In every article: NPMI's 0/0 is taken as 1, and the table (3, 0, 0, 0) has expected 3 * 3 / 3 =
   * 3 in its only non-empty cell, so G² = 2 * 3 ln(3/3) = 0. A pair in 3 of 3 articles where a is
   * in all of them: cells (3, 0, 0, 0) again.
   */
  @Test
  void inEveryArticle() {
    CoOccurrence t = new CoOccurrence(3, 3, 3, 3);
    assertEquals(1.0, t.npmi(), 0.0);
    assertEquals(0.0, t.gSquared(), EPS);
  }

  /**
   * A pair seen once in a big day: 1000 articles, a in 1, b in 1, both in 1. NPMI = ln(1000 / 1) /
   * -ln(1 / 1000) = 1: NPMI's top score for a single article, why "strongest" tables need a minimum
   * support. Cells (1, 0, 0, 999), expected 1 * 1 / 1000 = 0.001 and 999 * 999 / 1000 = 998.001: G²
   * = 2 (1 ln(1 / 0.001) + 999 ln(999 / 998.001)) = 2 (6.9077552790 + 999 * 0.0010004999) = 2
   * (6.9077552790 + 0.9994995) = 15.81451.
   */
  @Test
  void aSingleArticleScoresTopNpmi() {
    CoOccurrence t = new CoOccurrence(1, 1, 1, 1000);
    assertEquals(1.0, t.npmi(), 1e-12);
    assertEquals(15.81451, t.gSquared(), 1e-5);
  }

  @Test
  void impossibleTablesAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new CoOccurrence(3, 2, 5, 10));
    assertThrows(IllegalArgumentException.class, () -> new CoOccurrence(1, 6, 6, 10));
    assertThrows(IllegalArgumentException.class, () -> CoOccurrence.npmi(-1, 2, 2, 4));
  }

  /**
   * Articles spread over days and tasks: merging the partial tables in any order and grouping gives
   * the table of all articles, and so the same figures, bit for bit (the counts are exact).
   */
  @Test
  void mergingPartialTablesInAnyOrderGivesTheSameFigures() {
    Random random = new Random(18);
    List<CoOccurrence> parts = new ArrayList<>();
    long both = 0;
    long withA = 0;
    long withB = 0;
    long total = 0;
    for (int p = 0; p < 40; p++) {
      long n = 1 + random.nextInt(50);
      long ab = 0;
      long a = 0;
      long b = 0;
      for (int i = 0; i < n; i++) {
        boolean hasA = random.nextInt(3) == 0;
        boolean hasB = random.nextInt(4) == 0;
        a += hasA ? 1 : 0;
        b += hasB ? 1 : 0;
        ab += hasA && hasB ? 1 : 0;
      }
      parts.add(new CoOccurrence(ab, a, b, n));
      both += ab;
      withA += a;
      withB += b;
      total += n;
    }
    CoOccurrence whole = new CoOccurrence(both, withA, withB, total);
    for (int round = 0; round < 20; round++) {
      Collections.shuffle(parts, random);
      // a tree of merges, as tasks then a final merge would do
      int split = random.nextInt(parts.size());
      CoOccurrence left =
          parts.subList(0, split).stream().reduce(CoOccurrence.EMPTY, CoOccurrence::merge);
      CoOccurrence right =
          parts.subList(split, parts.size()).stream()
              .reduce(CoOccurrence.EMPTY, CoOccurrence::merge);
      CoOccurrence merged = round % 2 == 0 ? left.merge(right) : right.merge(left);
      assertEquals(whole, merged);
      assertEquals(whole.npmi(), merged.npmi(), 0.0);
      assertEquals(whole.signedGSquared(), merged.signedGSquared(), 0.0);
    }
  }
}
