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

  @TempDir
  Path dir;

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
    return "{\"id\":\"n" + i + "\",\"published\":\"2024-03-0" + (1 + i % 9) + "\",\"text\":\"Item " + i + " "
        + "words ".repeat(i % 17) + "\"}";
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
    Files.writeString(p, line(1) + "\n{\"id\":\"huge\",\"text\":\"" + text + "\"}\n" + line(2) + "\n");
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
    assertEquals(RejectReason.UNSUPPORTED_FORMAT, assertInstanceOf(RejectRecord.class, recs.get(0)).reason());
  }

  @Test
  void folderWalkSkipsHiddenAndNonDataFiles() throws IOException {
    Files.createDirectories(dir.resolve("in/sub"));
    Files.writeString(dir.resolve("in/a.jsonl"), line(1));
    Files.writeString(dir.resolve("in/sub/b.txt"), "T\nbody");
    Files.writeString(dir.resolve("in/README.md"), "about");
    Files.writeString(dir.resolve("in/.a.jsonl.crc"), "x");
    Files.writeString(dir.resolve("in/_SUCCESS"), "");
    List<InputLister.InputFile> files = new InputLister(conf).list(List.of(dir.resolve("in").toString()));
    assertEquals(List.of("a.jsonl", "b.txt"), files.stream().map(f -> Path.of(f.path().substring(5)).getFileName()
        .toString()).toList());
  }
}
