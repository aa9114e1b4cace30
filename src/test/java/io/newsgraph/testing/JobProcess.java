package io.newsgraph.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the CLI in a JVM of its own, as a scheduler would, so a test can kill it. */
public final class JobProcess {

  private static final List<String> OPENS =
      List.of(
          "java.lang",
          "java.lang.invoke",
          "java.lang.reflect",
          "java.io",
          "java.net",
          "java.nio",
          "java.util",
          "java.util.concurrent",
          "java.util.concurrent.atomic",
          "sun.nio.ch",
          "sun.nio.cs",
          "sun.security.action",
          "sun.util.calendar");

  private JobProcess() {}

  public static ProcessBuilder builder(Path log, Map<String, String> env, String... args) {
    String cp =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx1g");
    // A short run on a few dozen records: the C1 compiler alone and the serial collector spend far
    // fewer CPU seconds
    // on JIT and GC threads than the defaults, which are tuned for long runs (README, Performance).
    cmd.add("-XX:TieredStopAtLevel=1");
    cmd.add("-XX:+UseSerialGC");
    for (String p : OPENS) {
      cmd.add("--add-opens=java.base/" + p + "=ALL-UNNAMED");
    }
    cmd.add("-Djdk.reflect.useDirectMethodHandle=false");
    cmd.add("-cp");
    cmd.add(cp);
    cmd.add("io.newsgraph.cli.NewsgraphCli");
    cmd.addAll(List.of(args));
    ProcessBuilder pb =
        new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().putAll(env);
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    return pb;
  }

  public static int run(Path log, Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    Process p = builder(log, env, args).start();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IllegalStateException("job did not finish; log: " + log);
    }
    return p.exitValue();
  }

  public static String classpathSeparator() {
    return File.pathSeparator;
  }
}
