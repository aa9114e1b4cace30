package io.newsgraph.pipeline;

import io.newsgraph.actors.DiscoveredVote;
import java.util.Iterator;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The {@code discovered_daily} table: per date, how many articles named each discovered actor under
 * each name and type. Its committed partitions are the votes the actors table's name and type of
 * discovered actors are taken from ({@link DiscoveredVote}); a run that rewrites a date replaces
 * that date's votes, so re-runs never count twice.
 */
final class DiscoveredCounts {

  private static final StructType VOTED =
      new StructType()
          .add("actor_id", DataTypes.StringType, false)
          .add("name", DataTypes.StringType, false)
          .add("type", DataTypes.StringType, false);

  private DiscoveredCounts() {}

  /**
   * @param discovered (date, actor_id, name, type): one row per article and discovered actor
   */
  static Dataset<Row> count(Dataset<Row> discovered) {
    return discovered
        .groupBy("actor_id", "name", "type", "date")
        .agg(functions.count("*").as("articles"))
        .select(columns());
  }

  /** Rows of one table's schema for overlapping keys (old and new votes of a date) summed. */
  static Dataset<Row> sum(Dataset<Row> counts) {
    return counts
        .groupBy("actor_id", "name", "type", "date")
        .agg(functions.sum("articles").cast("long").as("articles"))
        .select(columns());
  }

  /** (actor_id, name, type): one row per actor, by the vote of all the counts given. */
  static Dataset<Row> vote(Dataset<Row> counts) {
    Dataset<Row> totals =
        counts
            .groupBy("actor_id", "name", "type")
            .agg(functions.sum("articles").cast("long").as("articles"));
    return totals
        .groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING())
        .mapGroups(
            (MapGroupsFunction<String, Row, Row>) DiscoveredCounts::outcome, Encoders.row(VOTED));
  }

  private static Row outcome(String actorId, Iterator<Row> rows) {
    DiscoveredVote vote = new DiscoveredVote();
    while (rows.hasNext()) {
      Row r = rows.next();
      vote.add(r.getString(1), r.getString(2), r.getLong(3));
    }
    DiscoveredVote.Outcome o = vote.outcome();
    return RowFactory.create(actorId, o.name(), o.type());
  }

  private static org.apache.spark.sql.Column[] columns() {
    return NewsgraphJob.cols(Tables.DISCOVERED_DAILY_SCHEMA.fieldNames());
  }
}
