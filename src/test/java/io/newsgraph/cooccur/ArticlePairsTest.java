package io.newsgraph.cooccur;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ArticlePairsTest {

  /**
   * What a pair row holds; tone sums compared exactly, since both sides add the same values in
   * sentence order.
   */
  record Pair(
      String a,
      String b,
      int shared,
      double toneSum,
      double toneSquares,
      double min,
      double max,
      int positive,
      int negative) {}

  record Mention(String actor, int sentence, double tone) {}

  static List<Pair> pairs(ArticlePairs p) {
    List<Pair> out = new ArrayList<>();
    while (p.next()) {
      boolean any = p.sharedSentences() > 0;
      out.add(
          new Pair(
              p.actorA(),
              p.actorB(),
              p.sharedSentences(),
              p.toneSum(),
              p.toneSquares(),
              any ? p.toneMin() : Double.NaN,
              any ? p.toneMax() : Double.NaN,
              p.positiveSentences(),
              p.negativeSentences()));
    }
    assertFalse(p.next(), "stays at the end");
    return out;
  }

  static List<Pair> pairsOf(ArticlePairs p, List<Mention> mentions) {
    p.clear();
    for (Mention m : mentions) {
      p.add(m.actor(), m.sentence(), m.tone());
    }
    return pairs(p);
  }

  /**
   * The definition, spelled out with sets: every pair of distinct actors, the sentences naming
   * both.
   */
  static List<Pair> expected(List<Mention> mentions) {
    Map<String, TreeSet<Integer>> sentences = new TreeMap<>(Utf8Order.COMPARATOR);
    Map<Integer, Double> tone = new HashMap<>();
    for (Mention m : mentions) {
      sentences.computeIfAbsent(m.actor(), k -> new TreeSet<>()).add(m.sentence());
      tone.putIfAbsent(m.sentence(), m.tone());
    }
    List<String> ids = new ArrayList<>(sentences.keySet());
    List<Pair> out = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      for (int j = i + 1; j < ids.size(); j++) {
        TreeSet<Integer> both = new TreeSet<>(sentences.get(ids.get(i)));
        both.retainAll(sentences.get(ids.get(j)));
        double sum = 0;
        double squares = 0;
        int pos = 0;
        int neg = 0;
        for (int s : both) {
          double t = tone.get(s);
          sum += t;
          squares += t * t;
          pos += t >= 0.05 ? 1 : 0;
          neg += t <= -0.05 ? 1 : 0;
        }
        double min = both.stream().mapToDouble(tone::get).min().orElse(Double.NaN);
        double max = both.stream().mapToDouble(tone::get).max().orElse(Double.NaN);
        out.add(new Pair(ids.get(i), ids.get(j), both.size(), sum, squares, min, max, pos, neg));
      }
    }
    return out;
  }

  @Test
  void sharedSentencesToneAndCounts() {
    List<Pair> got =
        pairsOf(
            new ArticlePairs(),
            List.of(
                new Mention("ISR", 0, 0.5),
                new Mention("IRN", 0, 0.5),
                new Mention("IRN", 0, 0.5),
                new Mention("USA", 1, -0.3),
                new Mention("IRN", 1, -0.3),
                new Mention("ISR", 2, 0.0),
                new Mention("USA", 2, 0.0),
                new Mention("ISR", 3, 0.04),
                new Mention("USA", 3, 0.04)));
    assertEquals(
        List.of(
            new Pair("IRN", "ISR", 1, 0.5, 0.25, 0.5, 0.5, 1, 0),
            new Pair("IRN", "USA", 1, -0.3, -0.3 * -0.3, -0.3, -0.3, 0, 1),
            new Pair("ISR", "USA", 2, 0.0 + 0.04, 0.04 * 0.04, 0.0, 0.04, 0, 0)),
        got);
  }

  @Test
  void actorsInDifferentSentencesArePairedWithNoSharedSentence() {
    assertEquals(
        List.of(new Pair("EGY", "QAT", 0, 0, 0, Double.NaN, Double.NaN, 0, 0)),
        pairsOf(
            new ArticlePairs(), List.of(new Mention("QAT", 4, 0.9), new Mention("EGY", 7, -0.9))));
  }

  @Test
  void distinctActorsInOrder() {
    ArticlePairs p = new ArticlePairs();
    for (String id : List.of("USA", "IRN", "USA", "x:\uD83D\uDE00", "x:\uFFFD", "IRN")) {
      p.add(id, 0, 0);
    }
    assertEquals(4, p.actors());
    assertEquals(
        List.of("IRN", "USA", "x:\uFFFD", "x:\uD83D\uDE00"),
        List.of(p.actor(0), p.actor(1), p.actor(2), p.actor(3)));
    assertEquals(6, pairs(p).size(), "pairs still readable after the actors");
    assertThrows(IndexOutOfBoundsException.class, () -> p.actor(4));
  }

  @Test
  void oneActorOrNoneHasNoPairs() {
    ArticlePairs p = new ArticlePairs();
    assertEquals(List.of(), pairsOf(p, List.of()));
    assertEquals(
        List.of(), pairsOf(p, List.of(new Mention("UKR", 0, 0.1), new Mention("UKR", 3, 0.2))));
  }

  @Test
  void ordersActorsAsSparkDoesByUtf8Bytes() {
    String emoji = "x:\uD83D\uDE00"; // U+1F600: after U+FFFD in UTF-8, before it in UTF-16
    String replacement = "x:\uFFFD";
    assertTrue(emoji.compareTo(replacement) < 0);
    List<Pair> got =
        pairsOf(
            new ArticlePairs(), List.of(new Mention(emoji, 0, 0), new Mention(replacement, 0, 0)));
    assertEquals(replacement, got.get(0).a());
    assertEquals(emoji, got.get(0).b());
  }

  @Test
  void rejectsNegativeSentenceAndAddAfterNext() {
    ArticlePairs p = new ArticlePairs();
    assertThrows(IllegalArgumentException.class, () -> p.add("IRN", -1, 0));
    p.add("IRN", 0, 0);
    p.next();
    assertThrows(IllegalStateException.class, () -> p.add("ISR", 0, 0));
  }

  @Test
  void randomArticlesEqualTheDefinitionWithBuffersReused() {
    Random r = new Random(42);
    ArticlePairs p = new ArticlePairs();
    String[] pool = {
      "IRN",
      "ISR",
      "USA",
      "x:gaza",
      "x:Ünited",
      "x:\uD83D\uDE00",
      "x:\uFFFD",
      "PSE",
      "EGY",
      "QAT",
      "x:a",
      "x:ab",
      "HAMAS",
      "IDF",
      "UN"
    };
    for (int article = 0; article < 3000; article++) {
      int n = r.nextInt(article % 10 == 0 ? 400 : 25);
      int sentences = 1 + r.nextInt(30);
      double[] tone = new double[sentences];
      for (int s = 0; s < sentences; s++) {
        tone[s] = Math.round((r.nextDouble() * 2 - 1) * 10_000) / 10_000.0;
      }
      List<Mention> mentions = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int s = r.nextInt(sentences);
        // new String: the engine hands over equal ids as different objects
        mentions.add(new Mention(new String(pool[r.nextInt(pool.length)]), s, tone[s]));
      }
      if (article % 7 == 3) {
        // leave an article half-walked: the next one must not see its figures
        p.clear();
        mentions.forEach(m -> p.add(m.actor(), m.sentence(), m.tone()));
        p.next();
        continue;
      }
      assertEquals(expected(mentions), pairsOf(p, mentions), "article " + article);
    }
  }
}
