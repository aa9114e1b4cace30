package io.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.newsgraph.testing.Duck;
import io.newsgraph.testing.JobRunner;
import io.newsgraph.testing.SparkTestSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A discovered actor's type in the actors table is the one most articles give it, however the
 * articles arrive: in one run, night by night, again, or late. The articles are written for this
 * test. "Harriet Marlowe Ltd" ends in a legal form, so the linker types it an organisation, and the
 * legal form is left out of its id: it is the same actor, x:harriet-marlowe, as the senator
 * "Harriet Marlowe", whom the tagger types a person. Of the six articles naming her, two are about
 * the company (both on day 1) and four about the senator (one on day 1, three on day 2): person
 * wins 4 to 2, though "organization" comes first in the alphabet and wins day 1 alone. "Corvin
 * Hale" is a person in one article and "Corvin Hale Plc" a company in another: a tie, which goes to
 * person, the first type in the fixed order.
 */
class DiscoveredTypeRunTest {

  private static final LocalDate DAY1 = LocalDate.of(2024, 3, 4);
  private static final LocalDate DAY2 = LocalDate.of(2024, 3, 5);

  private static final String DAY1_ARTICLES =
      """
      {"id": "o1", "published": "2024-03-04", "title": "Shipyard to cut jobs", "text": "Harriet Marlowe Ltd said on Monday it would cut 200 jobs at its yard, the company said in a statement."}
      {"id": "o2", "published": "2024-03-04", "title": "Shipbuilder reports loss", "text": "The shipbuilder Harriet Marlowe Ltd reported a loss for the year and said orders had fallen."}
      {"id": "p1", "published": "2024-03-04", "title": "Senator in Lisbon", "text": "Senator Harriet Marlowe arrived in Lisbon on Monday for talks on fishing quotas."}
      {"id": "h1", "published": "2024-03-04", "title": "Ferry talks", "text": "Transport minister Corvin Hale said on Monday that the new ferry route would open in May."}
      {"id": "h2", "published": "2024-03-04", "title": "Ferry operator", "text": "Corvin Hale Plc, which runs the island ferries, said bookings were up by a tenth."}
      """;

  private static final String DAY2_ARTICLES =
      """
      {"id": "p2", "published": "2024-03-05", "title": "Quota talks end", "text": "Senator Harriet Marlowe said on Tuesday that the talks on fishing quotas had ended without a deal."}
      {"id": "p3", "published": "2024-03-05", "title": "Senator returns", "text": "Harriet Marlowe flew home on Tuesday and told reporters she was disappointed."}
      {"id": "p4", "published": "2024-03-05", "title": "Marlowe on the vote", "text": "Senator Harriet Marlowe said the chamber would vote on the quota bill next month."}
      """;

  /** A company article of day 1 that arrives after day 2 has been run. */
  private static final String LATE_ARTICLE =
      """
      {"id": "o3", "published": "2024-03-04", "title": "Shipyard orders", "text": "Harriet Marlowe Ltd won an order for two ferries, the shipbuilder said on Monday."}
      """;

  private static final String MARLOWE = "x:harriet-marlowe";
  private static final String HALE = "x:corvin-hale";
  private static final String BOTH = "actor_id IN ('" + MARLOWE + "', '" + HALE + "')";

  /** discovered_daily of both days for Marlowe and Hale, counted by hand from the articles. */
  private static final List<List<Object>> VOTES =
      List.of(
          List.of(HALE, "2024-03-04", "Corvin Hale", "person", 1L),
          List.of(HALE, "2024-03-04", "Corvin Hale Plc", "organization", 1L),
          List.of(MARLOWE, "2024-03-04", "Harriet Marlowe", "person", 1L),
          List.of(MARLOWE, "2024-03-04", "Harriet Marlowe Ltd", "organization", 2L),
          List.of(MARLOWE, "2024-03-05", "Harriet Marlowe", "person", 3L));

  private static final List<List<Object>> ACTORS =
      List.of(
          List.of(HALE, "Corvin Hale", "person"), List.of(MARLOWE, "Harriet Marlowe", "person"));

  @TempDir static Path tmp;
  private static SparkSession spark;
  private static Path day1;
  private static Path day2;
  private static Path late;

  @BeforeAll
  static void start() throws IOException {
    spark = SparkTestSession.start();
    day1 = write("day1", DAY1_ARTICLES);
    day2 = write("day2", DAY2_ARTICLES);
    late = write("late", LATE_ARTICLE);
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static Path write(String dir, String jsonl) throws IOException {
    Path p = Files.createDirectories(tmp.resolve("in").resolve(dir)).resolve("news.jsonl");
    Files.writeString(p, jsonl);
    return p;
  }

  private static List<List<Object>> votes(Path wh) throws Exception {
    try (Duck duck = new Duck(wh)) {
      return duck.rows(
          "SELECT actor_id, CAST(date AS VARCHAR), name, type, articles FROM "
              + duck.table(Tables.DISCOVERED_DAILY)
              + " WHERE "
              + BOTH
              + " ORDER BY ALL");
    }
  }

  private static List<List<Object>> actors(Path wh) throws Exception {
    try (Duck duck = new Duck(wh)) {
      return duck.rows(
          "SELECT actor_id, name, type FROM "
              + duck.table(Tables.ACTORS)
              + " WHERE source = 'discovered' AND "
              + BOTH
              + " ORDER BY ALL");
    }
  }

  @Test
  void oneRunTypesByTheMajority() throws Exception {
    Path wh = tmp.resolve("once");
    JobRunner.run(spark, wh, DAY2, day1, day2);
    assertEquals(VOTES, votes(wh));
    assertEquals(ACTORS, actors(wh));
  }

  @Test
  void nightlyRunsAgreeWithOneRunAndReRunsCountNothingTwice() throws Exception {
    Path wh = tmp.resolve("nightly");
    JobRunner.run(spark, wh, DAY1, day1);
    // day 1 alone: the company 2, the senator 1
    assertEquals(
        List.of(List.of(MARLOWE, "Harriet Marlowe Ltd", "organization")),
        actors(wh).stream().filter(r -> r.get(0).equals(MARLOWE)).toList());
    JobRunner.run(spark, wh, DAY2, day2);
    assertEquals(VOTES, votes(wh));
    assertEquals(ACTORS, actors(wh));

    // the day-2 file again under another path: read, its articles already in the warehouse
    Path again = Files.createDirectories(tmp.resolve("in/again")).resolve("news.jsonl");
    Files.copy(day2, again);
    JobRunner.run(spark, wh, DAY2, again);
    assertEquals(VOTES, votes(wh));
    assertEquals(ACTORS, actors(wh));

    // both dates re-annotated: their partitions replaced, not added to
    JobRunner.backfill(spark, wh, DAY1, DAY2);
    assertEquals(VOTES, votes(wh));
    assertEquals(ACTORS, actors(wh));

    // a late company article of day 1 joins that day's votes: 3 to 4, still a person
    JobRunner.run(spark, wh, DAY2, late);
    assertEquals(
        List.of(
            List.of(MARLOWE, "2024-03-04", "Harriet Marlowe", "person", 1L),
            List.of(MARLOWE, "2024-03-04", "Harriet Marlowe Ltd", "organization", 3L),
            List.of(MARLOWE, "2024-03-05", "Harriet Marlowe", "person", 3L)),
        votes(wh).stream().filter(r -> r.get(0).equals(MARLOWE)).toList());
    assertEquals(ACTORS, actors(wh));
  }

  /**
   * A warehouse written before discovered_daily existed: its discovered actors keep their row until
   * votes come; a backfill of its dates fills the votes in.
   */
  @Test
  void aWarehouseWithoutVotesStillRunsAndABackfillFillsThemIn() throws Exception {
    Path wh = tmp.resolve("older");
    JobRunner.run(spark, wh, DAY1, day1);
    deleteTree(wh.resolve(Tables.DISCOVERED_DAILY));
    JobRunner.run(spark, wh, DAY2, day2);
    // Marlowe by day 2's votes only; Hale, without votes, as the actors table had him
    assertEquals(ACTORS, actors(wh));
    assertEquals(
        List.of(List.of(MARLOWE, "2024-03-05", "Harriet Marlowe", "person", 3L)), votes(wh));
    JobRunner.backfill(spark, wh, DAY1, DAY1);
    assertEquals(VOTES, votes(wh));
    assertEquals(ACTORS, actors(wh));
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
    assertFalse(Files.exists(dir));
  }
}
