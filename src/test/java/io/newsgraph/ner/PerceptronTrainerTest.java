package io.newsgraph.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsgraph.actors.ActorDictionary;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Training on a small hand-labelled corpus written for this test. */
class PerceptronTrainerTest {

  static List<ConllCorpus.Doc> tiny() throws Exception {
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                PerceptronTrainerTest.class.getResourceAsStream("/io/newsgraph/ner/tiny.conll"),
                StandardCharsets.UTF_8))) {
      return ConllCorpus.read(r, "tiny.conll");
    }
  }

  static PerceptronTrainer.Result train(long seed, StringWriter log) throws Exception {
    ActorDictionary none =
        ActorDictionary.parse(
            new StringReader("actor_id,name,type,country,wikidata,aliases,demonyms,metonyms\n"),
            "none");
    List<ConllCorpus.Doc> docs = tiny();
    return new PerceptronTrainer(
            TaggerGazetteer.of(none), seed, 8, 0f, 0.3, 4, new PrintWriter(log))
        .train(docs, docs, List.of("Officials in Lisbon said the talks went on."), "tiny");
  }

  static byte[] bytes(NerModel m) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    m.write(out);
    return out.toByteArray();
  }

  @Test
  void learnsTheTrainingNamesAndPrintsEachEpoch() throws Exception {
    StringWriter log = new StringWriter();
    PerceptronTrainer.Result r = train(7, log);
    // 16 gold names in the file (5, 5 and 6 by document), all PER/ORG/LOC; a perceptron separates
    // this little set
    assertEquals(
        16,
        r.dev().gold(EntityType.PER) + r.dev().gold(EntityType.ORG) + r.dev().gold(EntityType.LOC));
    assertEquals(1.0, r.dev().f1(), 1e-9, log.toString());
    assertEquals(8, log.toString().lines().filter(l -> l.startsWith("epoch")).count());
  }

  @Test
  void sameSeedSameModelAndTheFileReadsBack() throws Exception {
    byte[] a = bytes(train(7, new StringWriter()).model());
    byte[] b = bytes(train(7, new StringWriter()).model());
    assertArrayEquals(a, b);
    NerModel back = NerModel.read(new ByteArrayInputStream(a));
    assertEquals(1.0, TaggerEvaluation.score(back, tiny()).f1(), 1e-9);
    assertArrayEquals(a, bytes(back));
  }
}
