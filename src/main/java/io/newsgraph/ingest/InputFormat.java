package io.newsgraph.ingest;

import java.util.Locale;

/**
 * How a file is read, decided by its name: {@code .jsonl/.ndjson/.json} or {@code .txt}, optionally
 * compressed.
 */
public enum InputFormat {
  JSONL,
  TEXT,
  UNSUPPORTED;

  private static final String[] COMPRESSED = {".gz", ".bz2", ".zst", ".deflate"};

  public static InputFormat of(String fileName) {
    String n = stripCompression(fileName.toLowerCase(Locale.ROOT));
    if (n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json")) {
      return JSONL;
    }
    if (n.endsWith(".txt")) {
      return TEXT;
    }
    return UNSUPPORTED;
  }

  public static boolean compressed(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    for (String c : COMPRESSED) {
      if (n.endsWith(c)) {
        return true;
      }
    }
    return false;
  }

  private static String stripCompression(String n) {
    for (String c : COMPRESSED) {
      if (n.endsWith(c)) {
        return n.substring(0, n.length() - c.length());
      }
    }
    return n;
  }
}
