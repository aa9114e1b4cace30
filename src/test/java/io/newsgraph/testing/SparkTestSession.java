package io.newsgraph.testing;

import org.apache.spark.sql.SparkSession;

/**
 * The small local Spark every Spark test class shares: two cores, no UI, few shuffle partitions.
 */
public final class SparkTestSession {

  private SparkTestSession() {}

  public static SparkSession start() {
    return SparkSession.builder()
        .master("local[2]")
        .appName("newsgraph-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        // as SparkSessions.localDefaults sets it for every local run
        .config(
            "spark.hadoop." + io.newsgraph.pipeline.NioLocalFileSystem.HADOOP_KEY,
            io.newsgraph.pipeline.NioLocalFileSystem.class.getName())
        .getOrCreate();
  }
}
