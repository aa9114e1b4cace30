package io.newsgraph.pipeline;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import io.newsgraph.cooccur.ArticlePairs;
import io.newsgraph.cooccur.DayPairTotals;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/**
 * Mention rows to one row per (day, actor_a, actor_b) by {@link ArticlePairs} and {@link
 * DayPairTotals}, with the actors' article counts of the day beside each pair.
 *
 * <p>Reads (day, article_id, actor_id, sentence_idx, sentence_tone) with each day in one partition
 * and each article's rows together (day is unix_date(date)); writes {@link #SCHEMA}, one day at a
 * time, so a task holds one day's pairs. tone_min and tone_max are null without a shared sentence.
 */
final class DayPairRows {

  static final StructType SCHEMA =
      new StructType()
          .add("day", IntegerType, false)
          .add("actor_a", StringType, false)
          .add("actor_b", StringType, false)
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
          .add("articles_b", LongType, false);

  private DayPairRows() {}

  /** Static, so the closure holds no outer instance. */
  static MapPartitionsFunction<Row, Row> function() {
    return DayIterator::new;
  }

  /**
   * Walks one partition day by day; at most one article's mentions and one day's pairs in memory.
   */
  private static final class DayIterator implements Iterator<Row> {
    private final Iterator<Row> mentions;
    private final ArticlePairs article = new ArticlePairs();
    private final DayPairTotals totals = new DayPairTotals();
    private Row lookahead;
    private Iterator<Row> ready = Collections.emptyIterator();

    DayIterator(Iterator<Row> mentions) {
      this.mentions = mentions;
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

    /** Sums the next day's articles and returns its pair rows. */
    private Iterator<Row> nextDay() {
      totals.clear();
      int day = lookahead.getInt(0);
      while (lookahead != null && lookahead.getInt(0) == day) {
        article.clear();
        String id = lookahead.getString(1);
        do {
          article.add(lookahead.getString(2), lookahead.getInt(3), lookahead.getDouble(4));
          lookahead = mentions.hasNext() ? mentions.next() : null;
        } while (lookahead != null
            && lookahead.getInt(0) == day
            && id.equals(lookahead.getString(1)));
        totals.add(article);
      }
      List<Row> rows = new ArrayList<>(totals.pairCount());
      totals.forEachPair(
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
                    nb));
          });
      return rows.iterator();
    }
  }
}
