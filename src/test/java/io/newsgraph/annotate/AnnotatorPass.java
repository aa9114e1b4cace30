package io.newsgraph.annotate;

import java.util.List;
import java.util.function.LongSupplier;

/**
 * One pass of the whole annotator over the benchmark articles per call (for {@link AnnotatorAb}).
 */
public final class AnnotatorPass implements LongSupplier {
  private final String[] titles;
  private final String[] texts;
  private final ArticleAnnotator annotator = AnnotatorModels.annotator(null);
  public final long bytes;

  public AnnotatorPass() {
    List<BenchArticles.Article> articles = BenchArticles.load(List.of());
    titles = BenchArticles.titles(articles);
    texts = BenchArticles.texts(articles);
    bytes = BenchArticles.utf8Bytes(articles);
  }

  @Override
  public long getAsLong() {
    long n = 0;
    for (int i = 0; i < titles.length; i++) {
      Annotation a = annotator.annotate(titles[i], texts[i]);
      n += a.mentions().size() + a.sentenceCount();
    }
    return n;
  }
}
