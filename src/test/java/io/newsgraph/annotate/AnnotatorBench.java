package io.newsgraph.annotate;

import io.newsgraph.text.IntList;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Plain single-thread throughput of the core over real articles, in MB/s of UTF-8 title + text
 * (10^6 bytes): sentence splitting + tokenising, and the whole per-article annotator ({@code
 * AnnotatorModels.annotator(null)}). Fast figures without JMH; {@link AnnotatorBenchmark} is the
 * JMH twin.
 *
 * <pre>
 * mvn -B -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) io.newsgraph.annotate.AnnotatorBench \
 *     [--seconds 10] [--warmup 5]  (CPU seconds of the benchmark thread) [file.jsonl ...]
 * </pre>
 */
public final class AnnotatorBench {

  private static final java.lang.management.ThreadMXBean CPU =
      java.lang.management.ManagementFactory.getThreadMXBean();

  private AnnotatorBench() {}

  public static void main(String[] args) {
    double seconds = 10;
    double warmup = 5;
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--seconds" -> seconds = Double.parseDouble(args[++i]);
        case "--warmup" -> warmup = Double.parseDouble(args[++i]);
        default -> files.add(Path.of(args[i]));
      }
    }
    List<BenchArticles.Article> articles = BenchArticles.load(files);
    long bytes = BenchArticles.utf8Bytes(articles);
    System.out.printf(
        Locale.ROOT, "%d articles, %.2f MB UTF-8 title+text%n", articles.size(), bytes / 1e6);
    String[] titles = BenchArticles.titles(articles);
    String[] texts = BenchArticles.texts(articles);
    long t0 = System.nanoTime();
    ArticleAnnotator annotator = AnnotatorModels.annotator(null);
    System.out.printf(
        Locale.ROOT, "models loaded in %d ms%n", (System.nanoTime() - t0) / 1_000_000);

    IntList bounds = new IntList(1024);
    io.newsgraph.text.DocTokens tokens = new io.newsgraph.text.DocTokens();
    Pass split = () -> BenchArticles.splitTokenise(titles, texts, bounds, tokens);
    Pass annotate =
        () -> {
          long n = 0;
          for (int i = 0; i < titles.length; i++) {
            Annotation a = annotator.annotate(titles[i], texts[i]);
            n += a.mentions().size() + a.sentenceCount();
          }
          return n;
        };
    report("split + tokenise", split, bytes, warmup / 2, seconds / 2);
    report("annotate (whole)", annotate, bytes, warmup, seconds);
  }

  interface Pass {
    long run();
  }

  private static void report(String name, Pass pass, long bytes, double warmup, double seconds) {
    long sink = 0;
    // warm-up and measurement budgets are in CPU seconds of this thread, so a loaded machine does
    // not cut them short
    long end = CPU.getCurrentThreadCpuTime() + (long) (warmup * 1e9);
    while (CPU.getCurrentThreadCpuTime() < end) {
      sink += pass.run();
    }
    double best = Double.MAX_VALUE;
    double bestCpu = Double.MAX_VALUE;
    double total = 0;
    double totalCpu = 0;
    int passes = 0;
    end = CPU.getCurrentThreadCpuTime() + (long) (seconds * 1e9);
    while (CPU.getCurrentThreadCpuTime() < end || passes < 3) {
      long c = CPU.getCurrentThreadCpuTime();
      long t = System.nanoTime();
      sink += pass.run();
      double s = (System.nanoTime() - t) / 1e9;
      double cs = (CPU.getCurrentThreadCpuTime() - c) / 1e9;
      best = Math.min(best, s);
      bestCpu = Math.min(bestCpu, cs);
      total += s;
      totalCpu += cs;
      passes++;
    }
    // Wall-clock figures suffer when other processes share the cores; the thread-CPU-time figures
    // (bytes per CPU
    // second of this thread) do much less, so both are printed.
    System.out.printf(
        Locale.ROOT,
        "%-18s wall: best %.1f MB/s, mean %.1f MB/s | thread CPU: best %.1f MB/s, mean %.1f"
            + " MB/s | %d passes, 1 thread (sink %d)%n",
        name,
        bytes / 1e6 / best,
        bytes / 1e6 * passes / total,
        bytes / 1e6 / bestCpu,
        bytes / 1e6 * passes / totalCpu,
        passes,
        sink);
  }
}
