package io.newsgraph.pipeline;

import io.newsgraph.config.JobConfig;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Builds or joins the SparkSession. Settings given the usual Spark way (spark-submit --conf, spark-defaults.conf)
 * always win; we only fill in what the user left unset.
 */
public final class SparkSessions {

  private SparkSessions() {}

  public static SparkSession create(JobConfig config) {
    SparkConf conf = new SparkConf();
    if (!conf.contains("spark.master")) {
      conf.setMaster(config.embedded() ? "local[*]" : config.master());
    } else if (!config.embedded()) {
      conf.setMaster(config.master());
    }
    conf.setMaster(withTaskRetries(conf.get("spark.master")));
    conf.setIfMissing("spark.app.name", "newsgraph");
    localDefaults(conf);
    defaults(conf);
    return SparkSession.builder().config(conf).getOrCreate();
  }

  /**
   * A local master without a failure count gets 4 attempts per task, as a cluster has by default
   * (spark.task.maxFailures); Spark's local default is one, so a task that ran short of execution memory once,
   * while cached blocks were being evicted, failed the whole run (seen on the 5 GB bench corpus).
   */
  static String withTaskRetries(String master) {
    if (master.equals("local")) {
      return "local[1,4]";
    }
    if (master.matches("local\\[[^,\\]]+\\]")) {
      return master.substring(0, master.length() - 1) + ",4]";
    }
    return master;
  }

  /** With a local master: no UI, few shuffle partitions, and file: paths without a forked chmod per file. */
  public static void localDefaults(SparkConf conf) {
    if (conf.get("spark.master").startsWith("local")) {
      conf.setIfMissing("spark.ui.enabled", "false");
      conf.setIfMissing("spark.sql.shuffle.partitions", "8");
      // Local masters only: there the class is on the JVM's own class path for certain.
      conf.setIfMissing("spark.hadoop." + NioLocalFileSystem.HADOOP_KEY, NioLocalFileSystem.class.getName());
    }
  }

  /** Settings the job relies on; applied to a given session too (tests, notebooks). */
  public static void defaults(SparkConf conf) {
    conf.setIfMissing("spark.sql.parquet.compression.codec", "zstd");
    conf.setIfMissing("spark.sql.session.timeZone", "UTC");
    conf.setIfMissing("spark.sql.adaptive.enabled", "true");
  }
}
