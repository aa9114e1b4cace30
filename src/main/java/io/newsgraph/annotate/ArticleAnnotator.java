package io.newsgraph.annotate;

import io.newsgraph.actors.ActorMatcher;
import io.newsgraph.actors.Mention;
import io.newsgraph.sentiment.GdeltTone;
import io.newsgraph.sentiment.SentimentScores;
import io.newsgraph.sentiment.ToneCounts;
import io.newsgraph.sentiment.VaderScorer;
import io.newsgraph.text.IntList;
import io.newsgraph.text.SentenceSplitter;
import java.util.List;

/**
 * The per-article hot path: sentences, actor mentions, sentence tone and article tone. Plain Java, no Spark. Not thread-safe (it reuses buffers): use one per
 * task; the matcher and scorer it holds are shared.
 */
public final class ArticleAnnotator {

  private final ActorMatcher matcher;
  private final VaderScorer vader;
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final GdeltTone gdelt = new GdeltTone();
  private final IntList bounds = new IntList();

  public ArticleAnnotator(ActorMatcher matcher, VaderScorer vader) {
    this.matcher = matcher;
    this.vader = vader;
  }

  public Annotation annotate(String title, String text) {
    String doc = Document.of(title, text);
    bounds.clear();
    int n = splitter.split(doc, bounds);
    double[] compound = new double[n];
    double neg = 0, neu = 0, pos = 0, comp = 0;
    for (int s = 0; s < n; s++) {
      SentimentScores sc = vader.score(doc.subSequence(bounds.get(2 * s), bounds.get(2 * s + 1)));
      compound[s] = sc.compound();
      neg += sc.neg();
      neu += sc.neu();
      pos += sc.pos();
      comp += sc.compound();
    }
    SentimentScores article = n == 0 ? new SentimentScores(0, 0, 0, 0)
        : new SentimentScores(neg / n, neu / n, pos / n, comp / n);
    ToneCounts tone = gdelt.count(doc);
    List<Mention> mentions = matcher.match(doc, bounds);
    return new Annotation(doc, n, compound, mentions, article, tone);
  }
}
