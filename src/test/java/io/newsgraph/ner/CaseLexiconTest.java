package io.newsgraph.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsgraph.text.DocTokens;
import org.junit.jupiter.api.Test;

class CaseLexiconTest {

  private static CaseLexicon learn(String... docs) {
    CaseLexicon.Counter counter = new CaseLexicon.Counter();
    DocTokens tokens = new DocTokens();
    for (String d : docs) {
      counter.add(LabelledDoc.fill(d, tokens));
    }
    return counter.lexicon();
  }

  private static int classOf(CaseLexicon lex, String word) {
    return lex.classOf(FeatureHash.lower(word));
  }

  @Test
  void wordsAreClassedByHowTheyAreWrittenInsideSentences() {
    CaseLexicon lex =
        learn(
            "The war went on. A new war began. They spoke of war.",
            "Officials told Reuters on Monday. Reuters said so. He called Reuters again. We asked Reuters.",
            "The Bank said. A bank said. Another bank lent. The Bank lent.",
            "Only one mention of Kerema here.");
    assertEquals(CaseLexicon.LOWER, classOf(lex, "war"));
    assertEquals(CaseLexicon.CAPITALISED, classOf(lex, "reuters"));
    assertEquals(CaseLexicon.MIXED, classOf(lex, "bank"));
    assertEquals(CaseLexicon.UNKNOWN, classOf(lex, "kerema"));
  }
}
