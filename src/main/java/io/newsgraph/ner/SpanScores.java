package io.newsgraph.ner;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Precision, recall and F1 of predicted names against gold names, exact span and type, by type and
 * over PER, ORG and LOC together (MISC is counted apart: it is not an actor type). Mutable: add
 * documents, then read.
 */
public final class SpanScores {

  /** A name as scored: chars {@code [start, end)} and a type. */
  public record Span(int start, int end, EntityType type) {}

  private final Map<EntityType, int[]> counts = new EnumMap<>(EntityType.class);

  public SpanScores() {
    for (EntityType t : EntityType.values()) {
      counts.put(t, new int[3]); // true positives, predicted, gold
    }
  }

  public void add(List<Span> gold, List<Span> predicted) {
    Set<Span> g = new HashSet<>(gold);
    for (Span p : predicted) {
      int[] c = counts.get(p.type());
      c[1]++;
      if (g.contains(p)) {
        c[0]++;
      }
    }
    for (Span s : gold) {
      counts.get(s.type())[2]++;
    }
  }

  public int truePositives(EntityType t) {
    return counts.get(t)[0];
  }

  public int predicted(EntityType t) {
    return counts.get(t)[1];
  }

  public int gold(EntityType t) {
    return counts.get(t)[2];
  }

  public double precision(EntityType t) {
    return ratio(counts.get(t)[0], counts.get(t)[1]);
  }

  public double recall(EntityType t) {
    return ratio(counts.get(t)[0], counts.get(t)[2]);
  }

  public double f1(EntityType t) {
    return f1(counts.get(t)[0], counts.get(t)[1], counts.get(t)[2]);
  }

  /** Over PER, ORG and LOC together (micro-averaged). */
  public double precision() {
    int[] c = actorTotals();
    return ratio(c[0], c[1]);
  }

  public double recall() {
    int[] c = actorTotals();
    return ratio(c[0], c[2]);
  }

  public double f1() {
    int[] c = actorTotals();
    return f1(c[0], c[1], c[2]);
  }

  private int[] actorTotals() {
    int[] sum = new int[3];
    for (EntityType t : List.of(EntityType.PER, EntityType.ORG, EntityType.LOC)) {
      for (int i = 0; i < 3; i++) {
        sum[i] += counts.get(t)[i];
      }
    }
    return sum;
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  private static double f1(int tp, int predicted, int gold) {
    return predicted + gold == 0 ? 0 : 2.0 * tp / (predicted + gold);
  }

  /** A table: one line per type, then PER+ORG+LOC. */
  public String report() {
    StringBuilder b =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "%-12s %9s %9s %9s %7s %7s%n",
                "type",
                "precision",
                "recall",
                "F1",
                "gold",
                "found"));
    for (EntityType t : EntityType.values()) {
      b.append(
          String.format(
              Locale.ROOT,
              "%-12s %9.4f %9.4f %9.4f %7d %7d%n",
              t,
              precision(t),
              recall(t),
              f1(t),
              gold(t),
              predicted(t)));
    }
    int[] c = actorTotals();
    b.append(
        String.format(
            Locale.ROOT,
            "%-12s %9.4f %9.4f %9.4f %7d %7d%n",
            "PER+ORG+LOC",
            precision(),
            recall(),
            f1(),
            c[2],
            c[1]));
    return b.toString();
  }
}
