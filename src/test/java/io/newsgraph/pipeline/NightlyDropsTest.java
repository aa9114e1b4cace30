package io.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsgraph.testing.Duck;
import io.newsgraph.testing.JobRunner;
import io.newsgraph.testing.SparkTestSession;
import io.newsgraph.testing.TestPaths;
import io.newsgraph.testing.WarehouseSnapshot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real corpora of ../shared/corpora cut into nightly drops: running the job once per drop, in
 * order, must leave the warehouse exactly as one run over all the drops does, table by table; and a
 * drop run twice changes nothing the second time. Skipped when ../shared/corpora is absent.
 *
 * <p>The drops are cut in chronological order (by {@code published}; undated items fall on the run
 * date, so at the end), as a feed delivers them night after night, and within a day by article_id.
 * That matters for exact copies (same title and text under different ids): one run makes the
 * earliest copy canonical, by (date, article_id); drop by drop, a copy already in the warehouse
 * stays canonical (stored rows are not rewritten). The two rules agree only when no drop brings a
 * copy that sorts before a stored one. With drops cut by line ranges they do not: idf-telegram's
 * idf-896 (2023-10-11) comes after idf-529 (2023-11-11), and undated copies of the same run date
 * arrive in id order only by chance.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NightlyDropsTest {

  /**
   * One run date for every run of both scenarios: undated items (most of the IDF Telegram feed) are
   * filed under the run date, and rejects are partitioned by it, so only with the same date can the
   * two warehouses be equal. A real nightly schedule gives each drop its own date; that is a
   * difference of input, not of the job.
   */
  private static final LocalDate RUN = LocalDate.of(2024, 12, 31);

  private static final int DROPS = 3;

  /**
   * The corpora and how many lines of each: copies across drops (gaza: syndicated headlines; idf:
   * repeated posts, most undated), long texts (reuters), small enough for the five runs to take
   * about 2 minutes.
   */
  private static final Map<String, Integer> CORPORA =
      Map.of(
          "gaza-headlines-2023-2024.jsonl", 3000,
          "idf-telegram-2023-2024.jsonl", Integer.MAX_VALUE,
          "reuters21578-train.jsonl", 300);

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path tmp;

  private SparkSession spark;
  private final List<Path> drops = new ArrayList<>();
  private final List<RunManifest> nightly = new ArrayList<>();
  private RunManifest once;
  private Path incremental;
  private Path oneRun;
  private Map<String, List<List<Object>>> nightlySnapshot;
  private Map<String, List<List<Object>>> onceSnapshot;

  @BeforeAll
  void runBothWays() throws Exception {
    Path corpora = TestPaths.sharedCorpora().orElse(null);
    io.newsgraph.testing.Required.assume(corpora != null, "../shared/corpora is absent");
    for (int k = 1; k <= DROPS; k++) {
      drops.add(Files.createDirectories(tmp.resolve("landing/drop-" + k)));
    }
    for (var e : new java.util.TreeMap<>(CORPORA).entrySet()) {
      cut(corpora.resolve(e.getKey()), e.getValue());
    }
    spark = SparkTestSession.start();
    incremental = tmp.resolve("wh-nightly");
    for (Path drop : drops) {
      nightly.add(JobRunner.run(spark, incremental, RUN, drop));
    }
    oneRun = tmp.resolve("wh-once");
    once = JobRunner.run(spark, oneRun, RUN, drops.toArray(Path[]::new));
    nightlySnapshot = WarehouseSnapshot.of(incremental, WarehouseSnapshot.TABLES);
    onceSnapshot = WarehouseSnapshot.of(oneRun, WarehouseSnapshot.TABLES);
  }

  @AfterAll
  void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  /**
   * Cuts the first {@code limit} lines of a corpus into {@link #DROPS} parts of equal size, in
   * order of (date, article_id), one file per drop (drop-k/<corpus name>).
   */
  private void cut(Path corpus, int limit) throws IOException {
    List<String> lines;
    try (Stream<String> s = Files.lines(corpus, StandardCharsets.UTF_8)) {
      lines = new ArrayList<>(s.limit(limit).filter(l -> !l.isBlank()).toList());
    }
    Map<String, String> keys = new HashMap<>();
    for (String l : lines) {
      keys.put(l, dateOf(l) + " " + JSON.readTree(l).path("id").asText(""));
    }
    lines.sort(Comparator.comparing(keys::get));
    for (int k = 0; k < DROPS; k++) {
      List<String> part = lines.subList(lines.size() * k / DROPS, lines.size() * (k + 1) / DROPS);
      Files.write(drops.get(k).resolve(corpus.getFileName()), part, StandardCharsets.UTF_8);
    }
  }

  /** The date the job files a record under: its published day, else the run date. */
  private static LocalDate dateOf(String line) throws IOException {
    String p = JSON.readTree(line).path("published").asText("");
    try {
      return p.length() >= 10 ? LocalDate.parse(p.substring(0, 10)) : RUN;
    } catch (java.time.format.DateTimeParseException e) {
      return RUN;
    }
  }

  @ParameterizedTest
  @MethodSource("tables")
  void dropByDropEqualsOneRunOverAllDrops(String table) {
    List<List<Object>> a = nightlySnapshot.get(table);
    List<List<Object>> b = onceSnapshot.get(table);
    assertTrue(!a.isEmpty() || table.equals("rejects"), table + " is empty");
    if (!a.equals(b)) {
      fail("drop by drop differs from one run over all drops:\n" + describe(table, a, b));
    }
  }

  static List<String> tables() {
    return WarehouseSnapshot.TABLES;
  }

  /** The invariant behind the articles comparison: among exact copies, exactly one counts. */
  @Test
  void dropByDropCountsEveryArticleOnce() throws Exception {
    try (Duck duck = new Duck(incremental)) {
      List<List<Object>> twice =
          duck.rows(
              "SELECT content_hash, list(article_id ORDER BY article_id), "
                  + "list(CAST(date AS VARCHAR) ORDER BY article_id) FROM "
                  + duck.table("articles")
                  + " WHERE dup_of IS NULL GROUP BY content_hash HAVING count(*) > 1 ORDER BY 1");
      assertTrue(
          twice.isEmpty(),
          twice.size()
              + " articles are counted more than once (content_hash, "
              + "canonical copies, dates): "
              + twice.subList(0, Math.min(10, twice.size())));
    }
  }

  @Test
  void theManifestsAddUp() {
    RunManifest.Counts sum = sum(nightly);
    RunManifest.Counts all = once.totals();
    assertEquals(all.recordsIn(), sum.recordsIn());
    assertEquals(all.rejects(), sum.rejects());
    assertEquals(all.blankLines(), sum.blankLines());
    assertEquals(all.datesInferred(), sum.datesInferred());
    assertEquals(all.articles() + all.duplicates(), sum.articles() + sum.duplicates());
    assertEquals(all.articles(), sum.articles(), "articles counted (not duplicates)");
    for (RunManifest m : nightly) {
      assertTrue(m.totals().balanced(), m.totals().toString());
      assertTrue(
          m.inputs().stream().allMatch(f -> f.status().equals("read")),
          "each night reads its own drop");
    }
  }

  @Test
  void theSameDropAgainChangesNothing() throws Exception {
    Path again = tmp.resolve("wh-again");
    TestPaths.copyTree(incremental, again);
    var before = nightlySnapshot;
    Path last = drops.get(DROPS - 1);
    RunManifest m = JobRunner.run(spark, again, RUN, last);
    for (RunManifest.FileEntry f : m.inputs()) {
      assertEquals("skipped", f.status(), f.path());
      assertEquals(RunManifest.Counts.ZERO, f.counts(), f.path());
    }
    assertEquals(nightly.get(DROPS - 1).inputs().size(), m.inputs().size());
    assertEquals(RunManifest.Counts.ZERO, m.totals());
    assertEquals(List.of(), m.datesTouched());
    assertEquals(before, WarehouseSnapshot.of(again, WarehouseSnapshot.TABLES));
  }

  private static RunManifest.Counts sum(List<RunManifest> runs) {
    long[] s = new long[6];
    for (RunManifest m : runs) {
      RunManifest.Counts c = m.totals();
      s[0] += c.recordsIn();
      s[1] += c.articles();
      s[2] += c.duplicates();
      s[3] += c.rejects();
      s[4] += c.blankLines();
      s[5] += c.datesInferred();
    }
    return new RunManifest.Counts(s[0], s[1], s[2], s[3], s[4], s[5]);
  }

  /**
   * The rows only one side holds (the first few of each), so a failure names the table and the
   * rows.
   */
  private static String describe(
      String table, List<List<Object>> nightly, List<List<Object>> once) {
    Set<List<Object>> a = new HashSet<>(nightly);
    Set<List<Object>> b = new HashSet<>(once);
    List<List<Object>> onlyA = nightly.stream().filter(r -> !b.contains(r)).toList();
    List<List<Object>> onlyB = once.stream().filter(r -> !a.contains(r)).toList();
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            "%s: %d rows drop by drop, %d in one run; %d only drop by drop, %d only in one run%n",
            table, nightly.size(), once.size(), onlyA.size(), onlyB.size()));
    onlyA.stream()
        .limit(8)
        .forEach(r -> sb.append("  nightly only: ").append(shorten(r)).append('\n'));
    onlyB.stream()
        .limit(8)
        .forEach(r -> sb.append("  one run only: ").append(shorten(r)).append('\n'));
    return sb.toString();
  }

  private static String shorten(List<Object> row) {
    String s = row.toString();
    return s.length() > 400 ? s.substring(0, 400) + "…" : s;
  }
}
