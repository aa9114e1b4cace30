package io.newsgraph.metrics;

/**
 * When a day's count of an actor's articles is a spike (README, "Reading the numbers"): its z-score
 * against the actor's trailing {@link #WINDOW} days of history ({@link SeriesHistory} says which
 * days those are) is at least {@link #Z} and the day has at least {@link #MIN_ARTICLES} articles.
 * Only dated articles count here: an undated article is filed under the run date, so a run over
 * many of them would otherwise put a spike on that date.
 */
public final class SpikeRule {

  /** Trailing window, in days before the day itself. */
  public static final int WINDOW = 28;

  /** No score with fewer days of history than this. */
  public static final int MIN_HISTORY = 3;

  public static final double Z = 3.0;
  public static final int MIN_ARTICLES = 5;

  /**
   * Floor of the standard deviation: a quiet series (0, 0, 1, 0 articles a day) would otherwise
   * score a day of 3 articles at z = 6.
   */
  public static final double MIN_STD = 1.0;

  private SpikeRule() {}

  /**
   * (today - mean) / max(1, sd) over the history, whose days without the actor are zeros in {@code
   * history}'s count; NaN with under {@link #MIN_HISTORY} days.
   */
  public static double zScore(long today, Moments history) {
    return zScore(today, history.count(), history.sum(), history.sumSquares());
  }

  /** As {@link #zScore(long, Moments)}, from the three sums of the history. */
  public static double zScore(long today, long historyDays, double sum, double sumSquares) {
    if (historyDays < MIN_HISTORY) {
      return Double.NaN;
    }
    double mean = sum / historyDays;
    double sd = Math.sqrt(Moments.variance(historyDays, sum, sumSquares));
    return (today - mean) / Math.max(MIN_STD, sd);
  }

  /**
   * A spike: a score (not NaN) of at least {@link #Z} on a day of at least {@link #MIN_ARTICLES}
   * articles.
   */
  public static boolean spike(long today, double z) {
    return !Double.isNaN(z) && z >= Z && today >= MIN_ARTICLES;
  }
}
