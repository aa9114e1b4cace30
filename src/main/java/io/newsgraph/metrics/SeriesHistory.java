package io.newsgraph.metrics;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Which days count as a series' history for the spike score: the days of the trailing {@link
 * SpikeRule#WINDOW} on which the warehouse has dated articles at all, from the day the series (an
 * actor) is first named in the warehouse. A day without any dated article is missing data, not a
 * day on which nobody wrote about the actor (a warehouse of 1987 wires and 2023 headlines has no
 * zero days in between), and the days before an actor is first named are not zeros of its series
 * (otherwise its first busy day is always a spike).
 *
 * <p>Days are epoch days (Spark's unix_date). Serializable: the Spark stage ships one instance to
 * its tasks.
 */
public final class SeriesHistory implements Serializable {

  private static final long serialVersionUID = 1L;

  private final int[] dataDays;

  /**
   * @param dataDays the days with at least one dated article, any order, repeats allowed
   */
  public SeriesHistory(int[] dataDays) {
    this.dataDays = Arrays.stream(dataDays).sorted().distinct().toArray();
  }

  /**
   * Days of history of a series first named on {@code firstDay}, for the score of {@code day}: the
   * data days in [max(day - WINDOW, firstDay), day - 1]. The caller's data days must cover that
   * range.
   */
  public int historyDays(int day, int firstDay) {
    int from = Math.max(day - SpikeRule.WINDOW, firstDay);
    if (from >= day) {
      return 0;
    }
    return insertionPoint(day) - insertionPoint(from);
  }

  /** Data days before {@code day}. */
  private int insertionPoint(int day) {
    int i = Arrays.binarySearch(dataDays, day);
    return i >= 0 ? i : -i - 1;
  }
}
