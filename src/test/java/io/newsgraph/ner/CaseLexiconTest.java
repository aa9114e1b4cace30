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

  @Test
  void aWordThatOpensSentencesBeforeACommaIsASentenceAdverb() {
    String adverb =
        "Troops moved north. Furthermore, a post was hit. Furthermore, the army said more."
            + " Furthermore, two cells were struck. Furthermore, rockets fell. Furthermore, it rained.";
    // five openings, all before a comma, never capitalised inside a sentence: lower case
    assertEquals(CaseLexicon.LOWER, classOf(learn(adverb), "furthermore"));
    // four openings are not enough to tell
    assertEquals(
        CaseLexicon.UNKNOWN,
        classOf(learn(adverb.substring(0, adverb.lastIndexOf(" Furthermore"))), "furthermore"));
    // a name opens sentences too, but a verb follows it, and it is capitalised inside sentences
    String name =
        "Sharon said no. Sharon, the minister, left. Sharon met aides. Sharon spoke. Sharon flew.";
    assertEquals(CaseLexicon.UNKNOWN, classOf(learn(name), "sharon"));
    String nameBeforeCommas =
        "Sharon, 72, left. Sharon, again, spoke. Sharon, they said, flew. Sharon, too, met."
            + " Sharon, later, slept. Aides of Sharon met. They saw Sharon. Ask Sharon now.";
    assertEquals(CaseLexicon.CAPITALISED, classOf(learn(nameBeforeCommas), "sharon"));
  }
}
