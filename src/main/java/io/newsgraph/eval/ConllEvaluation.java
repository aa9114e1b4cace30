package io.newsgraph.eval;

import io.newsgraph.actors.Actor;
import io.newsgraph.actors.ActorDictionary;
import io.newsgraph.actors.ActorType;
import io.newsgraph.actors.Discovery;
import io.newsgraph.actors.MatchKind;
import io.newsgraph.actors.Mention;
import io.newsgraph.annotate.Annotation;
import io.newsgraph.annotate.ArticleAnnotator;
import io.newsgraph.ner.ConllCorpus;
import io.newsgraph.ner.EntityType;
import io.newsgraph.ner.NerModel;
import io.newsgraph.ner.SpanScores;
import io.newsgraph.ner.TaggerEvaluation;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores the annotator's actor mentions against CoNLL-format gold names, exact span: an actor of
 * type person is a PER name, organization and group ORG, country and place LOC. Where mentions nest
 * ("U.S." inside "U.S. Treasury") the outermost is the name. Demonym mentions ("German") are not
 * counted either way (CoNLL tags them MISC, not an actor type); MISC gold names are scored apart.
 * Also scores the tagger alone and measures the annotator's MB/s of text per CPU second of this
 * thread.
 */
public final class ConllEvaluation {

  /** The figures of one evaluation. */
  public record Result(
      SpanScores annotator, SpanScores tagger, long chars, double annotatorMbPerSec) {}

  private final ArticleAnnotator annotator;
  private final ActorDictionary dictionary;
  private final NerModel model;

  public ConllEvaluation(ArticleAnnotator annotator, ActorDictionary dictionary, NerModel model) {
    this.annotator = annotator;
    this.dictionary = dictionary;
    this.model = model;
  }

  public Result run(List<ConllCorpus.Doc> docs, int rounds) {
    SpanScores scores = new SpanScores();
    long bytes = 0;
    for (ConllCorpus.Doc d : docs) {
      bytes += d.text().getBytes(StandardCharsets.UTF_8).length;
      Annotation a = annotator.annotate(null, d.text());
      List<SpanScores.Span> gold = new ArrayList<>();
      for (ConllCorpus.GoldSpan g : d.spans()) {
        gold.add(new SpanScores.Span(g.start(), g.end(), g.type()));
      }
      scores.add(gold, predicted(a));
    }
    SpanScores tagger = TaggerEvaluation.score(model, docs);
    double best = 0;
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long sink = 0;
    for (int r = 0; r < rounds; r++) {
      long t0 = cpu.getCurrentThreadCpuTime();
      for (ConllCorpus.Doc d : docs) {
        sink += annotator.annotate(null, d.text()).mentions().size();
      }
      double s = (cpu.getCurrentThreadCpuTime() - t0) / 1e9;
      best = Math.max(best, bytes / 1e6 / s);
    }
    if (sink == -1) {
      throw new AssertionError();
    }
    return new Result(scores, tagger, bytes, rounds == 0 ? Double.NaN : best);
  }

  /**
   * The annotation's names as scored: outermost mentions, demonyms left out, typed by their actor.
   */
  List<SpanScores.Span> predicted(Annotation a) {
    Map<String, ActorType> discovered = new HashMap<>();
    for (Discovery d : a.discovered()) {
      discovered.put(d.mention().actorId(), d.type());
    }
    List<Mention> ms = a.mentions();
    List<SpanScores.Span> out = new ArrayList<>();
    for (int i = 0; i < ms.size(); i++) {
      Mention m = ms.get(i);
      if (m.kind() == MatchKind.DEMONYM || insideAnother(ms, i)) {
        continue;
      }
      ActorType type = typeOf(m, discovered);
      if (type != null) {
        SpanScores.Span s = new SpanScores.Span(m.charStart(), m.charEnd(), EntityType.of(type));
        if (out.isEmpty() || !out.get(out.size() - 1).equals(s)) {
          out.add(s);
        }
      }
    }
    return out;
  }

  private ActorType typeOf(Mention m, Map<String, ActorType> discovered) {
    Actor actor = dictionary.get(m.actorId());
    if (actor != null) {
      return actor.type();
    }
    // a discovered name or a coreference to one (an actor of the article's own list is not typed
    // here)
    return discovered.get(m.actorId());
  }

  private static boolean insideAnother(List<Mention> ms, int i) {
    Mention m = ms.get(i);
    for (int j = 0; j < ms.size(); j++) {
      Mention o = ms.get(j);
      if (j != i
          && o.charStart() <= m.charStart()
          && o.charEnd() >= m.charEnd()
          && (o.charEnd() - o.charStart()) > (m.charEnd() - m.charStart())) {
        return true;
      }
      if (o.charStart() > m.charEnd()) {
        break;
      }
    }
    return false;
  }
}
