package io.newsgraph.cooccur;

import java.util.Comparator;

/**
 * Spark's string order (unsigned UTF-8 bytes), without encoding: UTF-8 byte order is code point
 * order, which differs from {@link String#compareTo} only where a surrogate (a character above
 * U+FFFF) meets a character in U+E000..U+FFFF. Pairs must come out ordered exactly as Spark orders
 * {@code actor_a < actor_b}.
 */
public final class Utf8Order {

  public static final Comparator<String> COMPARATOR = Utf8Order::compare;

  private Utf8Order() {}

  public static int compare(String x, String y) {
    int n = Math.min(x.length(), y.length());
    for (int i = 0; i < n; i++) {
      char c = x.charAt(i);
      char d = y.charAt(i);
      if (c != d) {
        if (c >= Character.MIN_SURROGATE && d >= Character.MIN_SURROGATE) {
          // surrogates (U+D800..U+DFFF) start code points above every BMP character: move them
          // above U+FFFF
          return fix(c) - fix(d);
        }
        return c - d;
      }
    }
    return x.length() - y.length();
  }

  private static int fix(char c) {
    return c <= Character.MAX_SURROGATE ? c + 0x2000 : c - 0x800;
  }
}
