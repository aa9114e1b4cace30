package io.newsgraph.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.newsgraph.text.DocTokens;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import org.junit.jupiter.api.Test;

/** Word classes on sentences written for this test. */
class WordClustersTest {

  static long word(String w) {
    char[] c = w.toCharArray();
    return DocFeatures.lowerHash(c, 0, c.length);
  }

  static WordClusters learn(long seed) {
    WordClusters.Learner learner = new WordClusters.Learner();
    DocTokens tokens = new DocTokens();
    // "Kerema" and "Vostra" are only ever written where the other is; so are "rice" and "tea";
    // "Onyx" is seen fewer than MIN_COUNT times
    String[] towns = {"Kerema", "Vostra"};
    String[] goods = {"rice", "tea"};
    for (int i = 0; i < 6; i++) {
      for (String t : towns) {
        learner.add(LabelledDoc.fill("Rebels entered " + t + " at dawn.", tokens));
      }
      for (String g : goods) {
        learner.add(LabelledDoc.fill("Traders sold cheap " + g + " on Monday.", tokens));
      }
    }
    learner.add(LabelledDoc.fill("Rebels entered Onyx at dawn.", tokens));
    return learner.learn(8, 2, seed);
  }

  @Test
  void wordsWrittenInTheSameCompanyShareAClass() {
    WordClusters c = learn(7);
    int kerema = c.of(word("kerema"));
    assertNotEquals(0, kerema);
    assertEquals(kerema, c.of(word("vostra")));
    assertEquals(c.of(word("rice")), c.of(word("tea")));
    // fine class in the high half, coarse in the low, both from 1
    assertNotEquals(0, kerema >>> 16);
    assertNotEquals(0, kerema & 0xffff);
  }

  @Test
  void rareAndUnseenWordsHaveNoClass() {
    WordClusters c = learn(7);
    assertEquals(0, c.of(word("onyx")));
    assertEquals(0, c.of(word("zanzibar")));
    assertEquals(0, WordClusters.NONE.of(word("kerema")));
  }

  @Test
  void sameSeedSameClassesAndTheyRoundTrip() throws Exception {
    WordClusters a = learn(3);
    WordClusters b = learn(3);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    a.write(new DataOutputStream(out));
    WordClusters read =
        WordClusters.read(new DataInputStream(new ByteArrayInputStream(out.toByteArray())));
    for (String w : new String[] {"rebels", "entered", "kerema", "rice", "monday", "at"}) {
      assertEquals(a.of(word(w)), b.of(word(w)), w);
      assertEquals(a.of(word(w)), read.of(word(w)), w);
    }
    assertEquals(a.size(), read.size());
  }
}
