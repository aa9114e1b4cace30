package io.newsgraph.sentiment;

/**
 * GDELT tone counts of one document under way: the annotator fills it while VADER tokenises the
 * sentences, so the words are scanned and looked up once for both measures. Not thread-safe; reuse
 * it across documents with {@link #reset}.
 */
public final class ToneTally {

  private int words;
  private int positive;
  private int negative;

  /**
   * Lower-casing scratch of {@link GdeltTone}, kept here so a tally reused per task allocates
   * nothing per word.
   */
  char[] buf = new char[32];

  public void reset() {
    words = 0;
    positive = 0;
    negative = 0;
  }

  void add(int w, int pos, int neg) {
    words += w;
    positive += pos;
    negative += neg;
  }

  /** One word whose lexicon polarity is known: 1, -1 or 0. */
  void addWord(int polarity) {
    words++;
    if (polarity > 0) {
      positive++;
    } else if (polarity < 0) {
      negative++;
    }
  }

  public ToneCounts counts() {
    return new ToneCounts(words, positive, negative);
  }
}
