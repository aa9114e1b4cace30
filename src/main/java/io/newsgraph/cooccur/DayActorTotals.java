package io.newsgraph.cooccur;

import java.util.HashMap;
import java.util.Map;

/**
 * The figures of each actor over one day, summed article by article from {@link ArticlePairs}: the
 * base of {@code actor_daily}. An actor is counted once per article and a sentence once per actor,
 * however often the sentence names it (README, "Tables").
 *
 * <p>Summing a day's articles in one task replaces grouping the mention rows by (date, actor) with
 * a distinct count of articles, which Spark plans as several aggregations and shuffles.
 */
public final class DayActorTotals {

  /**
   * One actor's figures over a set of articles. The tone moments are kept as count, mean and sum of
   * squared deviations (Welford's update, Chan's merge), so the deviation of equal tones is exactly
   * 0 and close tones lose no digits to a subtraction of two large sums.
   */
  public static final class ActorTotal {
    private long articles;
    private long undatedArticles;
    private long mentions;
    private long sentences;
    private double toneSum;
    private double toneMean;
    private double toneDeviations;
    private long positive;
    private long negative;

    /** Articles naming the actor. */
    public long articles() {
      return articles;
    }

    /** Of those, the articles without a published date (filed under a run date). */
    public long undatedArticles() {
      return undatedArticles;
    }

    public long mentions() {
      return mentions;
    }

    /** Sentences naming the actor. */
    public long sentences() {
      return sentences;
    }

    /** Sum of the tone of those sentences. */
    public double toneSum() {
      return toneSum;
    }

    /** Mean tone of the sentences; NaN without one. */
    public double toneMean() {
      return sentences == 0 ? Double.NaN : toneSum / sentences;
    }

    /** Population standard deviation of the sentence tones; NaN without a sentence. */
    public double toneStd() {
      return sentences == 0 ? Double.NaN : Math.sqrt(toneDeviations / sentences);
    }

    /** Sentences with tone &ge; {@link ArticlePairs#POSITIVE}. */
    public long positiveSentences() {
      return positive;
    }

    /** Sentences with tone &le; {@link ArticlePairs#NEGATIVE}. */
    public long negativeSentences() {
      return negative;
    }

    void addSentence(double tone) {
      sentences++;
      toneSum += tone;
      double delta = tone - toneMean;
      toneMean += delta / sentences;
      toneDeviations += delta * (tone - toneMean);
      if (tone >= ArticlePairs.POSITIVE) {
        positive++;
      } else if (tone <= ArticlePairs.NEGATIVE) {
        negative++;
      }
    }

    /** Adds the figures of a disjoint set of articles. */
    public void merge(ActorTotal other) {
      long n = sentences + other.sentences;
      if (n > 0) {
        double delta = other.toneMean - toneMean;
        toneDeviations +=
            other.toneDeviations + delta * delta * ((double) sentences * other.sentences / n);
        toneMean += delta * other.sentences / n;
      }
      articles += other.articles;
      undatedArticles += other.undatedArticles;
      mentions += other.mentions;
      sentences = n;
      toneSum += other.toneSum;
      positive += other.positive;
      negative += other.negative;
    }
  }

  /** Receives each actor of the day with its figures. */
  @FunctionalInterface
  public interface ActorSink {
    void accept(String actorId, ActorTotal total);
  }

  private final Map<String, ActorTotal> actors = new HashMap<>();

  /** Adds one article, whose mentions are in {@code article}. */
  public void add(ArticlePairs article, boolean undated) {
    int n = article.actors();
    for (int i = 0; i < n; i++) {
      ActorTotal t = actors.computeIfAbsent(article.actor(i), k -> new ActorTotal());
      t.articles++;
      if (undated) {
        t.undatedArticles++;
      }
      t.mentions += article.mentionsOf(i);
      int sentences = article.sentencesOf(i);
      for (int k = 0; k < sentences; k++) {
        t.addSentence(article.sentenceToneOf(i, k));
      }
    }
  }

  /** Every actor of the day, in no particular order. */
  public void forEachActor(ActorSink sink) {
    actors.forEach(sink::accept);
  }

  public int actorCount() {
    return actors.size();
  }

  /** Starts the next day. */
  public void clear() {
    actors.clear();
  }
}
