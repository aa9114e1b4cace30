package io.newsgraph.ingest;

import java.nio.charset.StandardCharsets;

/**
 * Decides from the first bytes of a file found in a folder walk whether it holds what its name
 * promises, so a table of scores or a pretty-printed JSON document beside the data is skipped with
 * a reason instead of being ingested as articles. Engine-free: the lister hands it the
 * (decompressed) head of the file.
 */
public final class InputSniffer {

  /** How much of a file's start is looked at. */
  public static final int HEAD_BYTES = 64 << 10;

  private InputSniffer() {}

  /** Why the head does not look like the format, or null when it does (an empty file does). */
  public static String problem(InputFormat format, byte[] head, int len) {
    int from = Utf8Lines.startsWithBom(head, len) ? 3 : 0;
    return switch (format) {
      case JSONL -> jsonlProblem(head, from, len);
      case TEXT ->
          Utf8Lines.looksBinary(head, from, len - from)
              ? "binary content, not text"
              // Lenient decoding: the head may end inside a multi-byte character.
              : TextArticleParser.layoutProblem(
                  new String(head, from, len - from, StandardCharsets.UTF_8));
      case UNSUPPORTED -> "not an input format (by its name)";
    };
  }

  /**
   * JSON Lines: the first non-blank line is one JSON object on its own line. Only that line is
   * judged: a bad record further down is the reader's to reject, the good ones around it must still
   * be read.
   */
  private static String jsonlProblem(byte[] b, int from, int len) {
    int i = from;
    while (i < len && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n')) {
      i++;
    }
    if (i == len) {
      return null;
    }
    int end = i;
    while (end < len && b[end] != '\n') {
      end++;
    }
    if (Utf8Lines.looksBinary(b, i, end - i)) {
      return "binary content, not text";
    }
    if (b[i] != '{') {
      return "not JSON Lines: the first record does not start with '{'";
    }
    if (end == len) {
      return null; // a first line longer than the head: it started like an object, the reader
      // decides
    }
    int last = end - 1;
    while (last > i && (b[last] == ' ' || b[last] == '\t' || b[last] == '\r')) {
      last--;
    }
    return b[last] == '}'
        ? null
        : "not JSON Lines: the first line is not a whole JSON object (a pretty-printed JSON document?)";
  }
}
