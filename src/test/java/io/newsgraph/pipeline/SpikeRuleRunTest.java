package io.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newsgraph.testing.Duck;
import io.newsgraph.testing.JobRunner;
import io.newsgraph.testing.SparkTestSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The spike rule on a corpus written here (README, "Reading the numbers"): a run-date pile-up of
 * undated articles, an actor's first busy day, and a gap of weeks without any data. Expected values
 * are worked by hand in each test.
 *
 * <p>The corpus: Israel in 3 dated articles a day from 2024-01-01 to 01-19 and 2 on 01-20 (so every
 * day from 01-01 to 01-20 has data); Egypt in 6 articles a day on 2023-11-01..03, then nothing in
 * the warehouse until 2024-01-01, when Egypt is in 10; Hezbollah first named on 01-15 (8 articles),
 * then 1 on 01-16 and 8 on 01-19; Lebanon in 1 dated article a day from 01-10 to 01-19 and in 40
 * undated ones, which the run (date 01-20) files under 01-20.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SpikeRuleRunTest {

  private static final LocalDate RUN = LocalDate.of(2024, 1, 20);

  /** Words for filler sentences, so that no two articles are near-duplicates of each other. */
  private static final String[] WORDS =
      ("harbour council winter grain ministry river bridge market talks envoy "
              + "budget convoy election railway hospital drought harvest shipping court parliament airport pipeline school "
              + "factory summit ceasefire reporters protest tariff border currency vaccine storm refinery treaty garrison "
              + "museum festival satellite fishery highway mayor union strike auction orchard villa copper cotton quarry "
              + "lantern ferry canal tunnel archive embassy charity bakery library stadium")
          .split(" ");

  @TempDir static Path tmp;

  private SparkSession spark;
  private Duck duck;
  private final Random random = new Random(2024);
  private int serial;

  @BeforeAll
  void runOnce() throws Exception {
    List<String> lines = new ArrayList<>();
    for (int d = 1; d <= 20; d++) {
      for (int i = 0; i < (d == 20 ? 2 : 3); i++) {
        lines.add(article("2024-01-%02d".formatted(d), "Israel"));
      }
    }
    for (int d = 1; d <= 3; d++) {
      for (int i = 0; i < 6; i++) {
        lines.add(article("2023-11-%02d".formatted(d), "Egypt"));
      }
    }
    for (int i = 0; i < 10; i++) {
      lines.add(article("2024-01-01", "Egypt"));
    }
    for (int i = 0; i < 8; i++) {
      lines.add(article("2024-01-15", "Hezbollah"));
      lines.add(article("2024-01-19", "Hezbollah"));
    }
    lines.add(article("2024-01-16", "Hezbollah"));
    for (int d = 10; d <= 19; d++) {
      lines.add(article("2024-01-%02d".formatted(d), "Lebanon"));
    }
    for (int i = 0; i < 40; i++) {
      lines.add(article(null, "Lebanon"));
    }
    Path input = tmp.resolve("spikes.jsonl");
    Files.write(input, lines);
    // a late article: Hezbollah named on 2023-12-01, six weeks before what the first run takes as
    // its first day
    Files.createDirectories(tmp.resolve("late"));
    Files.write(tmp.resolve("late/late.jsonl"), List.of(article("2023-12-01", "Hezbollah")));
    spark = SparkTestSession.start();
    JobRunner.run(spark, tmp.resolve("wh"), RUN, input);
    duck = new Duck(tmp.resolve("wh"));
  }

  @AfterAll
  void stop() throws Exception {
    duck.close();
    spark.stop();
  }

  /**
   * An article naming one actor, with filler of random words; no published date when {@code date}
   * is null.
   */
  private String article(String date, String actor) {
    StringBuilder text =
        new StringBuilder("Officials in " + actor + " spoke on item " + (++serial) + ".");
    for (int s = 0; s < 3; s++) {
      text.append(' ').append(Character.toUpperCase(WORDS[random.nextInt(WORDS.length)].charAt(0)));
      text.append(WORDS[random.nextInt(WORDS.length)].substring(1));
      for (int w = 0; w < 9; w++) {
        text.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
      }
      text.append('.');
    }
    String title =
        actor
            + " "
            + WORDS[random.nextInt(WORDS.length)]
            + " "
            + WORDS[random.nextInt(WORDS.length)]
            + " report "
            + serial;
    return "{\"id\":\"spk-"
        + serial
        + "\",\"source\":\"fixture\","
        + (date == null ? "" : "\"published\":\"" + date + "\",")
        + "\"title\":\""
        + title
        + "\",\"text\":\""
        + text
        + "\"}";
  }

  private List<Object> day(String actor, String date) throws Exception {
    List<List<Object>> rows =
        duck.rows(
            "SELECT articles, articles_undated, zscore_articles, spike, history_days FROM "
                + duck.table("actor_daily")
                + " WHERE actor_id = '"
                + actor
                + "' AND date = DATE '"
                + date
                + "'");
    assertEquals(1, rows.size(), actor + " " + date);
    return rows.get(0);
  }

  /**
   * 40 undated Lebanon articles on the run date stay in `articles` but not in the score: dated = 40
   * - 40 = 0 against the history 01-10..01-19 (1 a day, the 28-day window from 01-01 before that,
   * Lebanon's first day being 01-10): 10 days, mean 1, sd 0 floored to 1, z = (0 - 1) / 1 = -1, no
   * spike. Counted as dated, z would be 39.
   */
  @Test
  void aRunDatePileUpOfUndatedArticlesIsNoSpike() throws Exception {
    List<Object> r = day("LBN", "2024-01-20");
    assertEquals(40L, ((Number) r.get(0)).longValue());
    assertEquals(40L, ((Number) r.get(1)).longValue());
    assertEquals(-1.0, ((Number) r.get(2)).doubleValue(), 1e-12);
    assertEquals(false, r.get(3));
    assertEquals(10, ((Number) r.get(4)).intValue());
  }

  /**
   * Hezbollah is first named on 01-15 with 8 articles: no history, no score, no spike (with the
   * days before it as zeros it would score 8). On 01-19 its history is 01-15..01-18 = 8, 1, 0, 0: 4
   * days, sum 9, sum of squares 65, mean 2.25, variance 65/4 - 2.25² = 11.1875, z = (8 - 2.25) /
   * sqrt(11.1875) = 1.71911...
   */
  @Test
  void aSeriesFirstDayIsNoSpike() throws Exception {
    List<Object> first = day("hezbollah", "2024-01-15");
    assertEquals(8L, ((Number) first.get(0)).longValue());
    assertNull(first.get(2));
    assertEquals(false, first.get(3));
    assertEquals(0, ((Number) first.get(4)).intValue());
    List<Object> later = day("hezbollah", "2024-01-19");
    assertEquals(4, ((Number) later.get(4)).intValue());
    assertEquals(5.75 / Math.sqrt(11.1875), ((Number) later.get(2)).doubleValue(), 1e-12);
    assertFalse((Boolean) later.get(3));
  }

  /**
   * Egypt on 2024-01-01, after 6 articles a day on 2023-11-01..03 and no data at all in the
   * warehouse since: the window 12-04..12-31 has no day with data, so no history (not 28 zero days,
   * which would make 10 articles a spike of z = 10).
   */
  @Test
  void daysWithoutAnyDataAreNotZeros() throws Exception {
    List<Object> r = day("EGY", "2024-01-01");
    assertEquals(10L, ((Number) r.get(0)).longValue());
    assertEquals(0, ((Number) r.get(4)).intValue());
    assertNull(r.get(2));
    assertEquals(false, r.get(3));
    // on 2023-11-03 the history is 11-01 and 11-02: 2 days, under the minimum of 3
    assertNull(day("EGY", "2023-11-03").get(2));
    assertEquals(2, ((Number) day("EGY", "2023-11-03").get(4)).intValue());
  }

  /**
   * Israel from 01-01, 3 a day: on 01-04 three days of history (3, 3, 3), sd 0 floored at 1, z = 0.
   */
  @Test
  void aSteadySeriesScoresZero() throws Exception {
    List<Object> r = day("ISR", "2024-01-04");
    assertEquals(3, ((Number) r.get(4)).intValue());
    assertEquals(0.0, ((Number) r.get(2)).doubleValue(), 1e-12);
  }

  /**
   * The late article moves Hezbollah's first day from 01-15 to 2023-12-01: a run that brings it
   * recomputes the dates whose history started on 01-15 (not only the 28 days after 2023-12-01), so
   * the warehouse equals one run over both files. On 01-15 Hezbollah now has the 14 data days
   * 01-01..01-14 of history, all zeros: z = (8 - 0) / 1 = 8.
   */
  @Test
  void aLateArticleThatMovesAnActorsFirstDayEqualsOneRunOverAll() throws Exception {
    Path nightly = tmp.resolve("wh-nightly");
    JobRunner.run(spark, nightly, RUN, tmp.resolve("spikes.jsonl"));
    JobRunner.run(spark, nightly, RUN, tmp.resolve("late"));
    Path once = tmp.resolve("wh-once");
    JobRunner.run(spark, once, RUN, tmp.resolve("spikes.jsonl"), tmp.resolve("late"));
    String query =
        "SELECT actor_id, CAST(date AS VARCHAR), articles, articles_undated, zscore_articles, spike, "
            + "history_days FROM %s ORDER BY actor_id, date";
    try (Duck a = new Duck(nightly);
        Duck b = new Duck(once)) {
      List<List<Object>> rows = a.rows(query.formatted(a.table("actor_daily")));
      assertEquals(b.rows(query.formatted(b.table("actor_daily"))), rows);
      List<Object> first =
          rows.stream()
              .filter(r -> r.get(0).equals("hezbollah") && r.get(1).equals("2024-01-15"))
              .findFirst()
              .orElseThrow();
      assertEquals(14, ((Number) first.get(6)).intValue());
      assertEquals(8.0, ((Number) first.get(4)).doubleValue(), 1e-12);
    }
  }
}
