package io.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SparkSessionsTest {

  @Test
  void localMastersGetFourTaskAttemptsUnlessTheyNameACount() {
    assertEquals("local[1,4]", SparkSessions.withTaskRetries("local"));
    assertEquals("local[*,4]", SparkSessions.withTaskRetries("local[*]"));
    assertEquals("local[2,4]", SparkSessions.withTaskRetries("local[2]"));
    assertEquals("local[2,1]", SparkSessions.withTaskRetries("local[2,1]"));
    assertEquals("spark://127.0.0.1:7077", SparkSessions.withTaskRetries("spark://127.0.0.1:7077"));
    assertEquals("yarn", SparkSessions.withTaskRetries("yarn"));
  }

  @Test
  void aClusterMasterShipsTheJarsOurClassesComeFrom(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path app = java.nio.file.Files.createFile(dir.resolve("newsgraph.jar"));
    java.nio.file.Path lib = java.nio.file.Files.createFile(dir.resolve("jsoup.jar"));
    assertEquals(
        app.toUri() + "," + lib.toUri(),
        SparkSessions.jarsToShip("", java.util.List.of(app, lib, app), "spark://h:7077"));
    assertEquals(
        "hdfs:///x.jar," + app.toUri(),
        SparkSessions.jarsToShip("hdfs:///x.jar", java.util.List.of(app), "spark://h:7077"));
    // Classes from a folder (an IDE, the tests) cannot be shipped: a setup error that says what to
    // do.
    org.junit.jupiter.api.Assertions.assertThrows(
        io.newsgraph.config.ConfigException.class,
        () -> SparkSessions.jarsToShip("", java.util.List.of(dir), "spark://h:7077"));
    // Local masters and spark-submit ship nothing.
    org.apache.spark.SparkConf local = new org.apache.spark.SparkConf().setMaster("local[2]");
    SparkSessions.shipApplicationJars(local);
    org.junit.jupiter.api.Assertions.assertFalse(local.contains("spark.jars"));
    org.apache.spark.SparkConf submitted =
        new org.apache.spark.SparkConf()
            .setMaster("spark://h:7077")
            .set("spark.submit.deployMode", "client");
    SparkSessions.shipApplicationJars(submitted);
    org.junit.jupiter.api.Assertions.assertFalse(submitted.contains("spark.jars"));
  }
}
