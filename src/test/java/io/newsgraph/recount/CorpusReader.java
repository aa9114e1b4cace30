package io.newsgraph.recount;

import io.newsgraph.ingest.ArticleFactory;
import io.newsgraph.ingest.IngestedRecord;
import io.newsgraph.ingest.JsonlRecordParser;
import io.newsgraph.ingest.TextArticleParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Reads local corpus files into records without Spark or Hadoop: JSON Lines line by line through
 * the job's own {@link JsonlRecordParser} (so what is an article and what is a reject is decided by
 * the same rules), text articles through {@link TextArticleParser}, {@code .gz} through the JDK.
 * Folders are walked like the job walks them (hidden {@code .x} / {@code _x} entries and unknown
 * extensions skipped); files come back sorted by path, the order the job uses to decide which copy
 * of a repeated id comes first.
 */
public final class CorpusReader {

  private static final int RAW_MAX = 4096;

  private CorpusReader() {}

  /** Every record of every input file, files in path order, records in file order. */
  public static List<IngestedRecord> read(LocalDate runDate, Path... inputs) {
    ArticleFactory factory = new ArticleFactory(runDate);
    List<IngestedRecord> out = new ArrayList<>();
    for (Path f : files(inputs)) {
      out.addAll(readFile(f, factory));
    }
    return out;
  }

  static List<Path> files(Path... inputs) {
    List<Path> files = new ArrayList<>();
    for (Path in : inputs) {
      Path root = in.toAbsolutePath().normalize();
      if (Files.isDirectory(root)) {
        try (Stream<Path> s = Files.walk(root)) {
          s.filter(Files::isRegularFile)
              .filter(p -> !hidden(root, p))
              .filter(p -> format(p) != null)
              .forEach(files::add);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      } else {
        files.add(root);
      }
    }
    files.sort((a, b) -> a.toString().compareTo(b.toString()));
    return files.stream().distinct().toList();
  }

  private static boolean hidden(Path root, Path p) {
    for (Path x : root.relativize(p)) {
      if (x.toString().startsWith(".") || x.toString().startsWith("_")) {
        return true;
      }
    }
    return false;
  }

  /** "jsonl" or "txt", or null for a file the job does not read. */
  static String format(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".gz")) {
      n = n.substring(0, n.length() - 3);
    }
    if (n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json")) {
      return "jsonl";
    }
    return n.endsWith(".txt") ? "txt" : null;
  }

  private static List<IngestedRecord> readFile(Path f, ArticleFactory factory) {
    byte[] all;
    try (InputStream in =
        f.getFileName().toString().endsWith(".gz")
            ? new GZIPInputStream(Files.newInputStream(f))
            : Files.newInputStream(f)) {
      all = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String name = f.toUri().toString();
    String fmt = format(f);
    if (fmt == null) {
      throw new IllegalArgumentException("not a corpus file: " + f);
    }
    if (fmt.equals("txt")) {
      return new TextArticleParser(factory, RAW_MAX).parse(all, all.length, name);
    }
    JsonlRecordParser parser = new JsonlRecordParser(factory, RAW_MAX);
    List<IngestedRecord> out = new ArrayList<>();
    int start = 0;
    long line = 0;
    while (start < all.length) {
      int nl = start;
      while (nl < all.length && all[nl] != '\n') {
        nl++;
      }
      int len = nl - start;
      if (len > 0 && all[start + len - 1] == '\r') {
        len--;
      }
      line++;
      out.add(parser.parse(all, start, len, name, start, line));
      start = nl + 1;
    }
    return out;
  }
}
