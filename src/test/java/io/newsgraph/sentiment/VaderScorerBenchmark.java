package io.newsgraph.sentiment;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JMH throughput of {@link VaderScorer}: one operation scores every VADER ground-truth sentence
 * once (fallback: the generated parity sentences when the corpora are absent). MB/s = bytes per op
 * (printed at setup) x ops/s.
 *
 * <pre>
 * java -cp "target/classes:target/test-classes:$(cat cp.txt)" io.newsgraph.sentiment.VaderScorerBenchmark [JMH options]
 * </pre>
 *
 * (cp.txt from {@code mvn -o dependency:build-classpath -Dmdep.outputFile=cp.txt
 * -Dmdep.includeScope=test}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class VaderScorerBenchmark {

  private VaderScorer scorer;
  private String[] sentences;

  @Setup
  public void setup() {
    List<String> list = TestCorpora.groundTruthSentences();
    if (list.isEmpty()) {
      list = VaderReferenceParityTest.generated();
    }
    sentences = list.toArray(new String[0]);
    scorer = VaderScorer.loadDefault();
    long bytes = 0;
    for (String s : sentences) {
      bytes += s.getBytes(StandardCharsets.UTF_8).length;
    }
    System.out.printf("%n%d sentences, %d UTF-8 bytes per operation%n", sentences.length, bytes);
  }

  @Benchmark
  public void scoreAll(Blackhole bh) {
    for (String s : sentences) {
      bh.consume(scorer.score(s));
    }
  }

  @Benchmark
  public SentimentScores scoreOne() {
    return scorer.score("The soup was VERY good, but the service was not great at all!!");
  }

  /** Runs this benchmark; arguments are JMH command-line options (e.g. {@code -wi 1 -i 2}). */
  public static void main(String[] args) throws Exception {
    String[] jmhArgs = new String[args.length + 1];
    jmhArgs[0] = VaderScorerBenchmark.class.getSimpleName();
    System.arraycopy(args, 0, jmhArgs, 1, args.length);
    org.openjdk.jmh.Main.main(jmhArgs);
  }
}
