package io.newsgraph.actors.phoenix;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a TABARI-format actor file (Phoenix / CountryInfo) into entries. The format, as the files
 * use it: {@code NAME_} at the start of a line opens an entry, {@code +ALIAS_} lines add names to
 * it, {@code [CODE DATES]} on the entry's line or on indented lines below give its codes, {@code #}
 * starts a comment. A blank line does not end an entry (codes may follow one); the next name does.
 */
public final class PhoenixReader {

  private PhoenixReader() {}

  public static List<PhoenixEntry> read(Reader in) throws IOException {
    BufferedReader r = in instanceof BufferedReader b ? b : new BufferedReader(in);
    List<PhoenixEntry> out = new ArrayList<>();
    String name = null;
    String comment = "";
    int entryLine = 0;
    List<String> aliases = new ArrayList<>();
    List<PhoenixCode> codes = new ArrayList<>();
    String line;
    int n = 0;
    while ((line = r.readLine()) != null) {
      n++;
      int hash = line.indexOf('#');
      String text = hash >= 0 ? line.substring(0, hash) : line;
      String lineComment = hash >= 0 ? line.substring(hash + 1).trim() : "";
      if (text.isBlank()) {
        continue;
      }
      char c0 = text.charAt(0);
      if (c0 == ' ' || c0 == '\t' || c0 == '[') {
        if (name != null) {
          codes(text, codes);
        }
        continue;
      }
      if (c0 == '+') {
        if (name != null) {
          String a = word(text, 1);
          if (!a.isEmpty()) {
            aliases.add(a);
          }
          codes(text, codes);
        }
        continue;
      }
      if (c0 == '!'
          || text.contains("=")) { // agents file macros (!PERSON! = MAN, ...), not entries
        continue;
      }
      if (name != null) {
        out.add(new PhoenixEntry(name, aliases, codes, comment, entryLine));
      }
      name = word(text, 0);
      comment = lineComment;
      entryLine = n;
      aliases = new ArrayList<>();
      codes = new ArrayList<>();
      codes(text, codes);
    }
    if (name != null) {
      out.add(new PhoenixEntry(name, aliases, codes, comment, entryLine));
    }
    return out;
  }

  /** The word starting at from: up to whitespace or '['. */
  private static String word(String s, int from) {
    int e = from;
    while (e < s.length() && !Character.isWhitespace(s.charAt(e)) && s.charAt(e) != '[') {
      e++;
    }
    return s.substring(from, e);
  }

  private static void codes(String s, List<PhoenixCode> out) {
    int i = s.indexOf('[');
    while (i >= 0) {
      int j = s.indexOf(']', i + 1);
      if (j < 0) {
        return;
      }
      PhoenixCode c = PhoenixCode.parse(s.substring(i + 1, j));
      if (c != null) {
        out.add(c);
      }
      i = s.indexOf('[', j + 1);
    }
  }
}
