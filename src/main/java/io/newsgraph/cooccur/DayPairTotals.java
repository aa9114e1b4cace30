package io.newsgraph.cooccur;

import java.util.HashMap;
import java.util.Map;

/**
 * The co-mention totals of one day, summed article by article from {@link ArticlePairs}: per pair
 * (actor_a &lt; actor_b in {@link Utf8Order}) its articles and shared-sentence figures, and per
 * actor its articles (the marginals of NPMI and G²). A day's distinct pairs are few next to its
 * mentions, so holding one day in memory replaces the shuffles that grouping by pair and joining
 * the marginals back would take.
 */
public final class DayPairTotals {

  /** The figures of one pair over the day. */
  public static final class PairTotal {
    private long articles;
    private long sentences;
    private long sentenceArticles;
    private double toneSum;
    private double toneSquares;
    private double toneMin = Double.POSITIVE_INFINITY;
    private double toneMax = Double.NEGATIVE_INFINITY;
    private long positive;
    private long negative;

    /** Articles naming both actors. */
    public long articles() {
      return articles;
    }

    /** Sentences naming both actors. */
    public long sentences() {
      return sentences;
    }

    /** Articles with at least one sentence naming both actors. */
    public long sentenceArticles() {
      return sentenceArticles;
    }

    public double toneSum() {
      return toneSum;
    }

    public double toneSquares() {
      return toneSquares;
    }

    /** Lowest tone of the shared sentences; undefined without one ({@link #sentences()} is 0). */
    public double toneMin() {
      return toneMin;
    }

    public double toneMax() {
      return toneMax;
    }

    public long positiveSentences() {
      return positive;
    }

    public long negativeSentences() {
      return negative;
    }
  }

  /** Receives each pair of the day with the article counts of its two actors. */
  @FunctionalInterface
  public interface PairSink {
    void accept(String actorA, String actorB, PairTotal total, long articlesA, long articlesB);
  }

  private final Map<String, long[]> actorArticles = new HashMap<>();

  /** actor_a, then actor_b: looked up without building a key per pair occurrence. */
  private final Map<String, Map<String, PairTotal>> pairs = new HashMap<>();

  /** Adds one article, whose mentions are in {@code article}; moves its pair cursor to the end. */
  public void add(ArticlePairs article) {
    int n = article.actors();
    for (int i = 0; i < n; i++) {
      actorArticles.computeIfAbsent(article.actor(i), k -> new long[1])[0]++;
    }
    while (article.next()) {
      PairTotal t =
          pairs
              .computeIfAbsent(article.actorA(), k -> new HashMap<>())
              .computeIfAbsent(article.actorB(), k -> new PairTotal());
      t.articles++;
      int shared = article.sharedSentences();
      if (shared > 0) {
        t.sentences += shared;
        t.sentenceArticles++;
        t.toneSum += article.toneSum();
        t.toneSquares += article.toneSquares();
        t.toneMin = Math.min(t.toneMin, article.toneMin());
        t.toneMax = Math.max(t.toneMax, article.toneMax());
        t.positive += article.positiveSentences();
        t.negative += article.negativeSentences();
      }
    }
  }

  /** Every pair of the day, in no particular order. */
  public void forEachPair(PairSink sink) {
    pairs.forEach(
        (a, byB) -> {
          long na = actorArticles.get(a)[0];
          byB.forEach((b, t) -> sink.accept(a, b, t, na, actorArticles.get(b)[0]));
        });
  }

  /** Distinct pairs so far. */
  public int pairCount() {
    int n = 0;
    for (Map<String, PairTotal> m : pairs.values()) {
      n += m.size();
    }
    return n;
  }

  /** Starts the next day. */
  public void clear() {
    actorArticles.clear();
    pairs.clear();
  }
}
