package io.newsgraph.dedup;

import io.newsgraph.ingest.ArticleRecord;
import io.newsgraph.ingest.IngestedRecord;
import io.newsgraph.recount.CorpusReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Signature throughput over corpus files (UTF-16 chars of title + text, as MB): {@code
 * main(files...)}.
 */
public final class SignatureSpeed {

  public static void main(String[] args) {
    List<String[]> docs = new ArrayList<>();
    long chars = 0;
    for (String f : args) {
      for (IngestedRecord r : CorpusReader.read(LocalDate.of(2024, 1, 1), Path.of(f))) {
        if (r instanceof ArticleRecord a) {
          docs.add(new String[] {a.title(), a.text()});
          chars += (a.title() == null ? 0 : a.title().length()) + a.text().length();
        }
      }
    }
    MinHasher h = new MinHasher();
    long sink = 0;
    for (int round = 0; round < 6; round++) {
      long t0 = System.nanoTime();
      for (String[] d : docs) {
        sink += h.signature(d[0], d[1]).values()[0];
      }
      double s = (System.nanoTime() - t0) / 1e9;
      System.out.printf(
          "round %d: %d docs, %.1f MB in %.2f s = %.1f MB/s, %.0f docs/s%n",
          round, docs.size(), chars / 1e6, s, chars / 1e6 / s, docs.size() / s);
    }
    System.out.println(sink == 42 ? "" : "ok");
  }
}
