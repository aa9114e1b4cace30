package io.newsgraph.sentiment;

/**
 * VADER scores of one sentence, rounded like vaderSentiment 3.3.2: {@code neg}, {@code neu} and
 * {@code pos} to three decimals (they sum to about 1), {@code compound} to four decimals in [-1,
 * 1].
 */
public record SentimentScores(double neg, double neu, double pos, double compound) {

  /** Scores of a text without any token. */
  public static final SentimentScores EMPTY = new SentimentScores(0.0, 0.0, 0.0, 0.0);
}
