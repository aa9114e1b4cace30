package io.newsgraph.metrics;

/**
 * Count, sum and sum of squares of a set of values: mean and population standard deviation. States
 * of disjoint sets merge by adding. The one-pass variance sum/n - mean² loses digits only when the
 * values are large next to their spread; the values here are tones in [-1, 1] and daily article
 * counts, where it stays within ~1e-12.
 */
public record Moments(long count, double sum, double sumSquares) {

  public static final Moments EMPTY = new Moments(0, 0, 0);

  public Moments {
    if (count < 0 || sumSquares < 0) {
      throw new IllegalArgumentException("count " + count + ", sum of squares " + sumSquares);
    }
  }

  public static Moments of(double... values) {
    Moments m = EMPTY;
    for (double v : values) {
      m = m.add(v);
    }
    return m;
  }

  public Moments add(double value) {
    return new Moments(count + 1, sum + value, sumSquares + value * value);
  }

  public Moments merge(Moments other) {
    return new Moments(count + other.count, sum + other.sum, sumSquares + other.sumSquares);
  }

  /** NaN for an empty set. */
  public double mean() {
    return count == 0 ? Double.NaN : sum / count;
  }

  /** Population variance (divided by n, not n - 1); NaN for an empty set. */
  public double variance() {
    return variance(count, sum, sumSquares);
  }

  public double std() {
    return Math.sqrt(variance());
  }

  /** As {@link #variance()}, for callers holding the three sums. Never negative. */
  public static double variance(long count, double sum, double sumSquares) {
    if (count == 0) {
      return Double.NaN;
    }
    double mean = sum / count;
    return Math.max(0, sumSquares / count - mean * mean);
  }
}
