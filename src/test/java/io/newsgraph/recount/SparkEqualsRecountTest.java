package io.newsgraph.recount;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.testing.Duck;
import io.newsgraph.testing.JobRunner;
import io.newsgraph.testing.SparkTestSession;
import io.newsgraph.testing.TestPaths;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job's daily tables against {@link CoMentionRecount}: every (date, actor) of actor_daily and
 * every (date, actor_a, actor_b) of comentions_daily, same keys and the same articles / mentions /
 * sentences.
 */
class SparkEqualsRecountTest {

  private static SparkSession spark;

  @TempDir Path tmp;

  @BeforeAll
  static void start() {
    spark = SparkTestSession.start();
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void sampleCorpus() throws Exception {
    LocalDate run = LocalDate.of(2024, 3, 9);
    Path in = TestPaths.sampleCorpus();
    compare(run, tmp.resolve("wh"), 40, in);
  }

  @Test
  void allSharedCorpora() throws Exception {
    var built = io.newsgraph.testing.SharedCorporaWarehouse.get(spark);
    io.newsgraph.testing.Required.assume(built.isPresent(), "../shared/corpora absent");
    check(
        io.newsgraph.testing.SharedCorporaWarehouse.RUN_DATE,
        built.get().warehouse(),
        25_000,
        built.get().inputs().toArray(Path[]::new));
  }

  private void compare(LocalDate run, Path wh, int minArticles, Path... inputs) throws Exception {
    JobRunner.run(spark, wh, run, inputs);
    check(run, wh, minArticles, inputs);
  }

  private void check(LocalDate run, Path wh, int minArticles, Path... inputs) throws Exception {
    CoMentionRecount.Result expected =
        CoMentionRecount.recount(
            run,
            CoMentionRecount.DupOfDecision.nearDuplicates(io.newsgraph.dedup.DedupParams.DEFAULT),
            inputs);
    assertTrue(
        expected.counted().size() >= minArticles, "recount counted " + expected.counted().size());

    Map<CoMentionRecount.ActorKey, CoMentionRecount.ActorCounts> actors = new HashMap<>();
    Map<CoMentionRecount.PairKey, CoMentionRecount.PairCounts> pairs = new HashMap<>();
    Map<LocalDate, Long> days = new HashMap<>();
    try (Duck duck = new Duck(wh)) {
      for (List<Object> r :
          duck.rows(
              "SELECT CAST(date AS VARCHAR), actor_id, articles, mentions, sentences FROM "
                  + duck.table("actor_daily"))) {
        actors.put(
            new CoMentionRecount.ActorKey(LocalDate.parse((String) r.get(0)), (String) r.get(1)),
            new CoMentionRecount.ActorCounts(num(r.get(2)), num(r.get(3)), num(r.get(4))));
      }
      for (List<Object> r :
          duck.rows(
              "SELECT CAST(date AS VARCHAR), actor_a, actor_b, articles, sentences FROM "
                  + duck.table("comentions_daily"))) {
        pairs.put(
            new CoMentionRecount.PairKey(
                LocalDate.parse((String) r.get(0)), (String) r.get(1), (String) r.get(2)),
            new CoMentionRecount.PairCounts(num(r.get(3)), num(r.get(4))));
      }
      for (List<Object> r :
          duck.rows(
              "SELECT CAST(date AS VARCHAR), count(*) FROM "
                  + duck.table("article_tone")
                  + " GROUP BY 1")) {
        days.put(LocalDate.parse((String) r.get(0)), num(r.get(1)));
      }
    }
    assertEquals(
        new TreeSetOf<>(expected.dayArticles().entrySet()).s,
        new TreeSetOf<>(days.entrySet()).s,
        "articles per day (article_tone rows)");
    assertSame("actor_daily", expected.actors(), actors);
    assertSame("comentions_daily", expected.pairs(), pairs);
  }

  private static long num(Object o) {
    return ((Number) o).longValue();
  }

  /** Fails with every differing key listed (up to 40), not just the first. */
  private static <K, V> void assertSame(String table, Map<K, V> expected, Map<K, V> actual) {
    List<String> diffs = new ArrayList<>();
    TreeSet<String> keys = new TreeSet<>();
    expected.keySet().forEach(k -> keys.add(k.toString()));
    actual.keySet().forEach(k -> keys.add(k.toString()));
    Map<String, V> e = new HashMap<>();
    Map<String, V> a = new HashMap<>();
    expected.forEach((k, v) -> e.put(k.toString(), v));
    actual.forEach((k, v) -> a.put(k.toString(), v));
    for (String k : keys) {
      if (!Objects.equals(e.get(k), a.get(k))) {
        diffs.add(k + ": recount=" + e.get(k) + " spark=" + a.get(k));
      }
    }
    assertTrue(
        diffs.isEmpty(),
        table
            + ": "
            + diffs.size()
            + " of "
            + keys.size()
            + " keys differ, e.g.\n"
            + String.join("\n", diffs.subList(0, Math.min(40, diffs.size()))));
    assertTrue(expected.size() > 0, table + " is empty");
  }

  private static final class TreeSetOf<T> {
    final TreeSet<String> s = new TreeSet<>();

    TreeSetOf(Iterable<T> it) {
      it.forEach(x -> s.add(x.toString()));
    }
  }
}
