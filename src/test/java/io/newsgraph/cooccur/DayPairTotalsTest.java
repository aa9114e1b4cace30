package io.newsgraph.cooccur;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class DayPairTotalsTest {

  private static void article(DayPairTotals day, ArticlePairs p, Object... mentions) {
    p.clear();
    for (int i = 0; i < mentions.length; i += 3) {
      p.add((String) mentions[i], (Integer) mentions[i + 1], (Double) mentions[i + 2]);
    }
    day.add(p);
  }

  private static Map<String, String> rows(DayPairTotals day) {
    Map<String, String> out = new TreeMap<>();
    day.forEachPair(
        (a, b, t, na, nb) ->
            out.put(
                a + "-" + b,
                "articles="
                    + t.articles()
                    + " sentences="
                    + t.sentences()
                    + " sentenceArticles="
                    + t.sentenceArticles()
                    + " toneSum="
                    + t.toneSum()
                    + " toneSq="
                    + t.toneSquares()
                    + (t.sentences() > 0 ? " min=" + t.toneMin() + " max=" + t.toneMax() : "")
                    + " pos="
                    + t.positiveSentences()
                    + " neg="
                    + t.negativeSentences()
                    + " na="
                    + na
                    + " nb="
                    + nb));
    return out;
  }

  @Test
  void sumsPairsOverTheDaysArticlesWithTheActorsArticleCounts() {
    DayPairTotals day = new DayPairTotals();
    ArticlePairs p = new ArticlePairs();
    // IRN and ISR share sentence 0 (tone 0.5) and sentence 2 (tone -0.25); hamas only in sentence 1
    article(
        day, p, "ISR", 0, 0.5, "IRN", 0, 0.5, "hamas", 1, 0.0, "ISR", 2, -0.25, "IRN", 2, -0.25);
    // IRN and ISR in different sentences
    article(day, p, "IRN", 0, 0.1, "ISR", 3, -0.9);
    // ISR alone: counts for its marginal only
    article(day, p, "ISR", 0, 0.3);
    assertEquals(3, day.pairCount());
    assertEquals(
        Map.of(
            "IRN-ISR",
                "articles=2 sentences=2 sentenceArticles=1 toneSum=0.25 toneSq=0.3125 min=-0.25 max=0.5 pos=1"
                    + " neg=1 na=2 nb=3",
            "IRN-hamas",
                "articles=1 sentences=0 sentenceArticles=0 toneSum=0.0 toneSq=0.0 pos=0 neg=0 na=2 nb=1",
            "ISR-hamas",
                "articles=1 sentences=0 sentenceArticles=0 toneSum=0.0 toneSq=0.0 pos=0 neg=0 na=3 nb=1"),
        rows(day));

    day.clear();
    assertEquals(0, day.pairCount());
    article(day, p, "USA", 0, 0.0, "x:Acme", 0, 0.0);
    assertEquals(List.of("USA-x:Acme"), List.copyOf(rows(day).keySet()));
  }
}
