package io.newsgraph.sentiment;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Single-thread throughput of {@link VaderScorer} over the VADER ground-truth sentences (fallback:
 * the generated parity sentences), in MB/s of UTF-8 input. With {@code --python} it also times the
 * Python reference on the same sentences and prints the ratio.
 *
 * <pre>java -cp target/classes:target/test-classes io.newsgraph.sentiment.VaderBench [--python]
 * </pre>
 */
public final class VaderBench {

  private static final String PY_TIMER =
      String.join(
          "\n",
          "import json, sys, time",
          "from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer",
          "a = SentimentIntensityAnalyzer()",
          "with open(sys.argv[1], encoding='ascii') as f:",
          "    sentences = [json.loads(line) for line in f]",
          "for s in sentences[:2000]:",
          "    a.polarity_scores(s)",
          "best = float('inf')",
          "for _ in range(int(sys.argv[2])):",
          "    t = time.perf_counter()",
          "    for s in sentences:",
          "        a.polarity_scores(s)",
          "    best = min(best, time.perf_counter() - t)",
          "print(best)",
          "");

  private VaderBench() {}

  public static void main(String[] args) throws Exception {
    boolean python = List.of(args).contains("--python");
    List<String> sentences = TestCorpora.groundTruthSentences();
    String source = "VADER ground truth";
    if (sentences.isEmpty()) {
      sentences = VaderReferenceParityTest.generated();
      source = "built-in generated sentences (corpora absent)";
    }
    long bytes = 0;
    long chars = 0;
    for (String s : sentences) {
      bytes += s.getBytes(StandardCharsets.UTF_8).length;
      chars += s.length();
    }
    System.out.printf(
        Locale.ROOT,
        "%s: %d sentences, %.2f MB UTF-8 (%d chars)%n",
        source,
        sentences.size(),
        bytes / 1e6,
        chars);

    VaderScorer scorer = VaderScorer.loadDefault();
    double sink = 0;
    long warmEnd = System.nanoTime() + 5_000_000_000L;
    while (System.nanoTime() < warmEnd) {
      sink += pass(scorer, sentences);
    }
    double best = Double.MAX_VALUE;
    int passes = 0;
    long measureEnd = System.nanoTime() + 10_000_000_000L;
    while (System.nanoTime() < measureEnd || passes < 3) {
      long t = System.nanoTime();
      sink += pass(scorer, sentences);
      best = Math.min(best, (System.nanoTime() - t) / 1e9);
      passes++;
    }
    double javaMbs = bytes / 1e6 / best;
    System.out.printf(
        Locale.ROOT,
        "java:   best of %d passes %.1f ms -> %.1f MB/s, %.0f sentences/s (sink %.1f)%n",
        passes,
        best * 1e3,
        javaMbs,
        sentences.size() / best,
        sink);

    if (python) {
      String reason = PythonVader.unavailableReason();
      if (reason != null) {
        System.out.println("python: skipped, " + reason);
        return;
      }
      double py = pythonSeconds(sentences, 3);
      double pyMbs = bytes / 1e6 / py;
      System.out.printf(
          Locale.ROOT,
          "python: best of 3 passes %.1f ms -> %.2f MB/s (%s)%n",
          py * 1e3,
          pyMbs,
          PythonVader.python());
      System.out.printf(Locale.ROOT, "ratio java/python: %.1fx%n", javaMbs / pyMbs);
    }
  }

  private static double pass(VaderScorer scorer, List<String> sentences) {
    double sum = 0;
    for (int i = 0, n = sentences.size(); i < n; i++) {
      sum += scorer.score(sentences.get(i)).compound();
    }
    return sum;
  }

  private static double pythonSeconds(List<String> sentences, int passes)
      throws IOException, InterruptedException {
    Path in = Files.createTempFile("vader-bench", ".jsonl");
    try {
      try (Writer w = Files.newBufferedWriter(in, StandardCharsets.US_ASCII)) {
        StringBuilder sb = new StringBuilder();
        for (String s : sentences) {
          sb.setLength(0);
          PythonVader.jsonString(s, sb);
          w.write(sb.append('\n').toString());
        }
      }
      Process p =
          new ProcessBuilder(
                  PythonVader.python(), "-c", PY_TIMER, in.toString(), Integer.toString(passes))
              .redirectErrorStream(true)
              .start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      if (p.waitFor() != 0) {
        throw new IOException("python timing failed: " + out);
      }
      return Double.parseDouble(out);
    } finally {
      Files.deleteIfExists(in);
    }
  }
}
