package io.newsgraph.pipeline;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import io.newsgraph.cooccur.ArticlePairs;
import io.newsgraph.cooccur.DayActorTotals;
import io.newsgraph.cooccur.DayPairTotals;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/**
 * Mention rows to the day rows the daily tables are computed from: one row per (day, actor) by
 * {@link DayActorTotals} (actor_b null), and for the days whose pairs are wanted one row per (day,
 * actor_a, actor_b) by {@link ArticlePairs} and {@link DayPairTotals}, with the two actors' article
 * counts of the day beside each pair.
 *
 * <p>Reads (day, article_id, actor_id, sentence_idx, sentence_tone) with each day in one partition
 * and each article's rows together (day is unix_date(date)). A row with a null actor_id marks its
 * article as undated (filed under a run date). Writes {@link #SCHEMA} one day at a time, so a task
 * holds one day's pairs and actors.
 *
 * <p>Pair rows: tone_min and tone_max are null without a shared sentence; mentions,
 * articles_undated and tone_std are null. Actor rows: articles, sentences, tone_sum, pos, neg,
 * mentions, articles_undated and tone_std are the actor's; articles_a repeats articles;
 * sentence_articles, tone_sq and articles_b are 0, tone_min and tone_max null.
 */
final class DayRows {

  static final StructType SCHEMA =
      new StructType()
          .add("day", IntegerType, false)
          .add("actor_a", StringType, false)
          .add("actor_b", StringType, true)
          .add("articles", LongType, false)
          .add("sentences", LongType, false)
          .add("sentence_articles", LongType, false)
          .add("tone_sum", DoubleType, false)
          .add("tone_sq", DoubleType, false)
          .add("tone_min", DoubleType, true)
          .add("tone_max", DoubleType, true)
          .add("pos", LongType, false)
          .add("neg", LongType, false)
          .add("articles_a", LongType, false)
          .add("articles_b", LongType, false)
          .add("mentions", LongType, true)
          .add("articles_undated", LongType, true)
          .add("tone_std", DoubleType, true);

  private DayRows() {}

  /**
   * @param pairDays the days (unix_date) to write pair rows for; actor rows are written for every
   *     day read. Static, so the closure holds no outer instance.
   */
  static MapPartitionsFunction<Row, Row> function(int[] pairDays) {
    int[] sorted = pairDays.clone();
    Arrays.sort(sorted);
    return mentions -> new DayIterator(mentions, sorted);
  }

  /**
   * Walks one partition day by day; at most one article's mentions and one day's totals in memory.
   */
  private static final class DayIterator implements Iterator<Row> {
    private final Iterator<Row> mentions;
    private final int[] pairDays;
    private final ArticlePairs article = new ArticlePairs();
    private final DayPairTotals pairs = new DayPairTotals();
    private final DayActorTotals actors = new DayActorTotals();
    private Row lookahead;
    private Iterator<Row> ready = Collections.emptyIterator();

    DayIterator(Iterator<Row> mentions, int[] pairDays) {
      this.mentions = mentions;
      this.pairDays = pairDays;
      this.lookahead = mentions.hasNext() ? mentions.next() : null;
    }

    @Override
    public boolean hasNext() {
      while (!ready.hasNext()) {
        if (lookahead == null) {
          return false;
        }
        ready = nextDay();
      }
      return true;
    }

    @Override
    public Row next() {
      if (!hasNext()) {
        throw new java.util.NoSuchElementException();
      }
      return ready.next();
    }

    /** Sums the next day's articles and returns its rows. */
    private Iterator<Row> nextDay() {
      pairs.clear();
      actors.clear();
      int day = lookahead.getInt(0);
      boolean withPairs = Arrays.binarySearch(pairDays, day) >= 0;
      while (lookahead != null && lookahead.getInt(0) == day) {
        article.clear();
        boolean undated = false;
        String id = lookahead.getString(1);
        do {
          if (lookahead.isNullAt(2)) {
            undated = true;
          } else {
            article.add(lookahead.getString(2), lookahead.getInt(3), lookahead.getDouble(4));
          }
          lookahead = mentions.hasNext() ? mentions.next() : null;
        } while (lookahead != null
            && lookahead.getInt(0) == day
            && id.equals(lookahead.getString(1)));
        if (article.mentions() == 0) {
          continue;
        }
        actors.add(article, undated);
        if (withPairs) {
          pairs.add(article);
        }
      }
      List<Row> rows = new ArrayList<>(pairs.pairCount() + actors.actorCount());
      actors.forEachActor(
          (a, t) ->
              rows.add(
                  RowFactory.create(
                      day,
                      a,
                      null,
                      t.articles(),
                      t.sentences(),
                      0L,
                      t.toneSum(),
                      0.0,
                      null,
                      null,
                      t.positiveSentences(),
                      t.negativeSentences(),
                      t.articles(),
                      0L,
                      t.mentions(),
                      t.undatedArticles(),
                      t.toneStd())));
      pairs.forEachPair(
          (a, b, t, na, nb) -> {
            boolean shared = t.sentences() > 0;
            rows.add(
                RowFactory.create(
                    day,
                    a,
                    b,
                    t.articles(),
                    t.sentences(),
                    t.sentenceArticles(),
                    t.toneSum(),
                    t.toneSquares(),
                    shared ? t.toneMin() : null,
                    shared ? t.toneMax() : null,
                    t.positiveSentences(),
                    t.negativeSentences(),
                    na,
                    nb,
                    null,
                    null,
                    null));
          });
      return rows.iterator();
    }
  }
}
