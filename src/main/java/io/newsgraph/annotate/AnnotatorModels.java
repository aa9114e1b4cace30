package io.newsgraph.annotate;

import io.newsgraph.actors.ActorDictionary;
import io.newsgraph.actors.ActorMatcher;
import io.newsgraph.actors.AttributionDetector;
import io.newsgraph.ner.NerModel;
import io.newsgraph.sentiment.VaderScorer;
import java.io.StringReader;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The matcher, the name tagger's model and the VADER scorer, built once per JVM and shared by every
 * task of an executor: building them per task would repeat the lexicon and dictionary load
 * thousands of times. Keyed by the user dictionary's text, so two runs with different dictionaries
 * in one JVM (tests) never see each other's actors. The cached values are immutable.
 */
public final class AnnotatorModels {

  /** What one dictionary gives the annotator. */
  private record Built(ActorMatcher matcher, AttributionDetector attribution) {}

  private static final ConcurrentHashMap<String, Built> MATCHERS = new ConcurrentHashMap<>();
  private static final VaderScorer VADER = VaderScorer.loadDefault();
  private static final NerModel NAMES = NerModel.loadDefault();

  private AnnotatorModels() {}

  /**
   * @param userActorsCsv the text of the --actors file, or null for the default dictionary alone
   */
  public static ArticleAnnotator annotator(String userActorsCsv) {
    Built b = built(userActorsCsv);
    return new ArticleAnnotator(b.matcher(), NAMES, VADER, b.attribution());
  }

  /** The shipped name tagger model, loaded once per JVM. */
  public static NerModel names() {
    return NAMES;
  }

  public static ActorMatcher matcher(String userActorsCsv) {
    return built(userActorsCsv).matcher();
  }

  private static Built built(String userActorsCsv) {
    return MATCHERS.computeIfAbsent(
        userActorsCsv == null ? "" : userActorsCsv, AnnotatorModels::build);
  }

  public static ActorDictionary dictionary(String userActorsCsv) {
    ActorDictionary d = ActorDictionary.loadDefault();
    if (userActorsCsv != null && !userActorsCsv.isEmpty()) {
      d = d.merge(ActorDictionary.parse(new StringReader(userActorsCsv), "--actors"));
    }
    return d;
  }

  private static Built build(String csv) {
    ActorDictionary d = dictionary(csv.isEmpty() ? null : csv);
    return new Built(new ActorMatcher(d), AttributionDetector.of(d));
  }
}
