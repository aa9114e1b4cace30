package io.newsgraph.sentiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The reference vaderSentiment 3.3.2 run as a Python subprocess, for parity tests. Python is
 * NEWSGRAPH_PYTHON, else {@code .venv/bin/python} of the repository, else {@code python3}.
 */
final class PythonVader {

  private static final String REFERENCE_VERSION = "3.3.2";

  private static final String SCORE_SCRIPT =
      String.join(
          "\n",
          "import json, sys",
          "from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer",
          "analyzer = SentimentIntensityAnalyzer()",
          "with open(sys.argv[1], encoding='ascii') as src, open(sys.argv[2], 'w', encoding='ascii') as dst:",
          "    for line in src:",
          "        s = analyzer.polarity_scores(json.loads(line))",
          "        dst.write(json.dumps([s['neg'], s['neu'], s['pos'], s['compound']]) + '\\n')",
          "");

  private static final String PROBE_SCRIPT =
      String.join(
          "\n",
          "import importlib.metadata, vaderSentiment.vaderSentiment",
          "print(importlib.metadata.version('vaderSentiment'))",
          "");

  private static String unavailable;
  private static boolean probed;

  private PythonVader() {}

  /**
   * The repository root: the nearest directory upwards from the working directory holding pom.xml.
   */
  static Path repoRoot() {
    Path dir = Paths.get("").toAbsolutePath();
    for (Path p = dir; p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("pom.xml"))) {
        return p;
      }
    }
    return dir;
  }

  static String python() {
    String env = System.getenv("NEWSGRAPH_PYTHON");
    if (env != null && !env.isBlank()) {
      return env;
    }
    Path venv = repoRoot().resolve(".venv/bin/python");
    return Files.isExecutable(venv) ? venv.toString() : "python3";
  }

  /** Null when the reference can be run, else why not (for Assumptions). */
  static synchronized String unavailableReason() {
    if (!probed) {
      probed = true;
      try {
        Path out = Files.createTempFile("vader-probe", ".txt");
        try {
          int rc = run(List.of(python(), "-c", PROBE_SCRIPT), out, 60);
          String version = Files.readString(out).strip();
          if (rc != 0) {
            unavailable =
                "vaderSentiment cannot be imported with "
                    + python()
                    + " (set NEWSGRAPH_PYTHON or pip install vaderSentiment=="
                    + REFERENCE_VERSION
                    + ")";
          } else if (!REFERENCE_VERSION.equals(version)) {
            unavailable =
                python()
                    + " has vaderSentiment "
                    + version
                    + ", parity is defined against "
                    + REFERENCE_VERSION;
          }
        } finally {
          Files.deleteIfExists(out);
        }
      } catch (IOException e) {
        unavailable = "cannot run " + python() + ": " + e.getMessage();
      }
    }
    return unavailable;
  }

  /** Reference scores {neg, neu, pos, compound} for each sentence, from one Python process. */
  static List<double[]> score(List<String> sentences) {
    try {
      Path in = Files.createTempFile("vader-in", ".jsonl");
      Path out = Files.createTempFile("vader-out", ".jsonl");
      try {
        try (Writer w = Files.newBufferedWriter(in, StandardCharsets.US_ASCII)) {
          StringBuilder sb = new StringBuilder();
          for (String s : sentences) {
            sb.setLength(0);
            jsonString(s, sb);
            w.write(sb.append('\n').toString());
          }
        }
        int rc =
            run(List.of(python(), "-c", SCORE_SCRIPT, in.toString(), out.toString()), null, 900);
        if (rc != 0) {
          throw new IllegalStateException("reference scorer failed with exit code " + rc);
        }
        List<String> lines = Files.readAllLines(out, StandardCharsets.US_ASCII);
        if (lines.size() != sentences.size()) {
          throw new IllegalStateException(
              "reference returned "
                  + lines.size()
                  + " rows for "
                  + sentences.size()
                  + " sentences");
        }
        List<double[]> result = new ArrayList<>(lines.size());
        for (String line : lines) {
          String[] f = line.substring(1, line.length() - 1).split(",");
          double[] d = new double[4];
          for (int i = 0; i < 4; i++) {
            d[i] = Double.parseDouble(f[i].strip());
          }
          result.add(d);
        }
        return result;
      } finally {
        Files.deleteIfExists(in);
        Files.deleteIfExists(out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int run(List<String> cmd, Path stdout, int timeoutSeconds) throws IOException {
    ProcessBuilder pb =
        new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.from(devNull()));
    pb.redirectError(ProcessBuilder.Redirect.INHERIT);
    pb.redirectOutput(
        stdout != null
            ? ProcessBuilder.Redirect.to(stdout.toFile())
            : ProcessBuilder.Redirect.INHERIT);
    Process p = pb.start();
    try {
      if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException("timeout running " + cmd.get(0));
      }
      return p.exitValue();
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  private static java.io.File devNull() {
    return new java.io.File(
        System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
  }

  /**
   * Appends s as an ASCII-only JSON string (non-ASCII and controls as \\uXXXX, lone surrogates
   * preserved).
   */
  static void jsonString(String s, StringBuilder sb) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20 || c > 0x7e) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    sb.append('"');
  }
}
