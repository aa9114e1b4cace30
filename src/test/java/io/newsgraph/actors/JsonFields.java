package io.newsgraph.actors;

/** Test helper: extracts a top-level string field from one JSON Lines record (no JSON library). */
public final class JsonFields {
  private JsonFields() {}

  /**
   * Value of "field": "..." (unescaped), or null if absent or JSON null. Assumes the key appears
   * once.
   */
  public static String string(String json, String field) {
    String key = "\"" + field + "\":";
    int k = json.indexOf(key);
    if (k < 0) {
      return null;
    }
    int i = k + key.length();
    while (i < json.length() && json.charAt(i) == ' ') {
      i++;
    }
    if (json.startsWith("null", i) || json.charAt(i) != '"') {
      return null;
    }
    StringBuilder sb = new StringBuilder();
    for (i++; i < json.length(); i++) {
      char c = json.charAt(i);
      if (c == '"') {
        return sb.toString();
      }
      if (c != '\\') {
        sb.append(c);
        continue;
      }
      char e = json.charAt(++i);
      switch (e) {
        case 'n' -> sb.append('\n');
        case 't' -> sb.append('\t');
        case 'r' -> sb.append('\r');
        case 'b' -> sb.append('\b');
        case 'f' -> sb.append('\f');
        case 'u' -> {
          sb.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> sb.append(e); // " \ /
      }
    }
    throw new IllegalArgumentException("unterminated string for field " + field);
  }

  /** The contract's document string: title + "\n\n" + text, or whichever is present. */
  static String document(String jsonLine) {
    String title = string(jsonLine, "title");
    String text = string(jsonLine, "text");
    boolean hasTitle = title != null && !title.isBlank();
    boolean hasText = text != null && !text.isEmpty();
    if (hasTitle && hasText) {
      return title + "\n\n" + text;
    }
    return hasTitle ? title : (hasText ? text : "");
  }
}
