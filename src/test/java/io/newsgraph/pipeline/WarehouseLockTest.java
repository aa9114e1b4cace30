package io.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsgraph.cli.NewsgraphCli;
import io.newsgraph.testing.JobRunner;
import io.newsgraph.testing.SparkTestSession;
import io.newsgraph.testing.TestPaths;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code <warehouse>/_lock.json}: a live holder elsewhere refuses the run (exit code 4, nothing
 * touched); a holder whose heartbeat is over 5 minutes old, or a process of this host that no
 * longer exists, is taken over.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WarehouseLockTest {

  private static final LocalDate RUN = LocalDate.of(2024, 3, 9);
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path tmp;

  private SparkSession spark;
  private Path input;

  @BeforeAll
  void start() throws IOException {
    spark = SparkTestSession.start();
    input = Files.createDirectories(tmp.resolve("input"));
    Files.copy(
        TestPaths.sampleCorpus().resolve("wire-2024-03.jsonl"),
        input.resolve("wire-2024-03.jsonl"));
  }

  @AfterAll
  void stop() {
    spark.stop();
  }

  private static void writeLock(Path wh, String host, long pid, Instant heartbeat)
      throws IOException {
    Files.createDirectories(wh);
    Map<String, Object> lock = new LinkedHashMap<>();
    lock.put("run_id", "run-of-someone-else");
    lock.put("host", host);
    lock.put("pid", pid);
    lock.put("started", heartbeat.minus(Duration.ofMinutes(1)).toString());
    lock.put("heartbeat", heartbeat.toString());
    JSON.writeValue(wh.resolve("_lock.json").toFile(), lock);
  }

  /** Every file under the warehouse with its size and content hash. */
  private static Map<String, String> files(Path wh) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(wh)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        out.put(
            wh.relativize(p).toString(),
            Files.size(p) + ":" + java.util.Arrays.hashCode(Files.readAllBytes(p)));
      }
    }
    return out;
  }

  @Test
  void aLiveForeignHolderRefusesTheRunAndNothingChanges() throws Exception {
    Path wh = tmp.resolve("held");
    // A warehouse with data in it, then another host's run takes the lock and keeps beating.
    JobRunner.run(spark, wh, RUN, input);
    writeLock(wh, "other-host", 1, Instant.now());
    Map<String, String> before = files(wh);

    WarehouseLockedException e =
        assertThrows(WarehouseLockedException.class, () -> JobRunner.run(spark, wh, RUN, input));
    assertTrue(
        e.getMessage().contains("run-of-someone-else")
            && e.getMessage().contains("other-host")
            && e.getMessage().contains("pid 1"),
        e.getMessage());
    assertEquals(before, files(wh), "a refused run touches nothing");

    PrintStream old = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try {
      System.setErr(new PrintStream(err, true));
      // --master: join this test's SparkSession instead of starting (and at the end stopping) an
      // embedded one
      code =
          NewsgraphCli.execute(
              "run",
              "--input",
              input.toString(),
              "--warehouse",
              wh.toString(),
              "--date",
              RUN.toString(),
              "--master",
              "local[2]",
              "--max-reject-rate",
              "1");
    } finally {
      System.setErr(old);
    }
    assertEquals(NewsgraphCli.EXIT_LOCKED, code, err.toString());
    assertEquals(4, code);
    String msg = err.toString();
    assertTrue(
        msg.startsWith("newsgraph: warehouse ")
            && msg.contains("locked by run run-of-someone-else on " + "other-host (pid 1"),
        msg);
    assertFalse(msg.contains("Exception"), "a clear message, not a stack trace: " + msg);
    assertEquals(before, files(wh), "a refused run touches nothing");
  }

  @Test
  void aHeartbeatTenMinutesOldIsTakenOverAndTheLockRemovedAtTheEnd() throws Exception {
    Path wh = tmp.resolve("stale");
    writeLock(wh, "other-host", 1, Instant.now().minus(Duration.ofMinutes(10)));
    RunManifest m = JobRunner.run(spark, wh, RUN, input);
    assertEquals("succeeded", m.status());
    assertTrue(m.totals().articles() > 0);
    assertFalse(Files.exists(wh.resolve("_lock.json")), "the lock is released at the end");
    assertTrue(Files.isDirectory(wh.resolve("articles")));
  }

  @Test
  void aDeadProcessOfThisHostIsTakenOverAtOnce() throws Exception {
    Path wh = tmp.resolve("dead");
    // A pid that existed and is gone: a process we started and waited for (its pid is not reused
    // this quickly).
    Process p = new ProcessBuilder("true").start();
    p.waitFor();
    long pid = p.pid();
    assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
    // The heartbeat is fresh: only the dead holder lets the run through.
    writeLock(wh, InetAddress.getLocalHost().getHostName(), pid, Instant.now());
    RunManifest m = JobRunner.run(spark, wh, RUN, input);
    assertEquals("succeeded", m.status());
    assertFalse(Files.exists(wh.resolve("_lock.json")));
  }

  @Test
  void aLiveProcessOfThisHostWithAFreshHeartbeatRefuses() throws Exception {
    Path wh = tmp.resolve("alive-here");
    writeLock(
        wh, InetAddress.getLocalHost().getHostName(), ProcessHandle.current().pid(), Instant.now());
    assertThrows(WarehouseLockedException.class, () -> JobRunner.run(spark, wh, RUN, input));
    assertTrue(Files.exists(wh.resolve("_lock.json")), "someone else's lock is left alone");
    assertFalse(Files.exists(wh.resolve("articles")));
  }
}
