package io.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.testing.Duck;
import io.newsgraph.testing.JobRunner;
import io.newsgraph.testing.SparkTestSession;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus of every kind of bad input, generated here: malformed JSON, invalid UTF-8, control
 * bytes, an empty file, a file of random bytes, a 20 MB article, a .gz cut in the middle, missing
 * and unparseable dates, HTML, a blank line, a JSON array, a number as text, an id seen again with
 * other content, and a file of an unsupported type named explicitly. Nothing may be lost: every
 * record is an article, a duplicate or a reject with its reason and its raw bytes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest {

  private static final LocalDate RUN = LocalDate.of(2024, 5, 1);

  /**
   * The big article's text: this sentence of 10 words (65 characters) repeated to just over 20 MiB.
   */
  private static final String BIG_SENTENCE =
      "Lorem ipsum dolor sit amet, consectetur adipiscing elit sed do. ";

  private static final int BIG_REPEAT = (20 << 20) / BIG_SENTENCE.length() + 1;

  /** Its words; the title adds two. */
  private static final int BIG_WORDS = BIG_REPEAT * 10;

  private static final int GZ_LINES = 300;
  private static final int LONG_MALFORMED = 10_000;

  @TempDir static Path tmp;

  private SparkSession spark;
  private Path wh;
  private Path input;
  private Path unsupported;
  private RunManifest m;
  private Duck duck;

  /** Complete lines a plain gzip reader gets out of the cut .gz before it fails. */
  private int gzReadable;

  @BeforeAll
  void runOnce() throws Exception {
    input = Files.createDirectories(tmp.resolve("input"));
    writeMixed(input.resolve("mixed.jsonl"));
    Files.write(input.resolve("empty.jsonl"), new byte[0]);
    writeBig(input.resolve("big.jsonl"));
    gzReadable = writeCutGz(input.resolve("cut.jsonl.gz"));
    // Beside the data, not data: a folder walk skips it.
    Files.writeString(input.resolve("README.md"), "# drop of 2024-05-01\n");
    unsupported = Files.createDirectories(tmp.resolve("other")).resolve("notes.csv");
    Files.writeString(unsupported, "id,title\n1,a csv is not an input format\n");
    // Random bytes under a .jsonl name: named explicitly they are read and rejected (in a folder
    // walk the
    // sniffing would skip them as binary).
    byte[] junk = new byte[64 << 10];
    new Random(5).nextBytes(junk);
    Path junkFile = tmp.resolve("other/junk.jsonl");
    Files.write(junkFile, junk);

    spark = SparkTestSession.start();
    wh = tmp.resolve("wh");
    m = JobRunner.run(spark, wh, RUN, input, unsupported, junkFile);
    duck = new Duck(wh);
  }

  @AfterAll
  void stop() throws Exception {
    if (duck != null) {
      duck.close();
    }
    if (spark != null) {
      spark.stop();
    }
  }

  /** One line per kind of record problem, plus good articles around them. */
  private static void writeMixed(Path p) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    line(
        b,
        "{\"id\": \"ok-1\", \"published\": \"2024-04-30\", \"title\": \"Israel and Iran\", "
            + "\"text\": \"Israel and Iran traded threats on Tuesday.\"}");
    // malformed JSON, and long: its raw is cut to 4,096 characters, raw_bytes keeps the full size
    String open = "{\"id\": \"bad-json\", \"title\": \"";
    line(b, open + "x".repeat(LONG_MALFORMED - open.length()));
    // invalid UTF-8: a lone continuation byte and an 0xFF
    b.write("{\"id\": \"bad-utf8\", \"title\": \"caf".getBytes(StandardCharsets.UTF_8));
    b.write(new byte[] {(byte) 0x80, (byte) 0xFF});
    line(b, "\", \"text\": \"body\"}");
    // control bytes (a NUL) inside an otherwise fine record
    b.write("{\"id\": \"nul\", \"title\": \"a".getBytes(StandardCharsets.UTF_8));
    b.write(0);
    line(b, "b\"}");
    line(b, "   "); // a blank line: not a record
    line(b, "[\"an\", \"array\", \"line\"]");
    line(b, "{\"id\": \"num-text\", \"title\": \"Numbers\", \"text\": 42}");
    line(b, "{\"id\": \"no-content\", \"title\": \"\", \"text\": null}");
    line(
        b,
        "{\"id\": \"no-date\", \"title\": \"Undated\", \"text\": \"Hamas and Israel, no date given.\"}");
    line(
        b,
        "{\"id\": \"odd-date\", \"published\": \"last Tuesday\", \"title\": \"Odd date\", "
            + "\"text\": \"Egypt mediated, the report said.\"}");
    line(
        b,
        "{\"id\": \"html\", \"published\": \"2024-04-29\", \"title\": \"<b>Html</b> title\", \"text\": "
            + "\"<p>Lebanon and <a href='https://example.org'>Hezbollah</a> &amp; Israel.</p><script>var x = 1;</script>"
            + "<p>Second paragraph.</p>\"}");
    line(
        b,
        "{\"id\": \"ok-1\", \"published\": \"2024-04-30\", \"title\": \"Another text\", "
            + "\"text\": \"Same id, different content.\"}");
    line(
        b,
        "{\"id\": \"ok-2\", \"published\": \"2024-04-30T08:15:00Z\", \"title\": \"Syria\", "
            + "\"text\": \"Syria and Turkey met.\"}");
    Files.write(p, b.toByteArray());
  }

  private static void line(ByteArrayOutputStream b, String s) {
    b.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    b.write('\n');
  }

  private static void writeBig(Path p) throws IOException {
    StringBuilder sb = new StringBuilder(BIG_SENTENCE.length() * BIG_REPEAT + 100);
    sb.append(
        "{\"id\": \"big\", \"published\": \"2024-04-28\", \"title\": \"Big article\", \"text\": \"");
    for (int i = 0; i < BIG_REPEAT; i++) {
      sb.append(BIG_SENTENCE);
    }
    sb.append("\"}\n");
    Files.writeString(p, sb);
    assertTrue(Files.size(p) > 20 << 20, "the big article should be over 20 MiB: " + Files.size(p));
  }

  /**
   * A .gz of GZ_LINES articles cut in the middle; returns how many whole lines a plain gzip reader
   * gets.
   */
  private static int writeCutGz(Path p) throws IOException {
    Random r = new Random(11);
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(gz)) {
      for (int i = 0; i < GZ_LINES; i++) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < 80; w++) {
          text.append(Long.toString(r.nextLong() & Long.MAX_VALUE, 36)).append(' ');
        }
        out.write(
            ("{\"id\": \"gz-"
                    + i
                    + "\", \"published\": \"2024-04-27\", \"title\": \"Item "
                    + i
                    + "\", \"text\": \""
                    + text
                    + "\"}\n")
                .getBytes(StandardCharsets.UTF_8));
      }
    }
    byte[] all = gz.toByteArray();
    byte[] cut = Arrays.copyOf(all, all.length / 2);
    Files.write(p, cut);
    ByteArrayOutputStream got = new ByteArrayOutputStream();
    try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(cut))) {
      byte[] buf = new byte[8192];
      int n;
      while ((n = in.read(buf)) > 0) {
        got.write(buf, 0, n);
      }
    } catch (EOFException expected) {
      // the cut
    }
    String s = got.toString(StandardCharsets.UTF_8);
    return (int) s.chars().filter(c -> c == '\n').count();
  }

  private String file(String name) {
    return m.inputs().stream()
        .map(RunManifest.FileEntry::path)
        .filter(f -> f.endsWith("/" + name))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " not in the manifest: " + m.inputs()));
  }

  private RunManifest.Counts counts(String name) {
    String f = file(name);
    return m.inputs().stream().filter(e -> e.path().equals(f)).findFirst().orElseThrow().counts();
  }

  @Test
  void nothingIsLostPerFileAndInTotal() throws Exception {
    assertEquals(
        Set.of(
            "mixed.jsonl", "empty.jsonl", "junk.jsonl", "big.jsonl", "cut.jsonl.gz", "notes.csv"),
        Set.copyOf(
            m.inputs().stream()
                .map(f -> Path.of(f.path().replaceFirst("^file:", "")).getFileName().toString())
                .toList()),
        "README.md beside the data is skipped, notes.csv named explicitly is read");
    assertEquals(
        List.of("README.md"),
        m.skippedInputs().stream().map(f -> Path.of(f.path()).getFileName().toString()).toList());
    long sum = 0;
    for (RunManifest.FileEntry f : m.inputs()) {
      assertTrue(f.counts().balanced(), f.path() + " " + f.counts());
      sum += f.counts().recordsIn();
      long rejectRows =
          duck.count(
              "SELECT count(*) FROM "
                  + duck.table("rejects")
                  + " WHERE input_file = '"
                  + f.path()
                  + "'");
      assertEquals(f.counts().rejects(), rejectRows, "rejects table rows of " + f.path());
      long articleRows =
          duck.count(
              "SELECT count(*) FROM "
                  + duck.table("articles")
                  + " WHERE input_file = '"
                  + f.path()
                  + "'");
      assertEquals(
          f.counts().articles() + f.counts().duplicates(),
          articleRows,
          "article rows of " + f.path());
    }
    assertTrue(m.totals().balanced(), m.totals().toString());
    assertEquals(sum, m.totals().recordsIn());
    assertEquals(m.totals().rejects(), duck.count("SELECT count(*) FROM " + duck.table("rejects")));

    // mixed.jsonl: 13 lines, one blank; 5 articles (ok-1, no-date, odd-date, html, ok-2), 7
    // rejects; 2 undated
    assertEquals(new RunManifest.Counts(12, 5, 0, 7, 1, 2), counts("mixed.jsonl"));
    assertEquals(RunManifest.Counts.ZERO, counts("empty.jsonl"));
    assertEquals(
        1, counts("big.jsonl").recordsIn()); // article or reject: see the big article's own test
    assertEquals(new RunManifest.Counts(1, 0, 0, 1, 0, 0), counts("notes.csv"));
    RunManifest.Counts junk = counts("junk.jsonl");
    assertEquals(0, junk.articles());
    assertTrue(junk.rejects() > 0, junk.toString());
  }

  @Test
  void everyRejectReasonWithItsCount() throws Exception {
    String junk = file("junk.jsonl");
    String big = file("big.jsonl");
    Map<String, Long> byReason = new TreeMap<>();
    for (List<Object> r :
        duck.rows(
            "SELECT reason, count(*) FROM "
                + duck.table("rejects")
                + " WHERE input_file <> '"
                + junk
                + "' AND input_file <> '"
                + big
                + "' GROUP BY reason")) {
      byReason.put((String) r.get(0), ((Number) r.get(1)).longValue());
    }
    Map<String, Long> expected =
        new TreeMap<>(
            Map.of(
                "malformed_json",
                1L,
                "invalid_utf8",
                1L,
                "binary_content",
                1L,
                "not_an_object",
                1L,
                "bad_field_type",
                1L,
                "no_content",
                1L,
                "duplicate_id_conflict",
                1L,
                "truncated_input",
                1L,
                "unsupported_format",
                1L));
    assertEquals(expected, byReason);

    // Random bytes are binary, invalid UTF-8 or (rarely) not JSON: never an article, never lost.
    for (List<Object> r :
        duck.rows(
            "SELECT DISTINCT reason FROM "
                + duck.table("rejects")
                + " WHERE input_file = '"
                + junk
                + "'")) {
      assertTrue(
          Set.of("binary_content", "invalid_utf8", "malformed_json").contains((String) r.get(0)),
          "junk rejected as " + r.get(0));
    }
    // The manifest agrees with the table.
    Map<String, Long> all = new HashMap<>(expected);
    for (List<Object> r :
        duck.rows(
            "SELECT reason, count(*) FROM "
                + duck.table("rejects")
                + " WHERE input_file IN ('"
                + junk
                + "', '"
                + big
                + "') GROUP BY reason")) {
      all.merge((String) r.get(0), ((Number) r.get(1)).longValue(), Long::sum);
    }
    assertEquals(all, m.rejectsByReason());
  }

  @Test
  void rejectsHoldTheRawBytesCutAndTheReason() throws Exception {
    String mixed = file("mixed.jsonl");
    Map<String, List<Object>> byReason = new HashMap<>();
    for (List<Object> r :
        duck.rows(
            "SELECT reason, raw, raw_bytes, input_line, detail, date FROM "
                + duck.table("rejects")
                + " WHERE input_file = '"
                + mixed
                + "'")) {
      byReason.put((String) r.get(0), r);
      assertNotNull(r.get(4), "detail of " + r.get(0));
      assertEquals(
          RUN.toString(), String.valueOf(r.get(5)), "rejects are filed under the run date");
    }
    List<Object> malformed = byReason.get("malformed_json");
    assertEquals(4096, ((String) malformed.get(1)).length(), "raw cut to 4,096 characters");
    assertTrue(((String) malformed.get(1)).startsWith("{\"id\": \"bad-json\", \"title\": \"xxx"));
    assertEquals(
        (long) LONG_MALFORMED, ((Number) malformed.get(2)).longValue(), "raw_bytes: the full size");
    assertEquals(2L, ((Number) malformed.get(3)).longValue(), "input_line");

    String utf8 = (String) byReason.get("invalid_utf8").get(1);
    assertTrue(utf8.startsWith("{\"id\": \"bad-utf8\", \"title\": \"caf\uFFFD"), utf8);
    assertTrue(utf8.endsWith("\", \"text\": \"body\"}"), utf8);
    assertTrue(((String) byReason.get("binary_content").get(1)).startsWith("{\"id\": \"nul\""));
    assertEquals("[\"an\", \"array\", \"line\"]", byReason.get("not_an_object").get(1));
    assertTrue(((String) byReason.get("bad_field_type").get(1)).contains("\"text\": 42"));
    assertTrue(((String) byReason.get("bad_field_type").get(4)).contains("text"));
    assertTrue(((String) byReason.get("no_content").get(1)).contains("no-content"));
    // the id conflict: the second record's content is what is kept, the first stays the article
    assertTrue(
        ((String) byReason.get("duplicate_id_conflict").get(1))
            .contains("Same id, different content."));

    List<List<Object>> csv =
        duck.rows(
            "SELECT reason, raw_bytes FROM "
                + duck.table("rejects")
                + " WHERE input_file = '"
                + file("notes.csv")
                + "'");
    assertEquals(List.of(List.of("unsupported_format", Files.size(unsupported))), csv);
  }

  /**
   * Records up to 64 MiB are taken (README, Input); a 20 MiB one is an article. Fails while
   * JsonlRecordParser keeps Jackson's default StreamReadConstraints, whose maxStringLength
   * (20,000,000 characters in Jackson 2.20) turns any title or text longer than that into a
   * malformed_json reject.
   */
  @Test
  void theTwentyMegabyteArticleIsAnArticleWithItsFullWordCount() throws Exception {
    List<List<Object>> rejected =
        duck.rows(
            "SELECT reason, detail FROM "
                + duck.table("rejects")
                + " WHERE input_file = '"
                + file("big.jsonl")
                + "'");
    assertEquals(List.of(), rejected, "the 20 MiB article was rejected");
    assertEquals(new RunManifest.Counts(1, 1, 0, 0, 0, 0), counts("big.jsonl"));
    List<List<Object>> big =
        duck.rows(
            "SELECT word_count, length(text), date_inferred, CAST(date AS VARCHAR) FROM "
                + duck.table("articles")
                + " WHERE article_id = 'big'");
    assertEquals(1, big.size());
    assertEquals(BIG_WORDS + 2, ((Number) big.get(0).get(0)).intValue());
    assertTrue(((Number) big.get(0).get(1)).longValue() >= 20 << 20);
    assertEquals(List.of(false, "2024-04-28"), big.get(0).subList(2, 4));
    assertEquals(
        1,
        duck.count(
            "SELECT count(*) FROM " + duck.table("article_tone") + " WHERE article_id = 'big'"));
  }

  @Test
  void htmlIsStrippedAndDatesAreInferred() throws Exception {
    List<List<Object>> html =
        duck.rows(
            "SELECT title, text, html_stripped FROM "
                + duck.table("articles")
                + " WHERE article_id = 'html'");
    assertEquals(1, html.size());
    String title = (String) html.get(0).get(0);
    String text = (String) html.get(0).get(1);
    assertEquals("Html title", title);
    assertFalse(text.matches("(?s).*<[a-zA-Z/!][^>]*>.*"), "tags left in: " + text);
    assertFalse(text.contains("var x"), "script content left in: " + text);
    assertFalse(text.contains("&amp;"), text);
    assertTrue(text.contains("Lebanon and Hezbollah & Israel."), text);
    assertTrue(text.contains("Second paragraph."), text);
    assertEquals(true, html.get(0).get(2));

    List<List<Object>> dated =
        duck.rows(
            "SELECT article_id, published, date_inferred, CAST(date AS VARCHAR) FROM "
                + duck.table("articles")
                + " WHERE article_id IN ('no-date', 'odd-date', 'ok-2') ORDER BY 1");
    assertEquals(
        List.of(
            Arrays.asList("no-date", null, true, RUN.toString()),
            Arrays.asList("odd-date", "last Tuesday", true, RUN.toString()),
            Arrays.asList("ok-2", "2024-04-30T08:15:00Z", false, "2024-04-30")),
        dated);
    // the first ok-1 is the article; the one with other content under its id is a reject
    assertEquals(
        List.of(List.of("Israel and Iran")),
        duck.rows("SELECT title FROM " + duck.table("articles") + " WHERE article_id = 'ok-1'"));
  }

  @Test
  void theCutGzKeepsTheRecordsBeforeTheCut() throws Exception {
    String gz = file("cut.jsonl.gz");
    RunManifest.Counts c = counts("cut.jsonl.gz");
    assertEquals(1, c.rejects(), c.toString());
    List<List<Object>> ids =
        duck.rows(
            "SELECT CAST(substr(article_id, 4) AS INTEGER) AS n FROM "
                + duck.table("articles")
                + " WHERE input_file = '"
                + gz
                + "' ORDER BY n");
    int kept = ids.size();
    assertTrue(kept > 0 && kept < GZ_LINES, "kept " + kept);
    for (int i = 0; i < kept; i++) {
      assertEquals(
          i, ((Number) ids.get(i).get(0)).intValue(), "the records before the cut, in order");
    }
    // Every whole line before the cut is kept (a decompressor may hand out the last bytes before
    // the cut or not).
    assertTrue(
        kept >= gzReadable - 1 && kept <= gzReadable,
        "kept " + kept + " of " + gzReadable + " readable");
    List<List<Object>> rej =
        duck.rows(
            "SELECT reason, detail, raw FROM "
                + duck.table("rejects")
                + " WHERE input_file = '"
                + gz
                + "'");
    assertEquals("truncated_input", rej.get(0).get(0));
    String raw = (String) rej.get(0).get(2);
    assertTrue(
        raw.isEmpty() || raw.startsWith("{\"id\": \"gz-" + kept + "\""),
        "the partial line: " + raw);
  }
}
