package io.newsgraph.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpanScoresTest {

  @Test
  void exactSpanAndType() {
    SpanScores s = new SpanScores();
    List<SpanScores.Span> gold =
        List.of(
            new SpanScores.Span(0, 5, EntityType.PER),
            new SpanScores.Span(10, 15, EntityType.ORG),
            new SpanScores.Span(20, 25, EntityType.LOC),
            new SpanScores.Span(30, 35, EntityType.MISC));
    // right; wrong type; wrong end; extra
    List<SpanScores.Span> predicted =
        List.of(
            new SpanScores.Span(0, 5, EntityType.PER),
            new SpanScores.Span(10, 15, EntityType.LOC),
            new SpanScores.Span(20, 24, EntityType.LOC),
            new SpanScores.Span(40, 45, EntityType.ORG));
    s.add(gold, predicted);
    // by hand: PER tp 1 of 1 predicted, 1 gold; ORG 0 of 1, 1 gold; LOC 0 of 2, 1 gold
    assertEquals(1.0, s.precision(EntityType.PER));
    assertEquals(0.0, s.recall(EntityType.ORG));
    assertEquals(0.0, s.f1(EntityType.LOC));
    assertEquals(2, s.predicted(EntityType.LOC));
    // PER+ORG+LOC: tp 1, predicted 4, gold 3 -> P 1/4, R 1/3, F1 2/7 (MISC apart)
    assertEquals(0.25, s.precision(), 1e-12);
    assertEquals(1.0 / 3, s.recall(), 1e-12);
    assertEquals(2.0 / 7, s.f1(), 1e-12);
    assertEquals(1, s.gold(EntityType.MISC));
  }
}
