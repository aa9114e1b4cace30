package io.newsgraph.cooccur;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class DayActorTotalsTest {

  private static void article(
      DayActorTotals day, ArticlePairs p, boolean undated, Object... mentions) {
    p.clear();
    for (int i = 0; i < mentions.length; i += 3) {
      p.add((String) mentions[i], (Integer) mentions[i + 1], (Double) mentions[i + 2]);
    }
    day.add(p, undated);
  }

  private static Map<String, DayActorTotals.ActorTotal> totals(DayActorTotals day) {
    Map<String, DayActorTotals.ActorTotal> out = new TreeMap<>();
    day.forEachActor(out::put);
    return out;
  }

  @Test
  void countsAnActorOncePerArticleAndASentenceOncePerActor() {
    DayActorTotals day = new DayActorTotals();
    ArticlePairs p = new ArticlePairs();
    // ISR twice in sentence 0 (tone 0.5), once in sentence 2 (-0.25); IRN in sentence 0
    article(day, p, false, "ISR", 0, 0.5, "ISR", 0, 0.5, "IRN", 0, 0.5, "ISR", 2, -0.25);
    // an undated article: ISR in sentence 1 (tone 0.0, neither positive nor negative)
    article(day, p, true, "ISR", 1, 0.0);
    Map<String, DayActorTotals.ActorTotal> t = totals(day);
    assertEquals(2, t.size());

    DayActorTotals.ActorTotal isr = t.get("ISR");
    assertEquals(2, isr.articles());
    assertEquals(1, isr.undatedArticles());
    assertEquals(4, isr.mentions());
    // sentences 0 and 2 of the first article, sentence 1 of the second
    assertEquals(3, isr.sentences());
    assertEquals(0.25, isr.toneSum(), 1e-15);
    // mean 0.25 / 3; deviations: 0.5 - m, -0.25 - m, 0 - m
    double m = 0.25 / 3;
    double var = ((0.5 - m) * (0.5 - m) + (-0.25 - m) * (-0.25 - m) + m * m) / 3;
    assertEquals(m, isr.toneMean(), 1e-15);
    assertEquals(Math.sqrt(var), isr.toneStd(), 1e-15);
    assertEquals(1, isr.positiveSentences());
    assertEquals(1, isr.negativeSentences());

    DayActorTotals.ActorTotal irn = t.get("IRN");
    assertEquals(1, irn.articles());
    assertEquals(0, irn.undatedArticles());
    assertEquals(1, irn.mentions());
    assertEquals(1, irn.sentences());
    assertEquals(0.0, irn.toneStd());

    day.clear();
    assertEquals(0, day.actorCount());
  }

  @Test
  void equalTonesHaveNoDeviationAtAll() {
    DayActorTotals day = new DayActorTotals();
    ArticlePairs p = new ArticlePairs();
    // 0.1 is not exact in binary: a sum of squares would leave a residue here
    for (int i = 0; i < 7; i++) {
      article(day, p, false, "UN", i, 0.1);
    }
    assertEquals(0.0, totals(day).get("UN").toneStd());
  }

  @Test
  void mergingTwoDisjointSetsEqualsAddingThemTogether() {
    ArticlePairs p = new ArticlePairs();
    DayActorTotals both = new DayActorTotals();
    DayActorTotals first = new DayActorTotals();
    DayActorTotals second = new DayActorTotals();
    Object[][] articles = {
      {"EU", 0, 0.9, "EU", 1, -0.4},
      {"EU", 0, 0.05, "EU", 0, 0.05},
      {"EU", 3, -0.05},
      {"EU", 0, 0.7, "EU", 1, 0.2, "EU", 2, -0.8}
    };
    for (int i = 0; i < articles.length; i++) {
      article(both, p, i == 2, articles[i]);
      article(i < 2 ? first : second, p, i == 2, articles[i]);
    }
    DayActorTotals.ActorTotal merged = totals(first).get("EU");
    merged.merge(totals(second).get("EU"));
    DayActorTotals.ActorTotal all = totals(both).get("EU");
    assertEquals(all.articles(), merged.articles());
    assertEquals(4, merged.articles());
    assertEquals(1, merged.undatedArticles());
    assertEquals(8, merged.mentions());
    assertEquals(7, merged.sentences());
    // 0.05 counts as positive and -0.05 as negative (README: >= 0.05, <= -0.05)
    assertEquals(4, merged.positiveSentences());
    assertEquals(3, merged.negativeSentences());
    double[] tones = {0.9, -0.4, 0.05, -0.05, 0.7, 0.2, -0.8};
    double sum = 0;
    for (double x : tones) {
      sum += x;
    }
    double mean = sum / tones.length;
    double dev = 0;
    for (double x : tones) {
      dev += (x - mean) * (x - mean);
    }
    assertEquals(sum, merged.toneSum(), 1e-15);
    assertEquals(mean, merged.toneMean(), 1e-15);
    assertEquals(Math.sqrt(dev / tones.length), merged.toneStd(), 1e-15);
    assertEquals(all.toneStd(), merged.toneStd(), 1e-15);
  }
}
