package io.newsgraph.actors;

import io.newsgraph.text.IntList;
import io.newsgraph.text.SentenceSplitter;
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
 * JMH: split + tokenise + match over the Reuters training corpus (or the fixture article when
 * ../shared is missing) with a >= 1000-actor dictionary. One op = one pass over the corpus; MB/s =
 * chars / 1e6 / (s/op), the corpus size is printed at setup.
 *
 * <pre>
 * mvn -B -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.openjdk.jmh.Main ActorMatcherBenchmark
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ActorMatcherBenchmark {
  List<String> docs;
  ActorMatcher matcher;
  final IntList sentences = new IntList(1024);

  @Setup
  public void setup() {
    docs = BenchData.documents(BenchData.REUTERS);
    matcher = new ActorMatcher(BenchData.dictionary(1000));
    long chars = docs.stream().mapToLong(String::length).sum();
    System.out.printf("%n[corpus: %d docs, %.3f M chars]%n", docs.size(), chars / 1e6);
  }

  @Benchmark
  public void splitTokeniseMatch(Blackhole bh) {
    for (String d : docs) {
      sentences.clear();
      SentenceSplitter.INSTANCE.split(d, sentences);
      bh.consume(matcher.match(d, sentences));
    }
  }

  @Benchmark
  public void splitOnly(Blackhole bh) {
    for (String d : docs) {
      sentences.clear();
      bh.consume(SentenceSplitter.INSTANCE.split(d, sentences));
    }
  }
}
