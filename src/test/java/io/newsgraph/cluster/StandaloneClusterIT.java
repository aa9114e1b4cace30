package io.newsgraph.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.cluster.ClusterTools.Daemon;
import io.newsgraph.testing.SparkTestSession;
import io.newsgraph.testing.TestPaths;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real Spark standalone cluster from the same Spark version (the pyspark wheel), started and
 * stopped with jobs/cluster as the README tells a user to: a master and two one-core workers on
 * 127.0.0.1. The job reaches it both ways the README documents, jobs/submit (the thin jar, client
 * mode) and jobs/newsgraph --master (which ships target/newsgraph.jar and its libraries itself);
 * each time every table must equal an embedded local run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StandaloneClusterIT {

  @TempDir static Path tmp;

  private Map<String, String> env;
  private int masterPort;
  private Path clusterDir;
  private Path logs;
  private Path input;
  private Path localWh;

  private String cluster(String... args) throws Exception {
    List<String> cmd =
        new java.util.ArrayList<>(
            List.of("bash", TestPaths.repoRoot().resolve("jobs/cluster").toString()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().putAll(env);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "jobs/cluster " + args[0] + " timed out");
    if (!args[0].equals("status")) {
      assertEquals(0, p.exitValue(), "jobs/cluster " + String.join(" ", args) + "\n" + out);
    }
    return out;
  }

  @BeforeAll
  void startCluster() throws Exception {
    logs = TestPaths.repoRoot().resolve("target/cluster-it/standalone");
    Files.createDirectories(logs);
    clusterDir = tmp.resolve("cluster");
    env = new HashMap<>();
    env.put(
        "SPARK_HOME",
        ClusterTools.sparkHome().toString()); // the pinned wheel, checked against our Spark
    env.put("NEWSGRAPH_CLUSTER_DIR", clusterDir.toString());
    env.put("JAVA_HOME", System.getProperty("java.home"));
    env.put("SPARK_LOCAL_IP", "127.0.0.1");
    masterPort = ClusterTools.freePort();
    int ui = ClusterTools.freePort();
    String out =
        cluster(
            "start",
            "--workers",
            "2",
            "--port",
            String.valueOf(masterPort),
            "--webui-port",
            String.valueOf(ui));
    assertTrue(
        out.contains("spark://127.0.0.1:" + masterPort) && out.contains("workers    2 alive"), out);
    assertTrue(cluster("status").contains("cluster: running"));
    input = ClusterTools.copySample(tmp);
  }

  @AfterAll
  void stopCluster() throws Exception {
    List<Long> pids;
    try (Stream<Path> s = Files.list(clusterDir)) {
      pids =
          s.filter(p -> p.toString().endsWith(".pid"))
              .map(
                  p -> {
                    try {
                      return Long.parseLong(Files.readString(p).strip());
                    } catch (Exception e) {
                      throw new IllegalStateException(e);
                    }
                  })
              .toList();
    }
    assertEquals(3, pids.size(), "a master and two workers, each with its pid file");
    assertTrue(cluster("stop").contains("stopped (3 processes)"));
    assertTrue(cluster("status").contains("cluster: stopped"));
    for (long pid : pids) {
      assertFalse(
          ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false),
          "pid " + pid + " still alive");
    }
    // The logs beside the pid files, kept for a failed run's post-mortem.
    TestPaths.copyTree(clusterDir.resolve("logs"), logs.resolve("daemons"));
  }

  /** The embedded local run both cluster runs are compared with, made once. */
  private synchronized void assertSameAsLocal(Path clusterWh) throws Exception {
    SparkSession spark = SparkTestSession.start();
    try {
      if (localWh == null) {
        localWh = tmp.resolve("wh-local");
        TableComparison.runJob(spark, input.toString(), localWh.toString());
      }
      long rows =
          TableComparison.assertSameTables(
              spark, localWh.toUri().toString(), clusterWh.toUri().toString());
      System.out.println(clusterWh.getFileName() + ": " + rows + " rows equal to the local run");
    } finally {
      spark.stop();
    }
  }

  private Set<String> apps(int worker) throws Exception {
    try (Stream<Path> s = Files.list(clusterDir.resolve("work/worker-" + worker))) {
      return s.map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith("app-"))
          .collect(Collectors.toSet());
    }
  }

  private String manifest(Path wh) throws Exception {
    try (Stream<Path> runs = Files.list(wh.resolve("_runs"))) {
      return Files.readString(
          runs.filter(p -> p.toString().endsWith(".json")).findFirst().orElseThrow());
    }
  }

  /** Runs a command to its end; its output. */
  private String runToEnd(String name, List<String> cmd, Map<String, String> extraEnv)
      throws Exception {
    Map<String, String> e = new HashMap<>(env);
    e.putAll(extraEnv);
    long t0 = System.nanoTime();
    try (Daemon d = Daemon.start(name, cmd, e, logs)) {
      assertTrue(d.process.waitFor(15, TimeUnit.MINUTES), name + " timed out\n" + d.logTail());
      assertEquals(0, d.process.exitValue(), name + " failed\n" + d.logTail());
      System.out.printf("%s: %.1f s%n", name, (System.nanoTime() - t0) / 1e9);
      return Files.readString(d.log, StandardCharsets.UTF_8);
    }
  }

  /**
   * Both workers ran an executor of an application that was not there before: the job used the
   * cluster.
   */
  private void assertBothWorkersRanANewApp(List<Set<String>> before) throws Exception {
    for (int i = 1; i <= 2; i++) {
      Set<String> now = apps(i);
      now.removeAll(before.get(i - 1));
      assertFalse(now.isEmpty(), "worker " + i + " ran nothing");
    }
  }

  @Test
  void submittedJobWritesTheSameTablesAsALocalRun() throws Exception {
    Path jar = TestPaths.repoRoot().resolve("target/newsgraph-app.jar");
    assertTrue(
        Files.isRegularFile(jar), jar + " is missing: run the cluster tests with `mvn verify`");
    Path clusterWh = tmp.resolve("wh-submit");
    List<Set<String>> before = List.of(apps(1), apps(2));
    // No log option here: jobs/submit applies the project's log configuration itself.
    String out =
        runToEnd(
            "submit",
            List.of(
                "bash",
                TestPaths.repoRoot().resolve("jobs/submit").toString(),
                "--master",
                "spark://127.0.0.1:" + masterPort,
                "--deploy-mode",
                "client",
                "--conf",
                "spark.driver.host=127.0.0.1",
                "--conf",
                "spark.driver.bindAddress=127.0.0.1",
                "--conf",
                "spark.executor.memory=1g",
                "--conf",
                "spark.executor.cores=1",
                "--conf",
                "spark.sql.shuffle.partitions=4",
                "--conf",
                "spark.ui.enabled=false",
                "--",
                "run",
                "--input",
                input.toString(),
                "--warehouse",
                clusterWh.toString(),
                "--date",
                TableComparison.RUN_DATE.toString(),
                "--max-reject-rate",
                "0.1"),
            Map.of("NEWSGRAPH_APP_JAR", jar.toString()));
    assertTrue(out.contains("succeeded"), out);
    // WARN by default: Spark's INFO chatter (thousands of lines a run) stays out; newsgraph's own
    // progress stays.
    List<String> sparkInfo =
        out.lines()
            .filter(l -> l.contains(" INFO ") && !l.contains(" INFO NewsgraphJob"))
            .filter(l -> !l.contains("io.newsgraph"))
            .toList();
    assertTrue(
        sparkInfo.size() < 5,
        sparkInfo.size()
            + " INFO lines under spark-submit:\n"
            + String.join("\n", sparkInfo.subList(0, Math.min(20, sparkInfo.size()))));
    assertBothWorkersRanANewApp(before);
    assertTrue(
        manifest(clusterWh).contains("\"master\" : \"spark://127.0.0.1:" + masterPort + "\""));
    assertSameAsLocal(clusterWh);
  }

  @Test
  void theLauncherWithMasterShipsTheJarAndWritesTheSameTables() throws Exception {
    Path jar = TestPaths.repoRoot().resolve("target/newsgraph.jar");
    assertTrue(
        Files.isRegularFile(jar), jar + " is missing: run the cluster tests with `mvn verify`");
    Path clusterWh = tmp.resolve("wh-launcher");
    List<Set<String>> before = List.of(apps(1), apps(2));
    String out =
        runToEnd(
            "launcher",
            List.of(
                "bash",
                TestPaths.repoRoot().resolve("jobs/newsgraph").toString(),
                "run",
                "--master",
                "spark://127.0.0.1:" + masterPort,
                "--input",
                input.toString(),
                "--warehouse",
                clusterWh.toString(),
                "--date",
                TableComparison.RUN_DATE.toString(),
                "--max-reject-rate",
                "0.1"),
            Map.of(
                "NEWSGRAPH_NO_BUILD",
                "1", // mvn verify has just built the jar
                "NEWSGRAPH_JAVA_OPTS",
                "-Xmx1g -Dspark.driver.host=127.0.0.1 -Dspark.executor.memory=1g"
                    + " -Dspark.sql.shuffle.partitions=4 -Dspark.ui.enabled=false"));
    assertTrue(out.contains("succeeded"), out);
    assertBothWorkersRanANewApp(before);
    String m = manifest(clusterWh);
    assertTrue(m.contains("\"master\" : \"spark://127.0.0.1:" + masterPort + "\""), m);
    assertSameAsLocal(clusterWh);
  }
}
