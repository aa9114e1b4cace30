package io.newsgraph.pipeline;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import io.newsgraph.cooccur.ArticlePairs;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/**
 * Mention rows to pair rows by {@link ArticlePairs}: per article, one row per actor pair (actor_a &lt; actor_b),
 * and one row per actor with actor_b null, so that summing the rows by (day, actor_a, actor_b) also gives each
 * actor's article count of the day (the NPMI marginals) without a second pass over the mentions.
 *
 * <p>Reads (day, article_id, actor_id, sentence_idx, sentence_tone) with each article's rows together (day is
 * unix_date(date)); writes {@link #SCHEMA}. tone_min and tone_max are null without a shared sentence; actor rows have
 * zero sentences.
 */
final class ArticlePairRows {

  static final StructType SCHEMA = new StructType()
      .add("day", IntegerType, false)
      .add("actor_a", StringType, false)
      .add("actor_b", StringType, true)
      .add("sentences", IntegerType, false)
      .add("tone_sum", DoubleType, false)
      .add("tone_sq", DoubleType, false)
      .add("tone_min", DoubleType, true)
      .add("tone_max", DoubleType, true)
      .add("pos", IntegerType, false)
      .add("neg", IntegerType, false);

  private ArticlePairRows() {}

  /** Static, so the closure holds no outer instance. */
  static MapPartitionsFunction<Row, Row> function() {
    return PairIterator::new;
  }

  /** Walks one partition article by article; at most one article's mentions in memory. */
  private static final class PairIterator implements Iterator<Row> {
    private final Iterator<Row> mentions;
    private final ArticlePairs pairs = new ArticlePairs();
    private Row lookahead;
    private int day;
    /** Next actor row of the current article; past the last one, the pairs follow. */
    private int actor;
    private Row ready;

    PairIterator(Iterator<Row> mentions) {
      this.mentions = mentions;
      this.lookahead = mentions.hasNext() ? mentions.next() : null;
    }

    @Override
    public boolean hasNext() {
      while (ready == null) {
        if (pairs.mentions() > 0 && actor < pairs.actors()) {
          ready = RowFactory.create(day, pairs.actor(actor++), null, 0, 0.0, 0.0, null, null, 0, 0);
        } else if (pairs.mentions() > 0 && pairs.next()) {
          boolean shared = pairs.sharedSentences() > 0;
          ready = RowFactory.create(day, pairs.actorA(), pairs.actorB(), pairs.sharedSentences(), pairs.toneSum(),
              pairs.toneSquares(), shared ? pairs.toneMin() : null, shared ? pairs.toneMax() : null,
              pairs.positiveSentences(), pairs.negativeSentences());
        } else if (!loadArticle()) {
          return false;
        }
      }
      return true;
    }

    @Override
    public Row next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Row r = ready;
      ready = null;
      return r;
    }

    /** Reads the next article's mentions into pairs; false at the end of the partition. */
    private boolean loadArticle() {
      pairs.clear();
      actor = 0;
      if (lookahead == null) {
        return false;
      }
      day = lookahead.getInt(0);
      String article = lookahead.getString(1);
      do {
        pairs.add(lookahead.getString(2), lookahead.getInt(3), lookahead.getDouble(4));
        lookahead = mentions.hasNext() ? mentions.next() : null;
      } while (lookahead != null && lookahead.getInt(0) == day && article.equals(lookahead.getString(1)));
      return true;
    }
  }
}
