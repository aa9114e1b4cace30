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
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The job on the real corpora of ../shared/corpora (skipped when the folder is absent). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SharedCorporaRunTest {

  @TempDir
  static Path tmp;

  private SparkSession spark;
  private Path corpora;
  private List<Path> jsonl;
  private Path all;
  private RunManifest allManifest;

  @BeforeAll
  void start() throws Exception {
    corpora = TestPaths.sharedCorpora().orElse(null);
    Assumptions.assumeTrue(corpora != null, "../shared/corpora is absent");
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
    RunManifest m = JobRunner.run(spark, wh, LocalDate.of(2024, 3, 9), corpora.resolve("seed.txt"),
        corpora.resolve("seed.jsonl"));
    // the same article twice: one counts, the other is its duplicate
    assertEquals(1, m.totals().articles());
    assertEquals(1, m.totals().duplicates());
    try (Duck duck = new Duck(wh)) {
      List<String> found = JobRunner.ids(duck.rows("SELECT DISTINCT actor_id FROM " + duck.table("mentions")));
      for (String id : SeedExpectations.ACTORS) {
        assertTrue(found.contains(id), id + " not found in " + found);
      }
      List<List<Object>> kinds = duck.rows("SELECT actor_id, match_kind, surface FROM " + duck.table("mentions"));
      assertTrue(kinds.contains(List.of("IRN", "demonym", "Iranian")));
      assertTrue(kinds.contains(List.of("IRN", "metonym", "Tehran")));
      assertTrue(kinds.contains(List.of("kamal-kharrazi", "coref", "Kharrazi")));
      for (List<String> pair : SeedExpectations.PAIRS) {
        assertEquals(1, duck.count("SELECT count(*) FROM " + duck.table("comentions_daily") + " WHERE actor_a = '"
            + pair.get(0) + "' AND actor_b = '" + pair.get(1) + "'"), pair.toString());
      }
    }
    // and the text delivery alone finds the same actors as the JSON one
    Path whTxt = tmp.resolve("seed-txt");
    JobRunner.run(spark, whTxt, LocalDate.of(2024, 3, 9), corpora.resolve("seed.txt"));
    Path whJson = tmp.resolve("seed-json");
    JobRunner.run(spark, whJson, LocalDate.of(2024, 3, 9), corpora.resolve("seed.jsonl"));
    try (Duck a = new Duck(whTxt); Duck b = new Duck(whJson)) {
      String q = "SELECT actor_id, match_kind, count(*) FROM %s GROUP BY ALL ORDER BY ALL";
      assertEquals(a.rows(q.formatted(a.table("mentions"))), b.rows(q.formatted(b.table("mentions"))));
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
      RunManifest.FileEntry e = m.inputs().stream().filter(i -> i.path().endsWith("/" + f.getFileName()))
          .findFirst().orElseThrow();
      assertEquals(n, e.counts().recordsIn() + e.counts().blankLines(), f.toString());
      assertTrue(e.counts().balanced(), e.toString());
    }
    assertEquals(lines, m.totals().recordsIn() + m.totals().blankLines());
    assertTrue(m.totals().balanced());
    try (Duck duck = new Duck(wh)) {
      assertEquals(m.totals().articles(), duck.count("SELECT count(*) FROM " + duck.table("article_tone")));
      assertEquals(m.totals().rejects(), duck.count("SELECT count(*) FROM " + duck.table("rejects")));
      assertEquals(m.totals().articles(),
          duck.count("SELECT count(*) FROM " + duck.table("articles") + " WHERE dup_of IS NULL"));
      // copies under another id are stored with dup_of; a repeated id with the same content is only counted
      assertTrue(duck.count("SELECT count(*) FROM " + duck.table("articles") + " WHERE dup_of IS NOT NULL")
          <= m.totals().duplicates());
    }
  }

  /**
   * The spike flag on real series: the Hamas attack on Israel in the headline set (the set's dates put the first
   * wave on 2023-10-06, US time) and Paul Volcker handing the Federal Reserve to Alan Greenspan on 1987-06-02 in the
   * Reuters wire; and it stays quiet on most days.
   */
  @Test
  void spikesFireWhereAReaderSeesOneAndStayQuietElsewhere() throws Exception {
    try (Duck duck = new Duck(all)) {
      String daily = duck.table("actor_daily");
      for (String actor : List.of("hamas", "ISR")) {
        assertTrue(duck.count("SELECT count(*) FROM " + daily + " WHERE actor_id = '" + actor
            + "' AND spike AND date BETWEEN DATE '2023-10-06' AND DATE '2023-10-08'") >= 2, actor);
        assertEquals(0, duck.count("SELECT count(*) FROM " + daily + " WHERE actor_id = '" + actor
            + "' AND spike AND date BETWEEN DATE '2023-10-12' AND DATE '2023-11-30'"), actor);
        long days = duck.count("SELECT count(*) FROM " + daily + " WHERE actor_id = '" + actor
            + "' AND date BETWEEN DATE '2023-10-01' AND DATE '2024-06-29'");
        long spikes = duck.count("SELECT count(*) FROM " + daily + " WHERE actor_id = '" + actor
            + "' AND spike AND date BETWEEN DATE '2023-10-01' AND DATE '2024-06-29'");
        assertTrue(spikes * 10 < days, actor + ": " + spikes + " spikes in " + days + " days");
      }
      // Volcker (Fed chairman until 1987) is not in the general dictionary (Phoenix starts in the 1990s): the
      // discoverer names him x:paul-volcker
      for (String actor : List.of("federal-reserve", "x:paul-volcker", "alan-greenspan")) {
        assertEquals(1, duck.count("SELECT count(*) FROM " + daily + " WHERE actor_id = '" + actor
            + "' AND spike AND date = DATE '1987-06-02'"), actor);
      }
    }
  }

  private static long lines(Path f) throws IOException {
    try (Stream<String> s = Files.lines(f)) {
      return s.count();
    }
  }
}
