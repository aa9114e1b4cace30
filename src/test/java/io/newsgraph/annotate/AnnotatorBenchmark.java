package io.newsgraph.annotate;

import io.newsgraph.text.IntList;
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
 * JMH, single thread, over the real articles of ../shared/corpora (Reuters-21578 both parts, Gaza
 * headlines, IDF Telegram; the sample corpus when absent). One op = one pass over all articles;
 * MB/s = the UTF-8 title+text bytes printed at setup x ops/s.
 *
 * <ul>
 *   <li>{@code splitTokenise}: sentence splitting, then tokenising every sentence (offsets only).
 *   <li>{@code splitTokeniseTag}: the same, then the name tagger over every article.
 *   <li>{@code annotate}: the whole per-article annotator, {@code
 *       AnnotatorModels.annotator(null).annotate(title, text)}: document, sentences, VADER per
 *       sentence, GDELT tone, dictionary matching, the name tagger and linking.
 * </ul>
 *
 * <pre>
 * mvn -B -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.openjdk.jmh.Main AnnotatorBenchmark
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class AnnotatorBenchmark {

  private String[] titles;
  private String[] texts;
  private ArticleAnnotator annotator;
  private io.newsgraph.ner.NameTagger tagger;
  private final IntList bounds = new IntList(1024);
  private final io.newsgraph.text.DocTokens tokens = new io.newsgraph.text.DocTokens();

  @Setup
  public void setup() {
    List<BenchArticles.Article> articles = BenchArticles.load(List.of());
    titles = BenchArticles.titles(articles);
    texts = BenchArticles.texts(articles);
    annotator = AnnotatorModels.annotator(null);
    tagger = AnnotatorModels.names().newTagger();
    System.out.printf(
        "%n[%d articles, %d UTF-8 bytes of title+text per op: MB/s = ops/s x %.3f]%n",
        articles.size(),
        BenchArticles.utf8Bytes(articles),
        BenchArticles.utf8Bytes(articles) / 1e6);
  }

  @Benchmark
  public long splitTokenise() {
    return BenchArticles.splitTokenise(titles, texts, bounds, tokens);
  }

  /**
   * Split, tokenise and the name tagger: the tagger alone is this minus {@link #splitTokenise()}.
   */
  @Benchmark
  public long splitTokeniseTag() {
    long n = 0;
    for (int i = 0; i < titles.length; i++) {
      String doc = Document.of(titles[i], texts[i]);
      bounds.clear();
      io.newsgraph.text.SentenceSplitter.INSTANCE.split(doc, bounds);
      n += tagger.tag(tokens.fill(doc, bounds)).size();
    }
    return n;
  }

  @Benchmark
  public void annotate(Blackhole bh) {
    for (int i = 0; i < titles.length; i++) {
      bh.consume(annotator.annotate(titles[i], texts[i]));
    }
  }
}
