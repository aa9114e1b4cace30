package io.newsgraph.actors.phoenix;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A CAMEO code of a Phoenix entry with the dates it holds: {@code [IRNGOV 811013-890803]}, {@code
 * [IRNGOV >19890604]} (from), {@code [ARMUNR <900823]} (until), {@code [IRNELI]} (undated).
 *
 * @param start null when not given or unreadable
 * @param end null when not given or unreadable
 * @param badDate true when a date was written but could not be read (e.g. seven digits, month 13)
 */
public record PhoenixCode(
    String code, LocalDate start, LocalDate end, boolean dated, boolean badDate) {

  /** Two-digit years up to this one are 20YY, later ones 19YY: the files end in 2014-2015. */
  static final int PIVOT = 15;

  /** Parses the text between the brackets; null when it holds no code. */
  static PhoenixCode parse(String inside) {
    String[] parts = inside.trim().split("\\s+");
    if (parts.length == 0 || parts[0].isEmpty()) {
      return null;
    }
    String code = parts[0];
    if (parts.length < 2) {
      return new PhoenixCode(code, null, null, false, false);
    }
    String d = parts[1];
    LocalDate start = null;
    LocalDate end = null;
    boolean bad;
    if (d.startsWith(">")) {
      start = date(d.substring(1));
      bad = start == null;
    } else if (d.startsWith("<")) {
      end = date(d.substring(1));
      bad = end == null;
    } else {
      int dash = d.indexOf('-');
      if (dash < 0) {
        start = date(d);
        bad = start == null;
      } else {
        start = date(d.substring(0, dash));
        end = date(d.substring(dash + 1));
        bad = start == null || end == null;
      }
    }
    return new PhoenixCode(code, start, end, true, bad);
  }

  /** YYMMDD or YYYYMMDD; null when it is neither or not a calendar date. */
  static LocalDate date(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return null;
      }
    }
    int y;
    int rest;
    if (s.length() == 6) {
      int yy = Integer.parseInt(s.substring(0, 2));
      y = yy <= PIVOT ? 2000 + yy : 1900 + yy;
      rest = 2;
    } else if (s.length() == 8) {
      y = Integer.parseInt(s.substring(0, 4));
      rest = 4;
    } else {
      return null;
    }
    try {
      return LocalDate.of(
          y,
          Integer.parseInt(s.substring(rest, rest + 2)),
          Integer.parseInt(s.substring(rest + 2, rest + 4)));
    } catch (DateTimeException e) {
      return null;
    }
  }
}
