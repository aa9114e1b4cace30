package io.newsgraph.cluster;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.newsgraph.config.JobConfig;
import io.newsgraph.pipeline.NewsgraphJob;
import io.newsgraph.pipeline.RunManifest;
import io.newsgraph.pipeline.Tables;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

/**
 * Runs the job in-process and compares two warehouses table by table: the same rows, ignoring
 * {@code run_id} and where the input lived ({@code input_file} is compared from the {@code ngin/}
 * folder on), doubles equal to 1e-9 relative (sums may be added up in another order on another
 * cluster).
 */
final class TableComparison {

  static final LocalDate RUN_DATE = LocalDate.of(2024, 3, 9);
  static final List<String> TABLES =
      List.of(
          Tables.ARTICLES,
          Tables.REJECTS,
          Tables.MENTIONS,
          Tables.ARTICLE_TONE,
          Tables.COMENTIONS_DAILY,
          Tables.DYAD_DAILY,
          Tables.ACTOR_DAILY,
          Tables.ACTORS,
          Tables.DISCOVERED_DAILY);

  private TableComparison() {}

  /** The job as the CLI runs it, in the given session: input and warehouse are any Hadoop paths. */
  static RunManifest runJob(SparkSession spark, String input, String warehouse) throws Exception {
    JobConfig c =
        new JobConfig(
            List.of(input),
            warehouse,
            RUN_DATE,
            null,
            null,
            1.0,
            1,
            JobConfig.DEFAULT_SPLIT_BYTES,
            JobConfig.DEFAULT_RAW_MAX_CHARS,
            "it-" + System.nanoTime());
    return new NewsgraphJob(spark, c).run();
  }

  /**
   * Asserts every table of {@code actual} holds the rows of {@code expected}; returns rows
   * compared.
   */
  static long assertSameTables(SparkSession spark, String expected, String actual) {
    long total = 0;
    for (String table : TABLES) {
      List<List<Object>> e = rows(spark, expected + "/" + table);
      List<List<Object>> a = rows(spark, actual + "/" + table);
      assertTrue(!e.isEmpty(), table + " is empty in the reference run");
      assertEquals(e.size(), a.size(), table + ": row count");
      for (int i = 0; i < e.size(); i++) {
        if (!same(e.get(i), a.get(i))) {
          fail(
              table + ": row " + i + " differs\n expected " + e.get(i) + "\n actual   " + a.get(i));
        }
      }
      total += e.size();
    }
    return total;
  }

  private static List<List<Object>> rows(SparkSession spark, String path) {
    Dataset<Row> df = spark.read().parquet(path);
    if (Arrays.asList(df.columns()).contains("run_id")) {
      df = df.drop("run_id");
    }
    if (Arrays.asList(df.columns()).contains("input_file")) {
      df = df.withColumn("input_file", regexp_replace(col("input_file"), "^.*?/ngin/", "ngin/"));
    }
    String[] names = df.columns();
    Arrays.sort(names);
    df =
        df.select(
            Arrays.stream(names).map(n -> col(n)).toArray(org.apache.spark.sql.Column[]::new));
    StructField[] fields = df.schema().fields();
    List<List<Object>> out = new ArrayList<>();
    for (Row r : df.collectAsList()) {
      List<Object> row = new ArrayList<>(fields.length);
      for (int i = 0; i < fields.length; i++) {
        Object v = r.isNullAt(i) ? null : r.get(i);
        row.add(
            fields[i].dataType().equals(DataTypes.DoubleType) || v == null ? v : String.valueOf(v));
      }
      out.add(row);
    }
    out.sort(Comparator.comparing(TableComparison::sortKey));
    return out;
  }

  /**
   * Non-double values in full, doubles to 6 significant digits: a stable order despite last-bit
   * noise.
   */
  private static String sortKey(List<Object> row) {
    StringBuilder sb = new StringBuilder();
    for (Object v : row) {
      sb.append(v instanceof Double d ? String.format("%.6g", d) : String.valueOf(v))
          .append('\u0001');
    }
    return sb.toString();
  }

  private static boolean same(List<Object> e, List<Object> a) {
    for (int i = 0; i < e.size(); i++) {
      Object x = e.get(i);
      Object y = a.get(i);
      if (x instanceof Double dx && y instanceof Double dy) {
        if (!(dx.equals(dy)
            || Math.abs(dx - dy) <= 1e-9 * Math.max(1, Math.max(Math.abs(dx), Math.abs(dy))))) {
          return false;
        }
      } else if (x == null ? y != null : !x.equals(y)) {
        return false;
      }
    }
    return true;
  }
}
