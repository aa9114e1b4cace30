package io.newsgraph.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.testing.TestPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * jobs/submit without Spark: the command it would run (NEWSGRAPH_SUBMIT_DRY_RUN=1), and who wins
 * for a setting.
 */
class SubmitScriptTest {

  @TempDir Path tmp;

  private record Result(int exit, String out) {}

  private Result submit(Path sparkHome, String... args) throws Exception {
    List<String> cmd =
        new ArrayList<>(List.of("bash", TestPaths.repoRoot().resolve("jobs/submit").toString()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().put("SPARK_HOME", sparkHome.toString());
    pb.environment().remove("SPARK_CONF_DIR");
    pb.environment().put("NEWSGRAPH_APP_JAR", "/opt/newsgraph-app.jar");
    pb.environment().put("NEWSGRAPH_SUBMIT_DRY_RUN", "1");
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Result(p.waitFor(), out);
  }

  private Path fakeSpark(String defaults) throws IOException {
    Path home = tmp.resolve("spark");
    Files.createDirectories(home.resolve("bin"));
    Files.createDirectories(home.resolve("conf"));
    Files.writeString(home.resolve("bin/spark-submit"), "#!/bin/sh\n");
    if (defaults != null) {
      Files.writeString(home.resolve("conf/spark-defaults.conf"), defaults);
    }
    return home;
  }

  @Test
  void addsTheJobDefaultsAndPutsTheJobAfterTheJar() throws Exception {
    Result r =
        submit(
            fakeSpark(null),
            "--master",
            "spark://h:7077",
            "--",
            "run",
            "--input",
            "in",
            "--warehouse",
            "wh");
    assertEquals(0, r.exit(), r.out());
    String out = r.out().strip();
    assertTrue(out.startsWith(tmp.resolve("spark/bin/spark-submit").toString()), out);
    for (String d :
        List.of(
            "spark.app.name=newsgraph",
            "spark.sql.parquet.compression.codec=zstd",
            "spark.sql.session.timeZone=UTC",
            "spark.sql.shuffle.partitions=64")) {
      assertTrue(out.contains("--conf " + d), d + " in " + out);
    }
    assertTrue(
        out.endsWith(
            "--master spark://h:7077 --class io.newsgraph.cli.NewsgraphCli /opt/newsgraph-app.jar "
                + "run --input in --warehouse wh"),
        out);
  }

  @Test
  void settingsTheUserGaveWin() throws Exception {
    Path home = fakeSpark("# site defaults\nspark.sql.shuffle.partitions 400\n");
    Result r =
        submit(
            home,
            "--conf",
            "spark.sql.session.timeZone=Europe/Paris",
            "--name",
            "nightly",
            "--",
            "run",
            "--input",
            "in");
    assertEquals(0, r.exit(), r.out());
    assertFalse(r.out().contains("spark.sql.shuffle.partitions"), r.out());
    assertFalse(r.out().contains("spark.sql.session.timeZone=UTC"), r.out());
    assertFalse(r.out().contains("spark.app.name"), r.out());
    assertTrue(
        r.out().contains("--conf spark.sql.session.timeZone=Europe/Paris --name nightly"), r.out());
  }

  @Test
  void withoutTheSeparatorItIsAUsageError() throws Exception {
    Result r = submit(fakeSpark(null), "--master", "local[2]", "run", "--input", "in");
    assertEquals(2, r.exit(), r.out());
    assertTrue(r.out().contains("usage: jobs/submit"), r.out());
  }

  @Test
  void theDriverLogsWithTheProjectsConfigurationUnlessTheUserSetsItsOptions() throws Exception {
    String ours =
        "--conf spark.driver.extraJavaOptions=-Dlog4j2.configurationFile=file:"
            + TestPaths.repoRoot().resolve("jobs/log4j2.properties");
    Result r = submit(fakeSpark(null), "--master", "spark://h:7077", "--", "run", "--input", "in");
    assertTrue(r.out().contains(ours), r.out());
    Result own =
        submit(
            fakeSpark(null),
            "--master",
            "spark://h:7077",
            "--driver-java-options",
            "-Dx=1",
            "--",
            "run",
            "--input",
            "in");
    assertFalse(own.out().contains("log4j2"), own.out());
    // In cluster mode the driver runs elsewhere: a path on this machine means nothing there.
    Result cluster =
        submit(
            fakeSpark(null),
            "--master",
            "yarn",
            "--deploy-mode",
            "cluster",
            "--",
            "run",
            "--input",
            "in");
    assertFalse(cluster.out().contains("log4j2"), cluster.out());
  }
}
