package io.newsgraph.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.cluster.ClusterTools.Daemon;
import io.newsgraph.testing.SparkTestSession;
import io.newsgraph.testing.TestPaths;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real Spark standalone cluster from the same Spark version (the pyspark wheel: bin/spark-class and all jars):
 * a master and two one-core workers on 127.0.0.1. jobs/submit sends target/newsgraph-app.jar (the thin jar that
 * `package` builds) in client mode; every table must equal an embedded local run on the same input.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StandaloneClusterIT {

  @TempDir
  static Path tmp;

  private final List<Daemon> daemons = new ArrayList<>();
  private Map<String, String> env;
  private int masterPort;
  private int masterUi;
  private Path logs;

  @BeforeAll
  void startCluster() throws Exception {
    Path sparkHome = ClusterTools.sparkHome();
    logs = TestPaths.repoRoot().resolve("target/cluster-it/standalone");
    Path conf = Files.createDirectories(tmp.resolve("spark-conf")); // no spark-defaults.conf from the machine
    env = new HashMap<>();
    env.put("SPARK_HOME", sparkHome.toString());
    env.put("SPARK_CONF_DIR", conf.toString());
    env.put("JAVA_HOME", System.getProperty("java.home"));
    env.put("SPARK_LOCAL_IP", "127.0.0.1");
    env.put("SPARK_DAEMON_MEMORY", "512m");
    String sparkClass = sparkHome.resolve("bin/spark-class").toString();
    masterPort = ClusterTools.freePort();
    masterUi = ClusterTools.freePort();
    daemons.add(Daemon.start("master", List.of("bash", sparkClass, "org.apache.spark.deploy.master.Master",
        "--host", "127.0.0.1", "--port", String.valueOf(masterPort), "--webui-port", String.valueOf(masterUi)),
        env, logs));
    ClusterTools.await("the master", Duration.ofSeconds(90), daemons, () -> ClusterTools.listening(masterPort));
    for (int i = 1; i <= 2; i++) {
      Path work = Files.createDirectories(tmp.resolve("worker" + i));
      daemons.add(Daemon.start("worker" + i, List.of("bash", sparkClass, "org.apache.spark.deploy.worker.Worker",
          "spark://127.0.0.1:" + masterPort, "--host", "127.0.0.1", "--cores", "1", "--memory", "1g",
          "--webui-port", String.valueOf(ClusterTools.freePort()), "--work-dir", work.toString()), env, logs));
    }
    ClusterTools.await("two workers registered", Duration.ofSeconds(120), daemons, () -> aliveWorkers() == 2);
  }

  @AfterAll
  void stopCluster() {
    for (int i = daemons.size() - 1; i >= 0; i--) {
      daemons.get(i).close();
    }
  }

  private int aliveWorkers() {
    try {
      String json = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
          URI.create("http://127.0.0.1:" + masterUi + "/json/")).timeout(Duration.ofSeconds(5)).build(),
          HttpResponse.BodyHandlers.ofString()).body();
      int n = 0;
      for (int i = json.indexOf("\"ALIVE\""); i >= 0; i = json.indexOf("\"ALIVE\"", i + 1)) {
        n++;
      }
      // the master's own "status" : "ALIVE" is one of them
      return n - 1;
    } catch (Exception e) {
      return -1;
    }
  }

  @Test
  void submittedJobWritesTheSameTablesAsALocalRun() throws Exception {
    Path jar = TestPaths.repoRoot().resolve("target/newsgraph-app.jar");
    assertTrue(Files.isRegularFile(jar), jar + " is missing: run the cluster tests with `mvn verify`");
    Path input = ClusterTools.copySample(tmp);
    Path clusterWh = tmp.resolve("wh-cluster");

    List<String> cmd = List.of("bash", TestPaths.repoRoot().resolve("jobs/submit").toString(),
        "--master", "spark://127.0.0.1:" + masterPort, "--deploy-mode", "client",
        "--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.driver.bindAddress=127.0.0.1",
        "--conf", "spark.executor.memory=1g", "--conf", "spark.executor.cores=1",
        "--conf", "spark.sql.shuffle.partitions=4", "--conf", "spark.ui.enabled=false",
        "--driver-java-options",
        "-Dlog4j2.configurationFile=" + TestPaths.repoRoot().resolve("jobs/log4j2.properties"),
        "--", "run", "--input", input.toString(), "--warehouse", clusterWh.toString(),
        "--date", TableComparison.RUN_DATE.toString(), "--max-reject-rate", "0.1");
    Map<String, String> submitEnv = new HashMap<>(env);
    submitEnv.put("NEWSGRAPH_APP_JAR", jar.toString());
    long t0 = System.nanoTime();
    try (Daemon submit = Daemon.start("submit", cmd, submitEnv, logs)) {
      assertTrue(submit.process.waitFor(15, TimeUnit.MINUTES), "spark-submit timed out\n" + submit.logTail());
      assertEquals(0, submit.process.exitValue(), "spark-submit failed\n" + submit.logTail());
      String out = Files.readString(submit.log, StandardCharsets.UTF_8);
      assertTrue(out.contains("succeeded"), out);
    }
    System.out.printf("standalone run: %.1f s%n", (System.nanoTime() - t0) / 1e9);

    // Both workers ran an executor of the application: the job was really spread over the cluster.
    for (int i = 1; i <= 2; i++) {
      try (Stream<Path> apps = Files.list(tmp.resolve("worker" + i))) {
        assertTrue(apps.anyMatch(p -> p.getFileName().toString().startsWith("app-")), "worker" + i + " ran nothing");
      }
    }
    String manifest;
    try (Stream<Path> runs = Files.list(clusterWh.resolve("_runs"))) {
      manifest = Files.readString(runs.filter(p -> p.toString().endsWith(".json")).findFirst().orElseThrow());
    }
    assertTrue(manifest.contains("\"master\" : \"spark://127.0.0.1:" + masterPort + "\""), manifest);

    SparkSession spark = SparkTestSession.start();
    try {
      Path localWh = tmp.resolve("wh-local");
      TableComparison.runJob(spark, input.toString(), localWh.toString());
      long rows = TableComparison.assertSameTables(spark, localWh.toUri().toString(), clusterWh.toUri().toString());
      System.out.println("standalone: " + rows + " rows equal to the local run");
    } finally {
      spark.stop();
    }
  }
}
