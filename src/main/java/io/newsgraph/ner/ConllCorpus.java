package io.newsgraph.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads CoNLL-format named-entity data (one token a line, the tag in the last column, {@code
 * -DOCSTART-} between documents, a blank line between sentences; IOB1 or IOB2 tags) into documents
 * of running text: each sentence's tokens are joined as a newspaper prints them ("Germany's",
 * "(AP)", "5.3%"), sentences are separated by a blank line, and each gold name becomes a char span
 * of that text. Training, development and evaluation all see the text the way the job sees an
 * article, through the project's own sentence splitter and tokenizer.
 */
public final class ConllCorpus {

  /** A gold name: chars {@code [start, end)} of the document text. */
  public record GoldSpan(int start, int end, EntityType type) {}

  /** One document: its text and gold names in text order. */
  public record Doc(String text, List<GoldSpan> spans) {}

  private static final Set<String> NO_SPACE_BEFORE =
      Set.of(
          ",", ".", ":", ";", "!", "?", ")", "]", "}", "%", "'s", "'S", "n't", "'re", "'ve", "'ll",
          "'d", "'m", "'");
  private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "{", "$");

  private ConllCorpus() {}

  public static List<Doc> read(Path file) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(r, file.toString());
    }
  }

  /**
   * @throws IllegalArgumentException naming the line when a tag is not O, B-X or I-X with X a CoNLL
   *     type
   */
  public static List<Doc> read(BufferedReader r, String source) throws IOException {
    List<Doc> docs = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    List<GoldSpan> spans = new ArrayList<>();
    List<String> words = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    String line;
    int lineNo = 0;
    while ((line = r.readLine()) != null) {
      lineNo++;
      String t = line.strip();
      if (t.isEmpty() || t.startsWith("-DOCSTART-")) {
        appendSentence(text, spans, words, tags);
        if (t.startsWith("-DOCSTART-") && text.length() > 0) {
          docs.add(new Doc(text.toString(), List.copyOf(spans)));
          text.setLength(0);
          spans.clear();
        }
        continue;
      }
      String[] cols = t.split("\\s+");
      String tag = cols[cols.length - 1];
      if (!tag.equals("O")
          && (tag.length() < 3
              || tag.charAt(1) != '-'
              || EntityType.parse(tag.substring(2)) == null
              || "BI".indexOf(tag.charAt(0)) < 0)) {
        throw new IllegalArgumentException(source + ":" + lineNo + ": not a CoNLL tag: " + tag);
      }
      words.add(cols[0]);
      tags.add(tag);
    }
    appendSentence(text, spans, words, tags);
    if (text.length() > 0) {
      docs.add(new Doc(text.toString(), List.copyOf(spans)));
    }
    return docs;
  }

  private static void appendSentence(
      StringBuilder text, List<GoldSpan> spans, List<String> words, List<String> tags) {
    if (words.isEmpty()) {
      return;
    }
    if (text.length() > 0) {
      text.append("\n\n");
    }
    int spanStart = -1;
    EntityType spanType = null;
    int lastEnd = -1;
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (i > 0 && !NO_SPACE_BEFORE.contains(w) && !NO_SPACE_AFTER.contains(words.get(i - 1))) {
        text.append(' ');
      }
      int start = text.length();
      text.append(w);
      String tag = tags.get(i);
      EntityType type = tag.equals("O") ? null : EntityType.parse(tag.substring(2));
      boolean begins = type != null && (tag.charAt(0) == 'B' || type != spanType);
      if (spanType != null && (type == null || begins)) {
        spans.add(new GoldSpan(spanStart, lastEnd, spanType));
        spanType = null;
      }
      if (begins) {
        spanStart = start;
        spanType = type;
      }
      lastEnd = text.length();
    }
    if (spanType != null) {
      spans.add(new GoldSpan(spanStart, lastEnd, spanType));
    }
    words.clear();
    tags.clear();
  }
}
