package io.newsgraph.pipeline;

import io.newsgraph.config.ConfigException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** The discovered actors of a warehouse by how many articles name them. */
public final class DiscoveredActors {

  public record Entry(String actorId, String name, String type, long articles, long mentions) {}

  private DiscoveredActors() {}

  public static List<Entry> top(SparkSession spark, String warehouse, int n) {
    try {
      Warehouse wh = new Warehouse(warehouse, spark.sparkContext().hadoopConfiguration());
      Path mentions = wh.table(Tables.MENTIONS);
      Path actors = wh.table(Tables.ACTORS);
      if (!wh.hasParquet(mentions) || !wh.hasParquet(actors)) {
        throw new ConfigException("no warehouse with mentions at " + warehouse);
      }
      spark.read().parquet(mentions.toString()).createOrReplaceTempView("ng_mentions");
      spark.read().parquet(actors.toString()).createOrReplaceTempView("ng_actors");
      List<Entry> out = new ArrayList<>();
      for (Row r :
          spark
              .sql(
                  """
          SELECT m.actor_id, first(a.name) AS name, first(a.type) AS type,
                 count(DISTINCT m.article_id) AS articles, count(*) AS mentions
          FROM ng_mentions m JOIN ng_actors a ON a.actor_id = m.actor_id AND a.source = 'discovered'
          GROUP BY m.actor_id ORDER BY articles DESC, mentions DESC, m.actor_id LIMIT %d"""
                      .formatted(n))
              .collectAsList()) {
        out.add(
            new Entry(r.getString(0), r.getString(1), r.getString(2), r.getLong(3), r.getLong(4)));
      }
      return out;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * A dictionary row for the entry: its id without the {@code x:} prefix, its name as the only
   * alias.
   */
  public static String csvRow(Entry e) {
    String id = e.actorId().startsWith("x:") ? e.actorId().substring(2) : e.actorId();
    String type = e.type() == null || e.type().equals("unknown") ? "organization" : e.type();
    return String.join(",", id, quote(e.name()), type, "", "", "", "", "");
  }

  private static String quote(String s) {
    return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }
}
