package io.newsgraph.bench;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.to_date;

import io.newsgraph.pipeline.SparkSessions;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The baseline the bench compares the job with: a bare Spark copy of the same JSONL input to
 * date-partitioned zstd Parquet, one file per date ({@code spark.read.json}, {@code
 * repartition(date)}, {@code partitionBy(date)}), with the session settings the job's embedded
 * launcher uses (UI off, 8 shuffle partitions, AQE, zstd, UTC).
 *
 * <pre>
 * java [add-opens] -cp 'target/newsgraph.jar:target/lib/*' io.newsgraph.bench.BareCopy --input DIR --out DIR
 *     [--master local[2]] [--infer-schema] [--date 2024-12-31]
 * </pre>
 *
 * Prints one JSON line with the rows written and the milliseconds of the copy (session start
 * excluded). By default the job's input schema (id, source, url, published, title, text as strings)
 * is given, so the input is read once; {@code --infer-schema} lets Spark infer it (one more pass
 * over the input).
 */
public final class BareCopy {

  static final StructType INPUT_SCHEMA =
      new StructType()
          .add("id", DataTypes.StringType)
          .add("source", DataTypes.StringType)
          .add("url", DataTypes.StringType)
          .add("published", DataTypes.StringType)
          .add("title", DataTypes.StringType)
          .add("text", DataTypes.StringType);

  private BareCopy() {}

  public static void main(String[] args) {
    List<String> inputs = new ArrayList<>();
    String out = null;
    String master = "local[*]";
    boolean infer = false;
    LocalDate runDate = LocalDate.now(java.time.ZoneOffset.UTC);
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--input" -> inputs.add(args[++i]);
        case "--out" -> out = args[++i];
        case "--master" -> master = args[++i];
        case "--infer-schema" -> infer = true;
        case "--date" -> runDate = LocalDate.parse(args[++i]);
        default ->
            throw new IllegalArgumentException(
                "unknown argument "
                    + args[i]
                    + "; usage: BareCopy --input DIR --out DIR [--master local[N]] [--infer-schema] [--date D]");
      }
    }
    if (inputs.isEmpty() || out == null) {
      throw new IllegalArgumentException(
          "usage: BareCopy --input DIR --out DIR [--master local[N]]");
    }
    long t0 = System.nanoTime();
    SparkConf conf = new SparkConf().setMaster(master).setAppName("newsgraph-bare-copy");
    SparkSessions.localDefaults(conf);
    SparkSessions.defaults(conf);
    SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
    long t1 = System.nanoTime();
    DataFrameReader reader = spark.read();
    if (!infer) {
      reader = reader.schema(INPUT_SCHEMA);
    }
    Dataset<Row> in = reader.json(inputs.toArray(new String[0]));
    Dataset<Row> dated =
        in.withColumn("date", coalesce(to_date(col("published")), lit(Date.valueOf(runDate))));
    dated
        .repartition(col("date"))
        .write()
        .mode(SaveMode.Overwrite)
        .option("compression", "zstd")
        .partitionBy("date")
        .parquet(out);
    long t2 = System.nanoTime();
    long rows = spark.read().parquet(out).count();
    long t3 = System.nanoTime();
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("rows", rows);
    r.put("session_millis", (t1 - t0) / 1_000_000);
    r.put("copy_millis", (t2 - t1) / 1_000_000);
    r.put("count_millis", (t3 - t2) / 1_000_000);
    StringBuilder sb = new StringBuilder("{");
    r.forEach(
        (k, v) ->
            sb.append(sb.length() > 1 ? ", " : "").append('"').append(k).append("\": ").append(v));
    System.out.println(sb.append('}'));
    System.out.printf(Locale.ROOT, "bare copy: %d rows in %.1f s%n", rows, (t2 - t1) / 1e9);
    spark.stop();
  }
}
