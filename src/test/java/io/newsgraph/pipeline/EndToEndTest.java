package io.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.testing.Duck;
import io.newsgraph.testing.JobRunner;
import io.newsgraph.testing.SeedExpectations;
import io.newsgraph.testing.SparkTestSession;
import io.newsgraph.testing.TestPaths;
import io.newsgraph.testing.WarehouseSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole job on our own sample corpus and fixtures, read back with DuckDB (not Spark). The
 * sample has known defects (see src/sample/corpus/README.md): 4 broken records, 1 id conflict, 1
 * exact duplicate, undated items.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EndToEndTest {

  private static final LocalDate RUN = LocalDate.of(2024, 3, 9);

  @TempDir static Path tmp;

  private SparkSession spark;
  private Path wh;
  private RunManifest first;
  private Duck duck;

  @BeforeAll
  void runOnce() throws Exception {
    spark = SparkTestSession.start();
    wh = tmp.resolve("wh");
    Path input = tmp.resolve("input");
    TestPaths.copyTree(TestPaths.sampleCorpus(), input.resolve("sample"));
    Path fixtures = TestPaths.repoRoot().resolve("src/test/resources/fixtures");
    Files.createDirectories(input.resolve("fixtures"));
    Files.copy(fixtures.resolve("seedlike.txt"), input.resolve("fixtures/seedlike.txt"));
    Files.copy(fixtures.resolve("seedlike.jsonl"), input.resolve("fixtures/seedlike.jsonl"));
    first = JobRunner.run(spark, wh, RUN, input);
    duck = new Duck(wh);
  }

  @AfterAll
  void stop() throws Exception {
    duck.close();
    spark.stop();
  }

  @Test
  void everyRecordIsAccountedForPerFileAndInTotal() {
    for (RunManifest.FileEntry f : first.inputs()) {
      assertTrue(f.counts().balanced(), f.path() + " " + f.counts());
    }
    RunManifest.Counts t = first.totals();
    assertTrue(t.balanced());
    // 40 + 7 + 4 (gz) + 2 (txt) sample records, 2 fixtures
    assertEquals(55, t.recordsIn());
    assertEquals(4, t.rejects());
    // the sample's exact copy and its near-identical wire copy; seedlike.txt and seedlike.jsonl are
    // one article
    assertEquals(3, t.duplicates());
    assertEquals(
        Map.of(
            "duplicate_id_conflict",
            1L,
            "malformed_json",
            1L,
            "no_content",
            1L,
            "not_an_object",
            1L),
        first.rejectsByReason());
  }

  @Test
  void tablesReadBackWithDuckDbMatchTheManifest() throws Exception {
    for (String table :
        List.of(
            "articles",
            "rejects",
            "mentions",
            "article_tone",
            "comentions_daily",
            "dyad_daily",
            "actor_daily",
            "actors")) {
      long n = duck.count("SELECT count(*) FROM " + duck.table(table));
      assertEquals(first.rowsWritten().get(table), n, table);
      assertTrue(n > 0, table + " is empty");
    }
    assertEquals(
        first.totals().articles(),
        duck.count("SELECT count(*) FROM " + duck.table("articles") + " WHERE dup_of IS NULL"));
    assertEquals(
        first.totals().articles(),
        duck.count("SELECT count(*) FROM " + duck.table("article_tone")));
  }

  @Test
  void oneFilePerDatePartition() throws IOException {
    for (String table :
        List.of("articles", "mentions", "article_tone", "actor_daily", "comentions_daily")) {
      try (Stream<Path> parts = Files.list(wh.resolve(table))) {
        for (Path p : parts.filter(Files::isDirectory).toList()) {
          try (Stream<Path> files = Files.list(p)) {
            assertEquals(
                1, files.filter(f -> f.toString().endsWith(".parquet")).count(), p.toString());
          }
        }
      }
    }
  }

  @Test
  void aWireCopyWithAnotherTitleIsANearDuplicate() throws Exception {
    List<List<Object>> rows =
        duck.rows(
            "SELECT article_id, dup_of FROM "
                + duck.table("articles")
                + " WHERE article_id IN ('wire-2024-03-013', 'wire-2024-03-014') ORDER BY article_id");
    assertEquals(
        List.of(
            List.of("wire-2024-03-013", "null"), List.of("wire-2024-03-014", "wire-2024-03-013")),
        rows.stream()
            .map(r -> List.of(String.valueOf(r.get(0)), String.valueOf(r.get(1))))
            .toList());
  }

  @Test
  void undatedArticlesAreFiledUnderTheRunDate() throws Exception {
    assertTrue(
        duck.count(
                "SELECT count(*) FROM "
                    + duck.table("articles")
                    + " WHERE date_inferred AND date = DATE '2024-03-09'")
            >= 4);
    assertEquals(
        0,
        duck.count(
            "SELECT count(*) FROM "
                + duck.table("articles")
                + " WHERE date_inferred AND date <> DATE '2024-03-09'"));
  }

  @Test
  void pairsAreOrderedAndCountedOncePerArticle() throws Exception {
    assertEquals(
        0,
        duck.count(
            "SELECT count(*) FROM "
                + duck.table("comentions_daily")
                + " WHERE actor_a >= actor_b"));
    // The burst day of the sample: Hamas and Israel named together in most of its articles.
    List<List<Object>> rows =
        duck.rows(
            "SELECT articles, npmi, llr FROM "
                + duck.table("comentions_daily")
                + " WHERE actor_a = 'ISR' AND actor_b = 'hamas' AND date = DATE '2024-03-05'");
    assertEquals(1, rows.size());
    long articles = ((Number) rows.get(0).get(0)).longValue();
    assertTrue(articles >= 6, "ISR-hamas articles on 2024-03-05: " + articles);
    long direct =
        duck.count(
            "SELECT count(DISTINCT a.article_id) FROM "
                + duck.table("mentions")
                + " a JOIN "
                + duck.table("mentions")
                + " b ON a.article_id = b.article_id WHERE a.actor_id = 'ISR' AND "
                + "b.actor_id = 'hamas' AND a.date = DATE '2024-03-05'");
    assertEquals(direct, articles);
  }

  /**
   * NPMI and G² of ISR-hamas on 2024-03-05 worked by hand from the sample's counts: 12 articles
   * that day, ISR in 10, Hamas in 9, both in 9. NPMI = ln(9 * 12 / (10 * 9)) / -ln(9 / 12) = ln 1.2
   * / ln(4/3) = 0.1823215568 / 0.2876820725 = 0.6337617... Cells (both, ISR only, Hamas only,
   * neither) = (9, 1, 0, 2), expected 10 * 9 / 12 = 7.5, 10 * 3 / 12 = 2.5, 2 * 9 / 12 = 1.5, 2 * 3
   * / 12 = 0.5: G² = 2 (9 ln(9/7.5) + 1 ln(1/2.5) + 0 + 2 ln(2/0.5)) = 2 (1.6408940 - 0.9162907 +
   * 2.7725887) = 6.9943840; more often together than the 7.5 expected, so llr_signed = +6.9943840.
   */
  @Test
  void associationOfTheBurstDayMatchesTheHandWorkedTable() throws Exception {
    List<List<Object>> rows =
        duck.rows(
            "SELECT articles, articles_a, articles_b, day_articles, npmi, llr, llr_signed"
                + " FROM "
                + duck.table("comentions_daily")
                + " WHERE actor_a = 'ISR' AND actor_b = 'hamas'"
                + " AND date = DATE '2024-03-05'");
    List<Object> r = rows.get(0);
    assertEquals(
        List.of(9L, 10L, 9L, 12L),
        r.subList(0, 4).stream().map(v -> ((Number) v).longValue()).toList());
    assertEquals(0.1823215568 / 0.2876820725, ((Number) r.get(4)).doubleValue(), 1e-9);
    assertEquals(6.9943840, ((Number) r.get(5)).doubleValue(), 1e-6);
    assertEquals(6.9943840, ((Number) r.get(6)).doubleValue(), 1e-6);
    // the sign agrees with observed - expected on every row
    assertEquals(
        0,
        duck.count(
            "SELECT count(*) FROM "
                + duck.table("comentions_daily")
                + " WHERE sign(llr_signed) <> sign(articles * day_articles - articles_a * articles_b)"
                + " OR abs(abs(llr_signed) - llr) > 1e-12"));
  }

  @Test
  void rerunningTheSameInputChangesNothing() throws Exception {
    long articles = duck.count("SELECT count(*) FROM " + duck.table("articles"));
    long mentions = duck.count("SELECT count(*) FROM " + duck.table("mentions"));
    List<List<Object>> daily =
        duck.rows("SELECT * FROM " + duck.table("actor_daily") + " ORDER BY date, actor_id");
    RunManifest again = JobRunner.run(spark, wh, RUN, tmp.resolve("input"));
    assertTrue(again.totals().balanced());
    assertEquals(0, again.totals().articles());
    assertEquals(articles, duck.count("SELECT count(*) FROM " + duck.table("articles")));
    assertEquals(mentions, duck.count("SELECT count(*) FROM " + duck.table("mentions")));
    assertEquals(
        daily,
        duck.rows("SELECT * FROM " + duck.table("actor_daily") + " ORDER BY date, actor_id"));
    assertEquals(
        first.totals().rejects(), duck.count("SELECT count(*) FROM " + duck.table("rejects")));
  }

  @Test
  void theSeedLikeArticleNamesEveryExpectedActorUnderOneId() throws Exception {
    String article =
        "(SELECT article_id FROM "
            + duck.table("articles")
            + " WHERE dup_of IS NULL AND input_file LIKE '%seedlike%')";
    List<String> found =
        JobRunner.ids(
            duck.rows(
                "SELECT DISTINCT actor_id FROM "
                    + duck.table("mentions")
                    + " WHERE article_id IN "
                    + article));
    for (String id : SeedExpectations.ACTORS) {
      assertTrue(found.contains(id), id + " not found in " + found);
    }
    List<List<Object>> kinds =
        duck.rows(
            "SELECT actor_id, match_kind, surface FROM "
                + duck.table("mentions")
                + " WHERE article_id IN "
                + article
                + " AND match_kind <> 'alias'");
    assertTrue(kinds.contains(List.of("IRN", "demonym", "Iranian")), kinds.toString());
    assertTrue(kinds.contains(List.of("IRN", "metonym", "Tehran")), kinds.toString());
    assertTrue(kinds.contains(List.of("kamal-kharrazi", "coref", "Kharrazi")), kinds.toString());
    for (List<String> pair : SeedExpectations.PAIRS) {
      assertTrue(
          duck.count(
                  "SELECT count(*) FROM "
                      + duck.table("comentions_daily")
                      + " WHERE actor_a = '"
                      + pair.get(0)
                      + "' AND actor_b = '"
                      + pair.get(1)
                      + "' AND date = DATE '2024-03-09'")
              == 1,
          pair.toString());
    }
  }

  @Test
  void discoveredActorsAreListedByArticlesForPromotion() throws Exception {
    List<DiscoveredActors.Entry> top = DiscoveredActors.top(spark, wh.toString(), 10);
    assertTrue(!top.isEmpty(), "no discovered actors in the sample");
    for (int i = 1; i < top.size(); i++) {
      assertTrue(top.get(i - 1).articles() >= top.get(i).articles());
    }
    DiscoveredActors.Entry first = top.get(0);
    assertTrue(first.actorId().startsWith("x:"), first.toString());
    assertEquals(
        first.articles(),
        duck.count(
            "SELECT count(DISTINCT article_id) FROM "
                + duck.table("mentions")
                + " WHERE actor_id = '"
                + first.actorId().replace("'", "''")
                + "'"));
    assertTrue(DiscoveredActors.csvRow(first).startsWith(first.actorId().substring(2) + ","));
  }

  @Test
  void backfillingDatesFromTheWarehouseGivesTheSameTables() throws Exception {
    var before = WarehouseSnapshot.of(wh, WarehouseSnapshot.TABLES);
    RunManifest m =
        JobRunner.backfill(spark, wh, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 9));
    assertEquals(9, m.datesRecomputed().size());
    assertEquals(0, m.totals().recordsIn());
    assertEquals(before, WarehouseSnapshot.of(wh, WarehouseSnapshot.TABLES));
  }

  @Test
  void manifestIsWrittenUnderRuns() throws IOException {
    try (Stream<Path> runs = Files.list(wh.resolve("_runs"))) {
      assertTrue(runs.anyMatch(p -> p.getFileName().toString().equals(first.runId() + ".json")));
    }
  }
}
