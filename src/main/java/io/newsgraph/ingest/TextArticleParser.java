package io.newsgraph.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a plain-text article laid out as delivered by news sites and clipping tools: a title line,
 * often the title again, the body paragraphs, and optionally a last line {@code Source » site}.
 */
public final class TextArticleParser {

  private final ArticleFactory articles;
  private final int rawMaxChars;
  private final Utf8Lines utf8 = new Utf8Lines();

  public TextArticleParser(ArticleFactory articles, int rawMaxChars) {
    this.articles = articles;
    this.rawMaxChars = rawMaxChars;
  }

  /** A title line longer than this is no title: the file is not one article. */
  static final int MAX_TITLE_CHARS = 1000;

  /**
   * Why the text is not one article in the layout this parser reads, or null when it is: a file
   * whose lines are mostly tab-separated columns (a table, e.g. scored sentences) or whose first
   * line is too long to be a title.
   */
  public static String layoutProblem(String s) {
    int nonBlank = 0;
    int tabbed = 0;
    String first = null;
    for (String line : s.split("\\r?\\n")) {
      if (line.isBlank()) {
        continue;
      }
      nonBlank++;
      if (first == null) {
        first = line.strip();
      }
      if (line.indexOf('\t') >= 0) {
        tabbed++;
      }
    }
    if (nonBlank >= 3 && tabbed * 2 >= nonBlank) {
      return "not an article: "
          + tabbed
          + " of "
          + nonBlank
          + " lines are tab-separated columns (a table?)";
    }
    if (first != null && first.length() > MAX_TITLE_CHARS) {
      return "not an article: the first line has "
          + first.length()
          + " characters, too long for a title";
    }
    return null;
  }

  /** One file is one article; an empty file yields nothing. */
  public List<IngestedRecord> parse(byte[] bytes, int len, String file) {
    List<IngestedRecord> out = new ArrayList<>(1);
    if (Utf8Lines.looksBinary(bytes, 0, len)) {
      out.add(
          reject(RejectReason.BINARY_CONTENT, "control bytes in a text file", bytes, len, file));
      return out;
    }
    String s = utf8.decode(bytes, 0, len);
    if (s == null) {
      out.add(reject(RejectReason.INVALID_UTF8, "bytes are not valid UTF-8", bytes, len, file));
      return out;
    }
    if (s.startsWith("\uFEFF")) {
      s = s.substring(1);
    }
    if (s.isBlank()) {
      out.add(new IngestedRecord.Blank(file, 0));
      return out;
    }
    String notArticle = layoutProblem(s);
    if (notArticle != null) {
      out.add(reject(RejectReason.NOT_AN_ARTICLE, notArticle, bytes, len, file));
      return out;
    }
    List<String> lines = new ArrayList<>(List.of(s.split("\\r?\\n", -1)));
    String title = null;
    int i = 0;
    while (i < lines.size() && lines.get(i).isBlank()) {
      i++;
    }
    title = lines.get(i).strip();
    i++;
    int j = i;
    while (j < lines.size() && lines.get(j).isBlank()) {
      j++;
    }
    if (j < lines.size() && lines.get(j).strip().equals(title)) {
      i = j + 1;
    }
    int last = lines.size() - 1;
    while (last >= i && lines.get(last).isBlank()) {
      last--;
    }
    String source = null;
    if (last >= i) {
      String l = lines.get(last).strip();
      if (l.startsWith("Source") && l.indexOf('»') > 0) {
        source = l.substring(l.indexOf('»') + 1).strip();
        last--;
      }
    }
    String body = last >= i ? String.join("\n", lines.subList(i, last + 1)).strip() : "";
    out.add(articles.create(null, source, null, title, null, body, file, 0, 1L));
    return out;
  }

  private RejectRecord reject(RejectReason reason, String detail, byte[] b, int len, String file) {
    return new RejectRecord(
        file, 0, 1L, reason, detail, Utf8Lines.rawForReject(b, 0, len, rawMaxChars), len);
  }
}
