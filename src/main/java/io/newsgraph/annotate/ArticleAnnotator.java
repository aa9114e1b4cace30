package io.newsgraph.annotate;

import io.newsgraph.actors.ActorDiscoverer;
import io.newsgraph.actors.ActorMatcher;
import io.newsgraph.actors.AttributionDetector;
import io.newsgraph.actors.Mention;
import io.newsgraph.sentiment.GdeltTone;
import io.newsgraph.sentiment.SentimentScores;
import io.newsgraph.sentiment.ToneCounts;
import io.newsgraph.sentiment.ToneTally;
import io.newsgraph.sentiment.VaderScorer;
import io.newsgraph.text.DocTokens;
import io.newsgraph.text.IntList;
import io.newsgraph.text.SentenceSplitter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The per-article hot path: sentences, actor mentions, sentence tone and article tone. Plain Java, no Spark. Not thread-safe (it reuses buffers): use one per
 * task; the matcher and scorer it holds are shared.
 */
public final class ArticleAnnotator {

  private static final Comparator<Mention> BY_POSITION =
      Comparator.comparingInt(Mention::charStart).thenComparingInt(Mention::charEnd);

  private final ActorMatcher matcher;
  private final VaderScorer vader;
  private final ActorDiscoverer discoverer = new ActorDiscoverer();
  private final SentenceSplitter splitter = SentenceSplitter.INSTANCE;
  private final GdeltTone gdelt;
  private final ToneTally tally = new ToneTally();
  private final VaderScorer.Buffers vaderBuffers = new VaderScorer.Buffers();
  private final IntList bounds = new IntList();
  private final DocTokens tokens = new DocTokens();

  private final AttributionDetector attribution;

  /** An annotator that marks no attribution mentions. */
  public ArticleAnnotator(ActorMatcher matcher, VaderScorer vader) {
    this(matcher, vader, new AttributionDetector(java.util.Set.of()));
  }

  /** @param attribution marks news organisations cited as sources, on the final mention list */
  public ArticleAnnotator(ActorMatcher matcher, VaderScorer vader, AttributionDetector attribution) {
    this.matcher = matcher;
    this.vader = vader;
    this.gdelt = new GdeltTone(vader);
    this.attribution = attribution;
  }

  public Annotation annotate(String title, String text) {
    String doc = Document.of(title, text);
    bounds.clear();
    int n = splitter.split(doc, bounds);
    // one copy of the document's chars, read by every step below
    tokens.fill(doc, bounds);
    char[] chars = tokens.chars();
    double[] compound = new double[n];
    double neg = 0, neu = 0, pos = 0, comp = 0;
    // GDELT words are counted while VADER tokenises the sentences; text between sentences is counted on its own
    tally.reset();
    int covered = 0;
    for (int s = 0; s < n; s++) {
      int from = bounds.get(2 * s);
      int to = bounds.get(2 * s + 1);
      gdelt.countInto(chars, covered, from, tally);
      covered = Math.max(covered, to);
      SentimentScores sc = vader.score(doc, chars, from, to, tally, vaderBuffers);
      compound[s] = sc.compound();
      neg += sc.neg();
      neu += sc.neu();
      pos += sc.pos();
      comp += sc.compound();
    }
    SentimentScores article = n == 0 ? new SentimentScores(0, 0, 0, 0)
        : new SentimentScores(neg / n, neu / n, pos / n, comp / n);
    gdelt.countInto(chars, covered, doc.length(), tally);
    ToneCounts tone = tally.counts();
    List<Mention> known = matcher.match(tokens);
    // Discovered names only where the discoverer is confident: a capitalised run it cannot type stays out of the
    // network rather than adding noise to it.
    List<ActorDiscoverer.Discovery> found = discoverer.discover(tokens, known);
    List<Mention> mentions = known;
    List<ActorDiscoverer.Discovery> discovered = List.of();
    if (!found.isEmpty()) {
      mentions = new ArrayList<>(known.size() + found.size());
      mentions.addAll(known);
      discovered = new ArrayList<>(found.size());
      for (ActorDiscoverer.Discovery d : found) {
        if (d.confident()) {
          mentions.add(d.mention());
          discovered.add(d);
        }
      }
      mentions.sort(BY_POSITION);
    }
    mentions = attribution.apply(doc, mentions);
    return new Annotation(doc, n, compound, mentions, article, tone, discovered);
  }
}
