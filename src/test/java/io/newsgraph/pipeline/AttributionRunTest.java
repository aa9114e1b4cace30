package io.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.config.JobConfig;
import io.newsgraph.testing.Duck;
import io.newsgraph.testing.SparkTestSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * News organisations cited as sources are kept in mentions as {@code attribution} and left out of
 * the daily tables unless --count-attributions; the actors table carries the dictionary's roles.
 */
class AttributionRunTest {

  private static final LocalDate DAY = LocalDate.of(2024, 5, 2);

  /**
   * Two articles written for this test: Reuters is cited in both, and is the subject of neither.
   */
  private static final String INPUT =
      """
      {"id": "a1", "published": "2024-05-02", "title": "Iran warns Israel", "text": "An Iranian official told Reuters that Iran would respond to Israel."}
      {"id": "a2", "published": "2024-05-02", "title": "Hezbollah fires rockets - Reuters", "text": "Hezbollah fired rockets at Israel, the Financial Times reported."}
      """;

  @TempDir static Path tmp;
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkTestSession.start();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static Path run(String name, boolean countAttributions) throws Exception {
    Path input = Files.createDirectories(tmp.resolve("in-" + name)).resolve("news.jsonl");
    Files.writeString(input, INPUT);
    Path wh = tmp.resolve(name);
    JobConfig c =
        new JobConfig(
            List.of(input.toString()),
            wh.toString(),
            DAY,
            null,
            null,
            1.0,
            1,
            JobConfig.DEFAULT_SPLIT_BYTES,
            JobConfig.DEFAULT_RAW_MAX_CHARS,
            "test-" + System.nanoTime(),
            countAttributions);
    new NewsgraphJob(spark, c).run();
    return wh;
  }

  @Test
  void attributionsAreMentionsButNotActorsOfTheDay() throws Exception {
    Path wh = run("default", false);
    try (Duck duck = new Duck(wh)) {
      assertEquals(
          List.of(
              List.of("a1", "attribution", "Reuters"),
              List.of("a2", "attribution", "Financial Times"),
              List.of("a2", "attribution", "Reuters")),
          duck.rows(
              "SELECT article_id, match_kind, surface FROM "
                  + duck.table("mentions")
                  + " WHERE actor_id IN ('reuters', 'financial-times') ORDER BY 1, 3"));
      assertEquals(
          0,
          duck.count(
              "SELECT count(*) FROM "
                  + duck.table("actor_daily")
                  + " WHERE actor_id IN ('reuters', 'financial-times')"));
      assertEquals(
          0,
          duck.count(
              "SELECT count(*) FROM "
                  + duck.table("comentions_daily")
                  + " WHERE 'reuters' IN (actor_a, actor_b)"));
      assertEquals(
          0,
          duck.count(
              "SELECT count(*) FROM "
                  + duck.table("dyad_daily")
                  + " WHERE 'reuters' IN (actor_a, actor_b)"));
      // the story's actors are counted as before
      assertEquals(
          2,
          duck.count(
              "SELECT articles FROM " + duck.table("actor_daily") + " WHERE actor_id = 'ISR'"));
      assertEquals(
          1,
          duck.count(
              "SELECT count(*) FROM "
                  + duck.table("comentions_daily")
                  + " WHERE actor_a = 'IRN' AND actor_b = 'ISR'"));
      // roles: the curated news organisation's media role; a Phoenix office holder's dated role
      assertEquals(
          List.of(List.of("GBR", "MED")),
          duck.rows(
              "SELECT r.country, r.role FROM (SELECT unnest(roles) AS r"
                  + " FROM "
                  + duck.table("actors")
                  + " WHERE actor_id = 'financial-times')"));
      assertTrue(
          duck.count(
                  "SELECT count(*) FROM (SELECT unnest(roles) AS r FROM "
                      + duck.table("actors")
                      + " WHERE actor_id = 'benjamin-netanyahu') WHERE r.country = 'ISR' AND r.role = 'GOV' AND r.start IS NOT"
                      + " NULL")
              >= 1);
      assertEquals(
          0,
          duck.count(
              "SELECT count(*) FROM "
                  + duck.table("actors")
                  + " WHERE source = 'discovered' AND roles IS NOT NULL"));
    }
  }

  @Test
  void countAttributionsBringsThemBack() throws Exception {
    Path wh = run("counted", true);
    try (Duck duck = new Duck(wh)) {
      assertEquals(
          2,
          duck.count(
              "SELECT articles FROM " + duck.table("actor_daily") + " WHERE actor_id = 'reuters'"));
      assertEquals(
          1,
          duck.count(
              "SELECT articles FROM "
                  + duck.table("actor_daily")
                  + " WHERE actor_id = 'financial-times'"));
      assertEquals(
          1,
          duck.count(
              "SELECT count(*) FROM "
                  + duck.table("comentions_daily")
                  + " WHERE actor_a = 'ISR' AND actor_b = 'reuters'"));
    }
  }
}
