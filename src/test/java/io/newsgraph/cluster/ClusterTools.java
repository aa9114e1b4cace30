package io.newsgraph.cluster;

import static org.junit.jupiter.api.Assertions.fail;

import io.newsgraph.testing.TestPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Assumptions;

/**
 * What the cluster tests share: the Python side (pyspark and moto from
 * src/test/python/cluster-requirements.txt, installed into the repository's .venv on first use),
 * free ports, and external processes that die with the test.
 */
final class ClusterTools {

  static final String REQUIREMENTS = "src/test/python/cluster-requirements.txt";

  private static Path python;
  private static String pythonProblem;

  private ClusterTools() {}

  /**
   * The venv's Python with the cluster requirements installed (once per JVM). Skips the test when
   * Python or the packages cannot be installed, unless NEWSGRAPH_REQUIRE_CLUSTER_TESTS=1 (CI),
   * where that is a failure.
   */
  static synchronized Path python() {
    if (python == null && pythonProblem == null) {
      try {
        python = installPython();
      } catch (Exception e) {
        pythonProblem = e.getMessage();
      }
    }
    if (pythonProblem != null) {
      String msg = "cluster test needs Python with " + REQUIREMENTS + ": " + pythonProblem;
      if ("1".equals(System.getenv("NEWSGRAPH_REQUIRE_CLUSTER_TESTS"))) {
        fail(msg);
      }
      Assumptions.abort(msg);
    }
    return python;
  }

  private static Path installPython() throws IOException, InterruptedException {
    Path root = TestPaths.repoRoot();
    String given = System.getenv("NEWSGRAPH_PYTHON");
    Path py;
    if (given != null && !given.isBlank()) {
      py = Path.of(given);
    } else {
      String venvEnv = System.getenv("NEWSGRAPH_VENV");
      Path venv = venvEnv != null && !venvEnv.isBlank() ? Path.of(venvEnv) : root.resolve(".venv");
      py = venv.resolve("bin/python");
      if (!Files.isExecutable(py)) {
        run(List.of("python3", "-m", "venv", venv.toString()), root, Duration.ofMinutes(5));
      }
    }
    run(
        List.of(
            py.toString(),
            "-m",
            "pip",
            "install",
            "-q",
            "--disable-pip-version-check",
            "-r",
            root.resolve(REQUIREMENTS).toString()),
        root,
        Duration.ofMinutes(20));
    return py;
  }

  /**
   * pyspark's package folder: the wheel ships a whole Spark there (bin/, jars/), usable as
   * SPARK_HOME.
   */
  static Path sparkHome() {
    Path py = python();
    try {
      String out =
          run(
              List.of(
                  py.toString(),
                  "-c",
                  "import os, pyspark; print(pyspark.__version__); print(os.path.dirname(pyspark.__file__))"),
              TestPaths.repoRoot(),
              Duration.ofMinutes(1));
      String[] lines = out.strip().split("\n");
      String version = lines[lines.length - 2].strip();
      if (!version.equals(org.apache.spark.package$.MODULE$.SPARK_VERSION())) {
        fail(
            "pyspark "
                + version
                + " in "
                + py
                + " is not the Spark the job is built with ("
                + org.apache.spark.package$.MODULE$.SPARK_VERSION()
                + ")");
      }
      return Path.of(lines[lines.length - 1].strip());
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A script of the venv (moto_server), beside its Python. */
  static Path venvScript(String name) {
    return python().getParent().resolve(name);
  }

  /** Runs a command to completion; its output, or an IOException with the output when it fails. */
  static String run(List<String> cmd, Path dir, Duration timeout)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile("ng-cmd", ".log");
    try {
      Process p =
          new ProcessBuilder(cmd)
              .directory(dir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(out.toFile())
              .start();
      if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        p.destroyForcibly();
        throw new IOException(String.join(" ", cmd) + ": timed out after " + timeout);
      }
      String text = Files.readString(out, StandardCharsets.UTF_8);
      if (p.exitValue() != 0) {
        throw new IOException(
            String.join(" ", cmd) + ": exit " + p.exitValue() + "\n" + tail(text, 3000));
      }
      return text;
    } finally {
      Files.deleteIfExists(out);
    }
  }

  static int freePort() {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
      s.setReuseAddress(true);
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static boolean listening(int port) {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", port), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  static void await(String what, Duration timeout, List<Daemon> alive, BooleanSupplier done)
      throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (!done.getAsBoolean()) {
      for (Daemon d : alive) {
        if (!d.process.isAlive()) {
          fail(
              d.name
                  + " exited ("
                  + d.process.exitValue()
                  + ") while waiting for "
                  + what
                  + "\n"
                  + d.logTail());
        }
      }
      if (System.nanoTime() > end) {
        StringBuilder logs = new StringBuilder();
        alive.forEach(d -> logs.append(d.logTail()).append('\n'));
        fail("timed out waiting for " + what + "\n" + logs);
      }
      Thread.sleep(250);
    }
  }

  static String tail(String s, int chars) {
    return s.length() <= chars ? s : "..." + s.substring(s.length() - chars);
  }

  /** The sample corpus, copied under {@code <dir>/ngin/sample}: every run reads the same files. */
  static Path copySample(Path dir) throws IOException {
    Path to = dir.resolve("ngin/sample");
    TestPaths.copyTree(TestPaths.sampleCorpus(), to);
    return to;
  }

  /**
   * An external process whose output goes to a log file; closing kills it and everything it
   * started.
   */
  static final class Daemon implements AutoCloseable {

    final String name;
    final Process process;
    final Path log;
    private final Thread hook;

    private Daemon(String name, Process process, Path log) {
      this.name = name;
      this.process = process;
      this.log = log;
      this.hook = new Thread(this::kill, "kill-" + name);
      Runtime.getRuntime().addShutdownHook(hook);
    }

    static Daemon start(String name, List<String> cmd, Map<String, String> env, Path logDir)
        throws IOException {
      Files.createDirectories(logDir);
      Path log = logDir.resolve(name + ".log");
      ProcessBuilder pb =
          new ProcessBuilder(new ArrayList<>(cmd))
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .directory(logDir.toFile());
      pb.environment().putAll(env);
      return new Daemon(name, pb.start(), log);
    }

    String logTail() {
      try {
        return "--- "
            + name
            + " ("
            + log
            + ")\n"
            + tail(Files.readString(log, StandardCharsets.UTF_8), 4000);
      } catch (IOException e) {
        return "--- " + name + ": no log";
      }
    }

    private void kill() {
      List<ProcessHandle> children = process.descendants().toList();
      process.destroy();
      children.forEach(ProcessHandle::destroy);
      try {
        process.waitFor(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      process.destroyForcibly();
      children.forEach(ProcessHandle::destroyForcibly);
    }

    @Override
    public void close() {
      kill();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // shutting down already
      }
    }
  }
}
