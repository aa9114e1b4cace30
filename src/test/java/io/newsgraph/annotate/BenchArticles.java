package io.newsgraph.annotate;

import io.newsgraph.actors.JsonFields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Real articles (title, text) for the core benchmarks: every JSONL file of ../shared/corpora that
 * is news (Reuters-21578 both parts, the Gaza headlines, the IDF Telegram posts), or the files
 * given. Falls back to the bundled sample corpus when ../shared is absent.
 */
public final class BenchArticles {

  public static final Path CORPORA =
      Path.of("").toAbsolutePath().resolve("../shared/corpora").normalize();
  static final List<String> DEFAULT_FILES =
      List.of(
          "reuters21578-train.jsonl",
          "reuters21578-other.jsonl",
          "gaza-headlines-2023-2024.jsonl",
          "idf-telegram-2023-2024.jsonl");

  /** title, text (either may be null). */
  public record Article(String title, String text) {
    public long utf8Bytes() {
      return (title == null ? 0 : title.getBytes(StandardCharsets.UTF_8).length)
          + (text == null ? 0 : text.getBytes(StandardCharsets.UTF_8).length);
    }
  }

  private BenchArticles() {}

  /**
   * @param files JSONL files; empty = the default set under ../shared/corpora (or the sample
   *     corpus).
   */
  public static List<Article> load(List<Path> files) {
    List<Path> paths = new ArrayList<>(files);
    if (paths.isEmpty()) {
      for (String f : DEFAULT_FILES) {
        Path p = CORPORA.resolve(f);
        if (Files.isRegularFile(p)) {
          paths.add(p);
        }
      }
      if (paths.isEmpty()) {
        paths.add(Path.of("src/sample/corpus/wire-2024-03.jsonl"));
      }
    }
    List<Article> out = new ArrayList<>();
    for (Path p : paths) {
      try {
        for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
          if (!line.isBlank()) {
            out.add(new Article(JsonFields.string(line, "title"), JsonFields.string(line, "text")));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  public static String[] titles(List<Article> articles) {
    return articles.stream().map(Article::title).toArray(String[]::new);
  }

  public static String[] texts(List<Article> articles) {
    return articles.stream().map(Article::text).toArray(String[]::new);
  }

  /**
   * Splits and tokenises every article once as the annotator does (the chars copied once into
   * {@link io.newsgraph.text.DocTokens}), reusing the buffers; returns the token count.
   */
  public static long splitTokenise(
      String[] titles,
      String[] texts,
      io.newsgraph.text.IntList bounds,
      io.newsgraph.text.DocTokens tokens) {
    long n = 0;
    for (int i = 0; i < titles.length; i++) {
      String doc = Document.of(titles[i], texts[i]);
      bounds.clear();
      int s = io.newsgraph.text.SentenceSplitter.INSTANCE.split(doc, bounds);
      n += tokens.fill(doc, bounds).firstToken(s);
    }
    return n;
  }

  public static long utf8Bytes(List<Article> articles) {
    long b = 0;
    for (Article a : articles) {
      b += a.utf8Bytes();
    }
    return b;
  }
}
