package io.newsgraph.pipeline;

import io.newsgraph.config.ConfigException;
import io.newsgraph.config.JobConfig;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Builds or joins the SparkSession. Settings given the usual Spark way (spark-submit --conf,
 * spark-defaults.conf) always win; we only fill in what the user left unset.
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
    shipApplicationJars(conf);
    localDefaults(conf);
    defaults(conf);
    return SparkSession.builder().config(conf).getOrCreate();
  }

  /**
   * With a cluster master given to the launcher (--master spark://..., not spark-submit, which
   * ships its own jar), executors need our classes and the libraries they load (jsoup, commons-csv,
   * picocli): spark.jars gets the jars those classes were loaded from (target/newsgraph.jar and
   * target/lib/*, or newsgraph-app.jar alone).
   */
  static void shipApplicationJars(SparkConf conf) {
    String master = conf.get("spark.master");
    if (master.startsWith("local") || conf.contains("spark.submit.deployMode")) {
      return;
    }
    List<Path> from = new ArrayList<>();
    for (Class<?> c :
        List.of(
            SparkSessions.class,
            org.jsoup.Jsoup.class,
            org.apache.commons.csv.CSVFormat.class,
            picocli.CommandLine.class)) {
      try {
        from.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()));
      } catch (URISyntaxException | NullPointerException e) {
        throw new ConfigException(
            "--master "
                + master
                + ": cannot locate the jar of "
                + c.getName()
                + " to ship to the executors: run jobs/newsgraph, or jobs/submit");
      }
    }
    conf.set("spark.jars", jarsToShip(conf.get("spark.jars", ""), from, master));
  }

  /** The existing spark.jars plus the given jars, each once; a class folder cannot be shipped. */
  static String jarsToShip(String existing, List<Path> locations, String master) {
    Set<String> jars = new LinkedHashSet<>();
    for (String j : existing.split(",")) {
      if (!j.isBlank()) {
        jars.add(j.strip());
      }
    }
    for (Path p : locations) {
      if (!Files.isRegularFile(p) || !p.getFileName().toString().endsWith(".jar")) {
        throw new ConfigException(
            "--master "
                + master
                + ": the classes come from "
                + p
                + ", not a jar, so the"
                + " executors cannot load them: build the jar (mvn -DskipTests package) and run jobs/newsgraph");
      }
      jars.add(p.toAbsolutePath().toUri().toString());
    }
    return String.join(",", jars);
  }

  /**
   * A local master without a failure count gets 4 attempts per task, as a cluster has by default
   * (spark.task.maxFailures); Spark's local default is one, so a task that ran short of execution
   * memory once, while cached blocks were being evicted, failed the whole run (seen on the 5 GB
   * bench corpus).
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

  /**
   * With a local master: no UI, few shuffle partitions, and file: paths without a forked chmod per
   * file.
   */
  public static void localDefaults(SparkConf conf) {
    if (conf.get("spark.master").startsWith("local")) {
      conf.setIfMissing("spark.ui.enabled", "false");
      conf.setIfMissing("spark.sql.shuffle.partitions", "8");
      // Local masters only: there the class is on the JVM's own class path for certain.
      conf.setIfMissing(
          "spark.hadoop." + NioLocalFileSystem.HADOOP_KEY, NioLocalFileSystem.class.getName());
    }
  }

  /** Settings the job relies on; applied to a given session too (tests, notebooks). */
  public static void defaults(SparkConf conf) {
    conf.setIfMissing("spark.sql.parquet.compression.codec", "zstd");
    conf.setIfMissing("spark.sql.session.timeZone", "UTC");
    conf.setIfMissing("spark.sql.adaptive.enabled", "true");
  }
}
