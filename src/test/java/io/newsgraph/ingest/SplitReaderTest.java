package io.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SplitReaderTest {

  @TempDir Path dir;

  private final Configuration conf = new Configuration();
  private final ArticleFactory factory = new ArticleFactory(LocalDate.of(2024, 3, 9));

  private List<IngestedRecord> read(InputSplit s) {
    List<IngestedRecord> out = new ArrayList<>();
    try (SplitReader r = new SplitReader(s, conf, factory, 200)) {
      r.forEachRemaining(out::add);
    }
    return out;
  }

  private List<IngestedRecord> readFile(Path p) throws IOException {
    InputLister.InputFile f = new InputLister(conf).list(List.of(p.toString())).get(0);
    return read(InputLister.splits(List.of(f), Long.MAX_VALUE).get(0));
  }

  private static String line(int i) {
    return "{\"id\":\"n"
        + i
        + "\",\"published\":\"2024-03-0"
        + (1 + i % 9)
        + "\",\"text\":\"Item "
        + i
        + " "
        + "words ".repeat(i % 17)
        + "\"}";
  }

  @Test
  void byteRangeSplitsReadEveryLineExactlyOnce() throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 3000; i++) {
      sb.append(line(i)).append(i % 100 == 0 ? "\r\n" : "\n");
    }
    Path p = dir.resolve("big.jsonl");
    Files.writeString(p, sb.toString());
    List<IngestedRecord> whole = readFile(p);
    InputLister.InputFile f = new InputLister(conf).list(List.of(p.toString())).get(0);
    for (long size : new long[] {997, 4096, 65_536}) {
      List<InputSplit> splits = InputLister.splits(List.of(f), size);
      assertTrue(splits.size() > 1);
      List<IngestedRecord> parts = new ArrayList<>();
      splits.forEach(s -> parts.addAll(read(s)));
      assertEquals(3000, parts.size(), "split size " + size);
      for (int i = 0; i < 3000; i++) {
        ArticleRecord a = assertInstanceOf(ArticleRecord.class, parts.get(i));
        assertEquals("n" + i, a.articleId());
        assertEquals(((ArticleRecord) whole.get(i)).offset(), a.offset());
      }
    }
  }

  @Test
  void truncatedGzipKeepsWhatWasReadAndRejectsTheRest() throws IOException {
    ByteArrayOutputStream bos = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bos)) {
      for (int i = 0; i < 2000; i++) {
        gz.write((line(i) + "\n").getBytes(StandardCharsets.UTF_8));
      }
    }
    byte[] all = bos.toByteArray();
    Path p = dir.resolve("cut.jsonl.gz");
    Files.write(p, Arrays.copyOf(all, all.length / 2));
    List<IngestedRecord> recs = readFile(p);
    RejectRecord last = assertInstanceOf(RejectRecord.class, recs.get(recs.size() - 1));
    assertEquals(RejectReason.TRUNCATED_INPUT, last.reason());
    assertTrue(recs.size() > 100 && recs.size() < 2000, "read " + recs.size());
    recs.subList(0, recs.size() - 1).forEach(r -> assertInstanceOf(ArticleRecord.class, r));
  }

  @Test
  void aTwentyMegabyteArticleIsOneArticle() throws IOException {
    Path p = dir.resolve("huge.jsonl");
    String text = "The council met again. ".repeat(20_000_000 / 23);
    Files.writeString(
        p, line(1) + "\n{\"id\":\"huge\",\"text\":\"" + text + "\"}\n" + line(2) + "\n");
    List<IngestedRecord> recs = readFile(p);
    assertEquals(3, recs.size());
    assertEquals(text.length(), assertInstanceOf(ArticleRecord.class, recs.get(1)).text().length());
  }

  @Test
  void emptyFileYieldsNothing() throws IOException {
    Path p = dir.resolve("empty.jsonl");
    Files.writeString(p, "");
    assertEquals(List.of(), readFile(p));
  }

  @Test
  void unknownFormatNamedExplicitlyIsOneReject() throws IOException {
    Path p = dir.resolve("notes.csv");
    Files.writeString(p, "a,b\n1,2\n");
    List<IngestedRecord> recs = readFile(p);
    assertEquals(
        RejectReason.UNSUPPORTED_FORMAT,
        assertInstanceOf(RejectRecord.class, recs.get(0)).reason());
  }

  @Test
  void folderWalkSkipsHiddenAndNonDataFiles() throws IOException {
    Files.createDirectories(dir.resolve("in/sub"));
    Files.writeString(dir.resolve("in/a.jsonl"), line(1));
    Files.writeString(dir.resolve("in/sub/b.txt"), "T\nbody");
    Files.writeString(dir.resolve("in/README.md"), "about");
    Files.writeString(dir.resolve("in/.a.jsonl.crc"), "x");
    Files.writeString(dir.resolve("in/_SUCCESS"), "");
    List<InputLister.InputFile> files =
        new InputLister(conf).list(List.of(dir.resolve("in").toString()));
    assertEquals(
        List.of("a.jsonl", "b.txt"),
        files.stream().map(f -> Path.of(f.path().substring(5)).getFileName().toString()).toList());
  }

  @Test
  void aByteOrderMarkOpensTheFileAndIsNotPartOfTheFirstRecord() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    Path p = dir.resolve("bom.jsonl");
    ByteArrayOutputStream bos = new ByteArrayOutputStream();
    bos.write(bom);
    bos.write((line(1) + "\n" + line(2) + "\n").getBytes(StandardCharsets.UTF_8));
    Files.write(p, bos.toByteArray());
    List<IngestedRecord> recs = readFile(p);
    assertEquals(2, recs.size());
    assertEquals("n1", assertInstanceOf(ArticleRecord.class, recs.get(0)).articleId());
    assertEquals("n2", assertInstanceOf(ArticleRecord.class, recs.get(1)).articleId());
    // The same bytes again after the first line are no byte-order mark: that record stays a reject.
    Path mid = dir.resolve("bom-mid.jsonl");
    bos.write(bom);
    bos.write((line(3) + "\n").getBytes(StandardCharsets.UTF_8));
    Files.write(mid, bos.toByteArray());
    List<IngestedRecord> three = readFile(mid);
    assertEquals(
        RejectReason.MALFORMED_JSON, assertInstanceOf(RejectRecord.class, three.get(2)).reason());
    // A text article with a mark: the title does not start with U+FEFF.
    Path t = dir.resolve("bom.txt");
    ByteArrayOutputStream tb = new ByteArrayOutputStream();
    tb.write(bom);
    tb.write("Ports reopen\n\nShips sailed again on Monday.\n".getBytes(StandardCharsets.UTF_8));
    Files.write(t, tb.toByteArray());
    assertEquals("Ports reopen", assertInstanceOf(ArticleRecord.class, readFile(t).get(0)).title());
  }

  /**
   * A table of scored sentences, one "id TAB score TAB sentence" per line, written for this test.
   */
  private static String scoredTable() {
    return "1\t2.1\tWhat a lovely morning by the river.\n2\t-1.4\tThe bus never came and it rained.\n"
        + "3\t0.2\tThe shop opens at nine.\n4\t1.9\tBest soup in town, truly.\n";
  }

  @Test
  void folderWalkReadsOnlyWhatLooksLikeItsFormatAndListsTheRestWithReasons() throws IOException {
    Path in = Files.createDirectories(dir.resolve("drop"));
    Files.writeString(in.resolve("a.jsonl"), line(1) + "\n");
    Files.writeString(
        in.resolve("story.txt"), "Ports reopen\n\nShips sailed again.\n\nSource » example.org\n");
    Files.writeString(in.resolve("scores_GroundTruth.txt"), scoredTable());
    Files.writeString(in.resolve("meta.json"), "{\n  \"name\": \"drop\",\n  \"files\": 3\n}\n");
    Files.writeString(in.resolve("odd.jsonl"), "id,title\n1,x\n");
    Files.write(in.resolve("noise.jsonl"), new byte[] {1, 0, 2, 0, 3});
    Files.writeString(in.resolve("README.md"), "about");
    Files.writeString(in.resolve("_SUCCESS"), "");
    InputLister.Listing l = new InputLister(conf).listing(List.of(in.toString()));
    assertEquals(
        List.of("a.jsonl", "story.txt"),
        l.files().stream().map(f -> Path.of(f.path()).getFileName().toString()).toList());
    java.util.Map<String, String> why = new java.util.TreeMap<>();
    l.skipped().forEach(f -> why.put(Path.of(f.path()).getFileName().toString(), f.reason()));
    assertEquals(
        List.of(
            "README.md",
            "_SUCCESS",
            "meta.json",
            "noise.jsonl",
            "odd.jsonl",
            "scores_GroundTruth.txt"),
        List.copyOf(why.keySet()));
    assertTrue(
        why.get("scores_GroundTruth.txt").contains("4 of 4 lines are tab-separated"),
        why.toString());
    assertTrue(why.get("meta.json").contains("not a whole JSON object"), why.toString());
    assertTrue(why.get("odd.jsonl").contains("does not start with '{'"), why.toString());
    assertTrue(why.get("noise.jsonl").contains("binary"), why.toString());
    assertTrue(why.get("README.md").contains("not an input format"), why.toString());
    assertTrue(why.get("_SUCCESS").contains("hidden"), why.toString());
    // Named explicitly, the same table is read, and rejected as a whole with the reason.
    List<IngestedRecord> recs = readFile(in.resolve("scores_GroundTruth.txt"));
    RejectRecord r = assertInstanceOf(RejectRecord.class, recs.get(0));
    assertEquals(RejectReason.NOT_AN_ARTICLE, r.reason());
    assertEquals(1, recs.size());
  }

  @Test
  void aTextFileWhoseFirstLineIsNoTitleIsRejected() throws IOException {
    Path p = dir.resolve("wall.txt");
    Files.writeString(p, "word ".repeat(400) + "\n\nmore\n");
    assertEquals(
        RejectReason.NOT_AN_ARTICLE,
        assertInstanceOf(RejectRecord.class, readFile(p).get(0)).reason());
    // One tab in a body is fine: an article is not a table.
    Path ok = dir.resolve("ok.txt");
    Files.writeString(ok, "Title\n\nPrices\trose.\n\nThey fell later.\n\nAnalysts were unsure.\n");
    assertInstanceOf(ArticleRecord.class, readFile(ok).get(0));
  }
}
