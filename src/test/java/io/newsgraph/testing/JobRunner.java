package io.newsgraph.testing;

import io.newsgraph.config.JobConfig;
import io.newsgraph.pipeline.NewsgraphJob;
import io.newsgraph.pipeline.RunManifest;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/** Runs the job in a test's shared SparkSession, as the CLI would. */
public final class JobRunner {

  private JobRunner() {}

  public static RunManifest run(SparkSession spark, Path warehouse, LocalDate date, Path... inputs)
      throws Exception {
    return runWithActors(spark, warehouse, date, null, inputs);
  }

  public static RunManifest runWithActors(
      SparkSession spark, Path warehouse, LocalDate date, Path actors, Path... inputs)
      throws Exception {
    JobConfig c =
        new JobConfig(
            java.util.Arrays.stream(inputs).map(Path::toString).toList(),
            warehouse.toString(),
            date,
            actors == null ? null : actors.toString(),
            null,
            1.0,
            1,
            JobConfig.DEFAULT_SPLIT_BYTES,
            JobConfig.DEFAULT_RAW_MAX_CHARS,
            "test-" + System.nanoTime());
    return new NewsgraphJob(spark, c).run();
  }

  public static RunManifest backfill(
      SparkSession spark, Path warehouse, LocalDate from, LocalDate to) throws Exception {
    JobConfig c =
        new JobConfig(
            List.of(),
            warehouse.toString(),
            to,
            null,
            null,
            1.0,
            1,
            JobConfig.DEFAULT_SPLIT_BYTES,
            JobConfig.DEFAULT_RAW_MAX_CHARS,
            "test-" + System.nanoTime());
    return new NewsgraphJob(spark, c).backfill(from, to);
  }

  public static List<String> ids(List<List<Object>> rows) {
    return rows.stream().map(r -> String.valueOf(r.get(0))).toList();
  }
}
