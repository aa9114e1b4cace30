package io.newsgraph.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Access to the shared real-news corpora ({@code <repo>/../shared/corpora}) for tests and
 * benchmarks.
 */
final class TestCorpora {

  /** One human-rated sentence of the VADER ground-truth files. */
  record Rated(String id, double rating, String text) {}

  /** One ground-truth file. */
  record GroundTruth(String name, List<Rated> sentences) {}

  private TestCorpora() {}

  /** The corpora folder, or null when it is absent. */
  static Path dir() {
    Path p = PythonVader.repoRoot().resolve("../shared/corpora").normalize();
    return Files.isDirectory(p) ? p : null;
  }

  /** The ground-truth files (id TAB mean rating TAB text), sorted by name; empty when absent. */
  static List<GroundTruth> groundTruth() {
    Path dir = dir();
    List<GroundTruth> out = new ArrayList<>();
    if (dir == null || !Files.isDirectory(dir.resolve("vader-groundtruth"))) {
      return out;
    }
    try (Stream<Path> files = Files.list(dir.resolve("vader-groundtruth"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        List<Rated> rows = new ArrayList<>();
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
          if (line.isEmpty()) {
            continue;
          }
          String[] fields = line.split("\t", 3);
          rows.add(new Rated(fields[0], Double.parseDouble(fields[1]), fields[2]));
        }
        out.add(new GroundTruth(f.getFileName().toString(), rows));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** All ground-truth sentences in file order. */
  static List<String> groundTruthSentences() {
    List<String> out = new ArrayList<>();
    for (GroundTruth g : groundTruth()) {
      for (Rated r : g.sentences()) {
        out.add(r.text());
      }
    }
    return out;
  }

  /**
   * Sentence-ish pieces of title and text of every article of every *.jsonl file (see {@link
   * #pieces}).
   */
  static List<String> articleSentences() {
    Path dir = dir();
    List<String> out = new ArrayList<>();
    if (dir == null) {
      return out;
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
        try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
          String line;
          while ((line = r.readLine()) != null) {
            if (line.isBlank()) {
              continue;
            }
            Map<String, Object> article = MiniJson.parseObject(line);
            pieces((String) article.get("title"), out);
            pieces((String) article.get("text"), out);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /**
   * A deliberately simple splitter for parity tests: lines, then ". " inside a line (the period
   * stays with the left piece); pieces are trimmed and empty ones dropped.
   */
  static void pieces(String text, List<String> out) {
    if (text == null) {
      return;
    }
    for (String line : text.split("\n")) {
      int start = 0;
      while (true) {
        int dot = line.indexOf(". ", start);
        int end = dot < 0 ? line.length() : dot + 1;
        String piece = line.substring(start, end).strip();
        if (!piece.isEmpty()) {
          out.add(piece);
        }
        if (dot < 0) {
          break;
        }
        start = dot + 2;
      }
    }
  }
}
