package io.newsgraph.sentiment;

/**
 * GDELT-style tone counts of one document.
 *
 * @param words number of word tokens
 * @param positive word tokens with a positive lexicon valence
 * @param negative word tokens with a negative lexicon valence
 */
public record ToneCounts(int words, int positive, int negative) {

  public static final ToneCounts ZERO = new ToneCounts(0, 0, 0);

  public ToneCounts {
    if (words < 0 || positive < 0 || negative < 0 || positive + negative > words) {
      throw new IllegalArgumentException(
          "inconsistent tone counts: words="
              + words
              + " positive="
              + positive
              + " negative="
              + negative);
    }
  }

  /** Percentage of words that are positive (0 for an empty document). */
  public double positivePct() {
    return words == 0 ? 0.0 : positive * 100.0 / words;
  }

  /** Percentage of words that are negative (0 for an empty document). */
  public double negativePct() {
    return words == 0 ? 0.0 : negative * 100.0 / words;
  }

  /**
   * GDELT tone: {@code positivePct() - negativePct()}, i.e. {@code (positive - negative) / words *
   * 100}.
   */
  public double tone() {
    return positivePct() - negativePct();
  }

  /** GDELT polarity: {@code positivePct() + negativePct()}. */
  public double polarity() {
    return positivePct() + negativePct();
  }

  /** Component-wise sum, for aggregating documents. */
  public ToneCounts plus(ToneCounts other) {
    return new ToneCounts(
        words + other.words, positive + other.positive, negative + other.negative);
  }
}
