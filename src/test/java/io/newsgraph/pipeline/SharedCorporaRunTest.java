package io.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.testing.Duck;
import io.newsgraph.testing.JobRunner;
import io.newsgraph.testing.SeedExpectations;
import io.newsgraph.testing.SharedCorporaWarehouse;
import io.newsgraph.testing.SparkTestSession;
import io.newsgraph.testing.TestPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The job on the real corpora of ../shared/corpora (skipped when the folder is absent). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SharedCorporaRunTest {

  @TempDir static Path tmp;

  private SparkSession spark;
  private Path corpora;
  private List<Path> jsonl;
  private Path all;
  private RunManifest allManifest;

  @BeforeAll
  void start() throws Exception {
    corpora = TestPaths.sharedCorpora().orElse(null);
    io.newsgraph.testing.Required.assume(corpora != null, "../shared/corpora is absent");
    spark = SparkTestSession.start();
    SharedCorporaWarehouse.Built built = SharedCorporaWarehouse.get(spark).orElseThrow();
    jsonl = built.inputs();
    all = built.warehouse();
    allManifest = built.manifest();
  }

  @AfterAll
  void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void theSeedAsTextAndAsJsonNamesEveryExpectedActor() throws Exception {
    Path wh = tmp.resolve("seed");
    RunManifest m =
        JobRunner.run(
            spark,
            wh,
            LocalDate.of(2024, 3, 9),
            corpora.resolve("seed.txt"),
            corpora.resolve("seed.jsonl"));
    // the same article twice: one counts, the other is its duplicate
    assertEquals(1, m.totals().articles());
    assertEquals(1, m.totals().duplicates());
    try (Duck duck = new Duck(wh)) {
      List<String> found =
          JobRunner.ids(duck.rows("SELECT DISTINCT actor_id FROM " + duck.table("mentions")));
      for (String id : SeedExpectations.ACTORS) {
        assertTrue(found.contains(id), id + " not found in " + found);
      }
      List<List<Object>> kinds =
          duck.rows("SELECT actor_id, match_kind, surface FROM " + duck.table("mentions"));
      assertTrue(kinds.contains(List.of("IRN", "demonym", "Iranian")));
      assertTrue(kinds.contains(List.of("IRN", "metonym", "Tehran")));
      assertTrue(kinds.contains(List.of("kamal-kharrazi", "coref", "Kharrazi")));
      for (List<String> pair : SeedExpectations.PAIRS) {
        assertEquals(
            1,
            duck.count(
                "SELECT count(*) FROM "
                    + duck.table("comentions_daily")
                    + " WHERE actor_a = '"
                    + pair.get(0)
                    + "' AND actor_b = '"
                    + pair.get(1)
                    + "'"),
            pair.toString());
      }
    }
    // and the text delivery alone finds the same actors as the JSON one
    Path whTxt = tmp.resolve("seed-txt");
    JobRunner.run(spark, whTxt, LocalDate.of(2024, 3, 9), corpora.resolve("seed.txt"));
    Path whJson = tmp.resolve("seed-json");
    JobRunner.run(spark, whJson, LocalDate.of(2024, 3, 9), corpora.resolve("seed.jsonl"));
    try (Duck a = new Duck(whTxt);
        Duck b = new Duck(whJson)) {
      String q = "SELECT actor_id, match_kind, count(*) FROM %s GROUP BY ALL ORDER BY ALL";
      assertEquals(
          a.rows(q.formatted(a.table("mentions"))), b.rows(q.formatted(b.table("mentions"))));
    }
  }

  @Test
  void everyLineOfEveryJsonlFileIsAnArticleADuplicateOrAReject() throws Exception {
    List<Path> files = jsonl;
    Path wh = all;
    RunManifest m = allManifest;
    long lines = 0;
    for (Path f : files) {
      long n = lines(f);
      lines += n;
      RunManifest.FileEntry e =
          m.inputs().stream()
              .filter(i -> i.path().endsWith("/" + f.getFileName()))
              .findFirst()
              .orElseThrow();
      assertEquals(n, e.counts().recordsIn() + e.counts().blankLines(), f.toString());
      assertTrue(e.counts().balanced(), e.toString());
    }
    assertEquals(lines, m.totals().recordsIn() + m.totals().blankLines());
    assertTrue(m.totals().balanced());
    try (Duck duck = new Duck(wh)) {
      assertEquals(
          m.totals().articles(), duck.count("SELECT count(*) FROM " + duck.table("article_tone")));
      assertEquals(
          m.totals().rejects(), duck.count("SELECT count(*) FROM " + duck.table("rejects")));
      assertEquals(
          m.totals().articles(),
          duck.count("SELECT count(*) FROM " + duck.table("articles") + " WHERE dup_of IS NULL"));
      // copies under another id are stored with dup_of; a repeated id with the same content is only
      // counted
      assertTrue(
          duck.count("SELECT count(*) FROM " + duck.table("articles") + " WHERE dup_of IS NOT NULL")
              <= m.totals().duplicates());
    }
  }

  /**
   * The spike flag on real series (README, "Reading the numbers"). The headline set starts on
   * 2023-10-03 with 1-2 headlines a day; the first wave of the Hamas attack falls on 2023-10-06
   * (the set's US dates): Israel and the Gaza Strip spike there on 3 days of history. Hamas is
   * first named that day, so its first busy days carry no score (an actor's history starts with
   * it). Reuters, 1987-06-02 (Paul Volcker hands the Federal Reserve to Alan Greenspan): the wire
   * has no article at all from 04-30 to 05-31, so the day has one day of history (06-01) and no
   * score: missing data, not 28 zero days. The run-date pile-up of undated IDF posts (2024-06-30)
   * is no spike. And the flag stays quiet on most days.
   */
  @Test
  void spikesFireWhereAReaderSeesOneAndStayQuietElsewhere() throws Exception {
    try (Duck duck = new Duck(all)) {
      String daily = duck.table("actor_daily");
      for (String actor : List.of("gaza-strip", "ISR")) {
        assertEquals(
            1,
            duck.count(
                "SELECT count(*) FROM "
                    + daily
                    + " WHERE actor_id = '"
                    + actor
                    + "' AND spike AND date = DATE '2023-10-06' AND history_days = 3"),
            actor);
      }
      assertEquals(
          List.of(List.of(0L, true), List.of(1L, true), List.of(2L, true)),
          duck.rows(
              "SELECT CAST(history_days AS BIGINT), zscore_articles IS NULL AND NOT spike FROM "
                  + daily
                  + " WHERE actor_id = 'hamas' AND date BETWEEN DATE '2023-10-06' AND DATE '2023-10-08' ORDER BY date"));
      for (String actor : List.of("hamas", "ISR")) {
        assertEquals(
            0,
            duck.count(
                "SELECT count(*) FROM "
                    + daily
                    + " WHERE actor_id = '"
                    + actor
                    + "' AND spike AND date BETWEEN DATE '2023-10-12' AND DATE '2023-11-30'"),
            actor);
        long days =
            duck.count(
                "SELECT count(*) FROM "
                    + daily
                    + " WHERE actor_id = '"
                    + actor
                    + "' AND date BETWEEN DATE '2023-10-01' AND DATE '2024-06-29'");
        long spikes =
            duck.count(
                "SELECT count(*) FROM "
                    + daily
                    + " WHERE actor_id = '"
                    + actor
                    + "' AND spike AND date BETWEEN DATE '2023-10-01' AND DATE '2024-06-29'");
        assertTrue(spikes * 10 < days, actor + ": " + spikes + " spikes in " + days + " days");
      }
      // Volcker (Fed chairman until 1987) is not in the general dictionary (Phoenix starts in the
      // 1990s): the
      // discoverer names him x:paul-volcker
      for (String actor : List.of("federal-reserve", "x:paul-volcker", "alan-greenspan")) {
        assertEquals(
            1,
            duck.count(
                "SELECT count(*) FROM "
                    + daily
                    + " WHERE actor_id = '"
                    + actor
                    + "' AND date = DATE '1987-06-02' AND history_days = 1 AND zscore_articles IS NULL AND NOT spike"),
            actor);
      }
      for (String actor : List.of("idf", "LBN", "hezbollah")) {
        assertEquals(
            1,
            duck.count(
                "SELECT count(*) FROM "
                    + daily
                    + " WHERE actor_id = '"
                    + actor
                    + "' AND date = DATE '2024-06-30' AND articles_undated >= 50 AND NOT spike"),
            actor);
      }
    }
  }

  private static long lines(Path f) throws IOException {
    try (Stream<String> s = Files.lines(f)) {
      return s.count();
    }
  }
}
