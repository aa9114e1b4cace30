package io.newsgraph.sentiment;

/** The few Python str semantics the reference scorer relies on, for Java chars. */
final class PyText {

  private PyText() {}

  private static final boolean[] ASCII_SPACE = new boolean[128];
  private static final boolean[] ASCII_PUNCT = new boolean[128];

  static {
    for (char c :
        new char[] {
          ' ', '\t', '\n', '\u000B', '\f', '\r', '\u001C', '\u001D', '\u001E', '\u001F'
        }) {
      ASCII_SPACE[c] = true;
    }
    // string.punctuation
    for (char c : "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".toCharArray()) {
      ASCII_PUNCT[c] = true;
    }
  }

  /** Python str.isspace() for one char (the separators of str.split() without arguments). */
  static boolean isSpace(char c) {
    if (c < 128) {
      return ASCII_SPACE[c];
    }
    return c == '\u0085'
        || c == '\u00A0'
        || c == '\u1680'
        || (c >= '\u2000' && c <= '\u200A')
        || c == '\u2028'
        || c == '\u2029'
        || c == '\u202F'
        || c == '\u205F'
        || c == '\u3000';
  }

  /** Member of Python's string.punctuation (ASCII only). */
  static boolean isPunct(char c) {
    return c < 128 && ASCII_PUNCT[c];
  }

  /** Python str.strip() without arguments. */
  static String strip(String s) {
    int a = 0;
    int b = s.length();
    while (a < b && isSpace(s.charAt(a))) {
      a++;
    }
    while (b > a && isSpace(s.charAt(b - 1))) {
      b--;
    }
    return s.substring(a, b);
  }

  /** Python str.rstrip('\n'). */
  static String rstripNewlines(String s) {
    int b = s.length();
    while (b > 0 && s.charAt(b - 1) == '\n') {
      b--;
    }
    return s.substring(0, b);
  }

  /** Python str.isupper(): at least one cased char and no lower-case or title-case char. */
  static boolean isUpper(String s, int from, int to) {
    boolean cased = false;
    for (int i = from; i < to; ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLowerCase(cp) || Character.isTitleCase(cp)) {
        return false;
      }
      if (Character.isUpperCase(cp)) {
        cased = true;
      }
    }
    return cased;
  }

  /** Whether s[from, to) has at most two code points (Python len() <= 2). */
  static boolean atMostTwoCodePoints(String s, int from, int to) {
    int chars = to - from;
    if (chars <= 2) {
      return true;
    }
    return chars <= 4 && Character.codePointCount(s, from, to) <= 2;
  }

  /**
   * Python's round(x, digits) for digits 3 or 4: round half to even on the exact binary value,
   * returned as the double nearest to the decimal result.
   */
  static double round(double x, int digits) {
    if (digits != 3 && digits != 4) {
      throw new IllegalArgumentException("digits must be 3 or 4: " + digits);
    }
    double scale = digits == 3 ? 1e3 : 1e4;
    double y = x * scale;
    double r = Math.rint(y);
    if (Math.abs(y - r) == 0.5) {
      // y is a tie, but the product was rounded: the exact x * scale is y + err (err exact by fma)
      // and may lie
      // on either side of it. Rounding is monotonic, so a y that is not a tie rounds like the exact
      // value.
      double err = Math.fma(x, scale, -y);
      if (err > 0) {
        r = Math.ceil(y);
      } else if (err < 0) {
        r = Math.floor(y);
      }
    }
    // r and scale are exact, so the correctly rounded quotient is the double nearest to the decimal
    // result
    return r / scale;
  }
}
