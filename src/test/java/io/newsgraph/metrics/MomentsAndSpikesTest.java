package io.newsgraph.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Mean, population sd, the spike score and which days are history, against figures worked by hand.
 */
class MomentsAndSpikesTest {

  /**
   * 1, 2, 3, 2, 2: n 5, sum 10, sum of squares 1 + 4 + 9 + 4 + 4 = 22; mean 2, variance 22/5 - 4 =
   * 0.4.
   */
  @Test
  void meanAndPopulationVariance() {
    Moments m = Moments.of(1, 2, 3, 2, 2);
    assertEquals(new Moments(5, 10, 22), m);
    assertEquals(2.0, m.mean(), 1e-12);
    assertEquals(0.4, m.variance(), 1e-12);
    assertEquals(Math.sqrt(0.4), m.std(), 1e-12);
    assertTrue(Double.isNaN(Moments.EMPTY.mean()));
  }

  /**
   * History 0, 10, 0, 10: mean 5, variance (0 + 100 + 0 + 100) / 4 - 25 = 25, sd 5; a day of 20
   * scores (20 - 5) / 5 = 3, a spike; a day of 19 scores 2.8, not one.
   */
  @Test
  void zScoreAgainstTheHistory() {
    Moments h = Moments.of(0, 10, 0, 10);
    assertEquals(3.0, SpikeRule.zScore(20, h), 1e-12);
    assertTrue(SpikeRule.spike(20, SpikeRule.zScore(20, h)));
    assertEquals(2.8, SpikeRule.zScore(19, h), 1e-12);
    assertFalse(SpikeRule.spike(19, SpikeRule.zScore(19, h)));
  }

  /**
   * The sd is floored at 1: history 1, 2, 3, 2, 2 has sd 0.632, so a day of 8 scores (8 - 2) / 1 =
   * 6, not 9.49. A day of 4 articles after a history of zeros scores 4 but is no spike (under 5
   * articles).
   */
  @Test
  void flooredSdAndMinimumArticles() {
    assertEquals(6.0, SpikeRule.zScore(8, Moments.of(1, 2, 3, 2, 2)), 1e-12);
    double z = SpikeRule.zScore(4, Moments.of(0, 0, 0));
    assertEquals(4.0, z, 1e-12);
    assertFalse(SpikeRule.spike(4, z));
  }

  /** Under 3 days of history there is no score, and so no spike, however big the day. */
  @Test
  void noScoreWithoutHistory() {
    assertTrue(Double.isNaN(SpikeRule.zScore(500, Moments.of(0, 0))));
    assertTrue(Double.isNaN(SpikeRule.zScore(500, Moments.EMPTY)));
    assertFalse(SpikeRule.spike(500, SpikeRule.zScore(500, Moments.EMPTY)));
  }

  /**
   * Data on days 0-9, nothing on 10-99, data again on 100-105. A series first named on day 102 has,
   * on day 104, the history 102 and 103 (2 days); on its first day none. On day 105 a series named
   * since day 0 has the data days of [77, 104], i.e. 100-104 (5 days), not 28: the gap is missing
   * data, not zeros. On day 9, days 0-8 (9).
   */
  @Test
  void historyStartsWithTheSeriesAndSkipsDaysWithoutData() {
    int[] days = new int[16];
    for (int i = 0; i < 10; i++) {
      days[i] = i;
    }
    for (int i = 0; i < 6; i++) {
      days[10 + i] = 100 + i;
    }
    SeriesHistory h = new SeriesHistory(days);
    assertEquals(2, h.historyDays(104, 102));
    assertEquals(0, h.historyDays(102, 102));
    assertEquals(5, h.historyDays(105, 0));
    assertEquals(0, h.historyDays(100, 0));
    assertEquals(9, h.historyDays(9, 0));
    // a long run of data: capped by the window
    int[] all = new int[60];
    for (int i = 0; i < 60; i++) {
      all[i] = i;
    }
    assertEquals(SpikeRule.WINDOW, new SeriesHistory(all).historyDays(59, 0));
  }

  /**
   * Moments of disjoint parts merged in any order equal those of the whole (to rounding of the
   * double sums).
   */
  @Test
  void mergingPartialMomentsInAnyOrderGivesTheSameFigures() {
    Random random = new Random(7);
    List<Moments> parts = new ArrayList<>();
    Moments whole = Moments.EMPTY;
    for (int p = 0; p < 30; p++) {
      Moments part = Moments.EMPTY;
      for (int i = 0, n = random.nextInt(20); i < n; i++) {
        double v = random.nextInt(40);
        part = part.add(v);
        whole = whole.add(v);
      }
      parts.add(part);
    }
    for (int round = 0; round < 20; round++) {
      Collections.shuffle(parts, random);
      Moments merged = parts.stream().reduce(Moments.EMPTY, Moments::merge);
      assertEquals(whole.count(), merged.count());
      // whole numbers: the sums are exact in any order
      assertEquals(whole, merged);
      assertEquals(SpikeRule.zScore(60, whole), SpikeRule.zScore(60, merged), 0.0);
    }
  }
}
