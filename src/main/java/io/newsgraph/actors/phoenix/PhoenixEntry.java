package io.newsgraph.actors.phoenix;

import java.util.List;

/**
 * One entry of a TABARI-format actor file: the entry's name, its {@code +ALIAS} lines and its
 * {@code [CODE DATES]} codes, as written (upper case, words joined by {@code _}).
 *
 * @param comment the text after {@code #} on the entry's own line ("" if none): the country file
 *     marks the office holders it generated from CountryInfo with {@code # CountryInfo.txt}
 * @param line 1-based line of the entry in its file (for messages)
 */
public record PhoenixEntry(
    String name, List<String> aliases, List<PhoenixCode> codes, String comment, int line) {

  public PhoenixEntry {
    aliases = List.copyOf(aliases);
    codes = List.copyOf(codes);
  }

  /** True when any code carries a date: the source's mark of a person holding a role. */
  public boolean dated() {
    for (PhoenixCode c : codes) {
      if (c.dated()) {
        return true;
      }
    }
    return false;
  }
}
