package io.newsgraph.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;

/**
 * Builds an {@link ArticleRecord} from the fields a reader found: cleans HTML, resolves the date,
 * computes the content hash and, where the input has no id, a deterministic one from the content.
 */
public final class ArticleFactory {

  private final LocalDate runDate;

  public ArticleFactory(LocalDate runDate) {
    this.runDate = runDate;
  }

  public ArticleRecord create(
      String id,
      String source,
      String url,
      String title,
      String published,
      String text,
      String inputFile,
      long offset,
      Long line) {
    String cleanTitle = blankToNull(title);
    String body = text == null ? "" : text;
    boolean html = false;
    if (HtmlText.looksLikeHtml(body)) {
      body = HtmlText.toPlain(body);
      html = true;
    }
    if (cleanTitle != null && HtmlText.looksLikeHtml(cleanTitle)) {
      cleanTitle = blankToNull(HtmlText.toPlain(cleanTitle));
      html = true;
    }
    cleanTitle = withoutPublisherSuffix(cleanTitle, source);
    String hash = contentHash(cleanTitle, body);
    String articleId = id != null && !id.isBlank() ? id.strip() : "h:" + hash;
    LocalDate date = parseDate(published);
    return new ArticleRecord(
        articleId,
        blankToNull(source),
        blankToNull(url),
        cleanTitle,
        blankToNull(published),
        date == null ? runDate : date,
        date == null,
        body,
        hash,
        countWords(cleanTitle) + countWords(body),
        html,
        inputFile,
        offset,
        line);
  }

  /**
   * Aggregators write headlines as "Headline - Publisher". The publisher is the source, not an
   * actor of the story: left in, every headline would co-mention its publisher. Removed when it
   * repeats the source field.
   */
  static String withoutPublisherSuffix(String title, String source) {
    if (title == null || source == null || source.isBlank()) {
      return title;
    }
    String src = source.strip();
    for (String sep : new String[] {" - ", " | ", " \u2013 ", " \u2014 "}) {
      String tail = sep + src;
      if (title.length() > tail.length()
          && title.regionMatches(true, title.length() - tail.length(), tail, 0, tail.length())) {
        return title.substring(0, title.length() - tail.length()).strip();
      }
    }
    return title;
  }

  /** YYYY-MM-DD, or an ISO date-time whose first ten characters are one. */
  static LocalDate parseDate(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    String t = s.strip();
    if (t.length() > 10 && (t.charAt(10) == 'T' || t.charAt(10) == ' ')) {
      t = t.substring(0, 10);
    }
    if (t.length() != 10) {
      return null;
    }
    try {
      return LocalDate.parse(t);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /**
   * Hash of the title and text with case and white space folded, so that a wire copy re-wrapped by
   * another publisher's system still collapses with the original.
   */
  static String contentHash(String title, String text) {
    StringBuilder sb = new StringBuilder((title == null ? 0 : title.length()) + text.length() + 1);
    appendFolded(sb, title);
    sb.append('\u0001');
    appendFolded(sb, text);
    try {
      byte[] d =
          MessageDigest.getInstance("SHA-256")
              .digest(sb.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static void appendFolded(StringBuilder sb, String s) {
    if (s == null) {
      return;
    }
    boolean space = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 128) {
        // the same folding as below for ASCII, without the Unicode tables (most news text)
        if (c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001C' && c <= '\u001F')) {
          if (!space) {
            sb.append(' ');
            space = true;
          }
        } else {
          sb.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
          space = false;
        }
        continue;
      }
      if (Character.isWhitespace(c)) {
        if (!space) {
          sb.append(' ');
          space = true;
        }
      } else {
        sb.append(Character.toLowerCase(c));
        space = false;
      }
    }
  }

  static int countWords(String s) {
    if (s == null) {
      return 0;
    }
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean w =
          c < 128
              ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
              : Character.isLetterOrDigit(c);
      if (w && !in) {
        n++;
      }
      in = w;
    }
    return n;
  }

  private static String blankToNull(String s) {
    return isBlank(s) ? null : s.strip();
  }

  /** Blank also when made of no-break or zero-width spaces, which String.isBlank counts as text. */
  static boolean isBlank(String s) {
    if (s == null) {
      return true;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isWhitespace(c)
          && !Character.isSpaceChar(c)
          && c != '\u200B'
          && c != '\uFEFF') {
        return false;
      }
    }
    return true;
  }
}
