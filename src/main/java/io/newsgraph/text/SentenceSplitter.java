package io.newsgraph.text;

import java.util.Arrays;

/**
 * Rule-based sentence splitter for news text; one pass over the chars, no regex, no allocation per
 * sentence.
 *
 * <p>Hard boundaries: a blank line (paragraph break; so a title joined with {@code "\n\n"} is
 * always its own sentence) and a newline followed by indentation (Reuters paragraphs start with
 * {@code "\n "}). A single newline without indentation is plain whitespace (hard-wrapped wire
 * text).
 *
 * <p>Soft boundaries: {@code .}, {@code !}, {@code ?}, {@code …} (possibly repeated), optionally
 * followed by closing quotes/brackets ({@code .”}), then whitespace, then a word that does not
 * start in lower case. A full stop does not end a sentence when it is inside a token ({@code 5.93},
 * {@code U.S.-Japan}), after a title-like abbreviation ({@code Mr. Dr. Gen. Sen. St. No.} ...), or
 * after an initial ({@code John F. Kennedy}). After ambiguous abbreviations that often end
 * sentences ({@code Inc. Co. Corp. Ltd. Jr.}, months like {@code Oct.}, dotted acronyms like {@code
 * U.S.}) the sentence ends only if the next word is a typical sentence starter ({@code The, He, It,
 * But}...) or an opening quote: so wire-style {@code "the U.S. And Japan"} and {@code "on Oct. 8"}
 * do not split.
 *
 * <p>A sentence glued to the next without a space ({@code "Lebanon.Furthermore"}) ends at its stop;
 * see {@link #isGlued}.
 *
 * <p>Stateless and thread-safe.
 */
public final class SentenceSplitter {

  public static final SentenceSplitter INSTANCE = new SentenceSplitter();

  /** Abbreviations after which a sentence never ends (followed by a name or number). */
  private static final long[] NEVER =
      keys(
          "mr", "mrs", "ms", "messrs", "dr", "prof", "gen", "col", "lt", "ltc", "maj", "sgt",
          "capt", "cpl", "cmdr", "adm", "brig", "sen", "sens", "rep", "reps", "gov", "pres", "supt",
          "insp", "rev", "fr", "hon", "amb", "st", "mt", "ft", "no", "nos", "vol", "vols", "fig",
          "figs", "art", "pp", "ch", "sec", "approx", "vs", "v", "dept", "est", "ave", "blvd", "cf",
          "al", "ca", "gov't", "univ", "assn");

  /** Abbreviations that may end a sentence: split only if a sentence starter follows. */
  private static final long[] AMBIGUOUS =
      keys(
          "inc", "co", "corp", "ltd", "plc", "llc", "bros", "jr", "sr", "etc", "jan", "feb", "mar",
          "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues",
          "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "mln", "bln", "pct", "yr", "yrs",
          "cts", "dlrs");

  /** Capitalised words that usually start a sentence (lower-cased keys). */
  private static final long[] STARTERS =
      keys(
          "the",
          "a",
          "an",
          "he",
          "she",
          "it",
          "they",
          "we",
          "i",
          "you",
          "this",
          "that",
          "these",
          "those",
          "there",
          "but",
          "however",
          "its",
          "his",
          "her",
          "their",
          "our",
          "my",
          "meanwhile",
          "still",
          "yet",
          "if",
          "when",
          "while",
          "after",
          "before",
          "some",
          "many",
          "most",
          "one",
          "last",
          "earlier",
          "later",
          "according");

  private static long[] keys(String... words) {
    long[] k = new long[words.length];
    for (int i = 0; i < words.length; i++) {
      k[i] = key(words[i], 0, words[i].length());
    }
    Arrays.sort(k);
    return k;
  }

  /** Packs up to 9 ASCII chars (lower-cased) into a long; -1 if not packable. */
  private static long key(CharSequence s, int from, int to) {
    int len = to - from;
    if (len <= 0 || len > 9) {
      return -1;
    }
    long k = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + 32);
      }
      if (c >= 128) {
        return -1;
      }
      k = (k << 7) | c;
    }
    return k;
  }

  private static boolean in(long[] set, long key) {
    return key >= 0 && Arrays.binarySearch(set, key) >= 0;
  }

  /**
   * Splits doc into sentences; appends [start,end) pairs (trimmed of whitespace, never empty) to
   * out. Returns the number of sentences appended.
   */
  public int split(CharSequence doc, IntList out) {
    return split(doc, 0, doc.length(), out);
  }

  /** Splits doc[from,to); offsets are into doc. */
  public int split(CharSequence doc, int from, int to, IntList out) {
    int count = 0;
    int sentStart = from;
    int i = from;
    String str = doc instanceof String s ? s : null;
    int[] next = new int[STOPS.length];
    Arrays.fill(next, NOT_SEARCHED);
    while (i < to) {
      i = nextStop(doc, str, next, i, to);
      if (i >= to) {
        break;
      }
      char c = doc.charAt(i);
      if (c == '\n') {
        int j = i + 1;
        while (j < to && isHSpace(doc.charAt(j))) {
          j++;
        }
        if (j < to && (doc.charAt(j) == '\n' || j > i + 1)) {
          count += emit(doc, sentStart, i, out);
          sentStart = j;
          i = j;
          continue;
        }
        i++;
        continue;
      }
      if (c == '.' || c == '!' || c == '?' || c == '\u2026') {
        int j = i + 1;
        while (j < to && isTerminator(doc.charAt(j))) {
          j++;
        }
        boolean single = c == '.' && j == i + 1;
        while (j < to && isCloser(doc.charAt(j))) {
          j++;
        }
        if (j >= to) {
          break;
        }
        if (!Character.isWhitespace(doc.charAt(j))) {
          if (isGlued(doc, i, j, to)) {
            count += emit(doc, sentStart, j, out);
            sentStart = j;
          }
          i = j;
          continue;
        }
        int k = j + 1;
        while (k < to && Character.isWhitespace(doc.charAt(k))) {
          k++;
        }
        if (k >= to) {
          break;
        }
        if (isBoundary(doc, i, single, k, to)) {
          count += emit(doc, sentStart, j, out);
          sentStart = j;
        }
        i = j;
        continue;
      }
      i++;
    }
    count += emit(doc, sentStart, to, out);
    return count;
  }

  private static boolean isBoundary(
      CharSequence doc, int dot, boolean singleDot, int next, int to) {
    char nc = doc.charAt(next);
    if (Tokenizer.isLower(nc)) {
      return false;
    }
    boolean opening = isOpener(nc);
    if (!singleDot) {
      return true; // ! ? ... followed by something not lower-case
    }
    // word before the full stop, including inner dots (U.S)
    int ws = dot;
    while (ws > 0) {
      char p = doc.charAt(ws - 1);
      if (Tokenizer.isWordChar(p)
          || (p == '.' && ws - 1 > 0 && Tokenizer.isWordChar(doc.charAt(ws - 2)))) {
        ws--;
      } else {
        break;
      }
    }
    int wlen = dot - ws;
    if (wlen == 0) {
      return true;
    }
    boolean hasDot = false;
    for (int p = ws; p < dot; p++) {
      if (doc.charAt(p) == '.') {
        hasDot = true;
        break;
      }
    }
    if (wlen == 1 && Tokenizer.isUpper(doc.charAt(ws))) {
      // an initial: "John F. Kennedy"
      return opening || startsWithStarter(doc, next, to);
    }
    if (hasDot) {
      // dotted acronym: U.S, U.N, a.m, e.g
      return opening || startsWithStarter(doc, next, to);
    }
    long k = key(doc, ws, dot);
    if (in(NEVER, k)) {
      return false;
    }
    if (in(AMBIGUOUS, k)) {
      return opening || startsWithStarter(doc, next, to);
    }
    return true;
  }

  /**
   * A sentence glued to the next without a space, as text pasted from chat exports and feeds often
   * is: a word of two or more lower-case letters, the stop, then a capitalised word in lower case
   * ("in southern Lebanon.Furthermore, ..."). A dotted name ("Amazon.com", "U.S.A") or a number
   * does not match, and neither does an abbreviation ("Ph.D"): its capital is not followed by lower
   * case.
   */
  private static boolean isGlued(CharSequence doc, int stop, int next, int to) {
    return stop >= 2
        && Tokenizer.isLower(doc.charAt(stop - 1))
        && Tokenizer.isLower(doc.charAt(stop - 2))
        && next + 1 < to
        && Tokenizer.isUpper(doc.charAt(next))
        && Tokenizer.isLower(doc.charAt(next + 1));
  }

  private static boolean startsWithStarter(CharSequence doc, int at, int to) {
    if (!Tokenizer.isUpper(doc.charAt(at))) {
      return false;
    }
    int e = at;
    while (e < to && Tokenizer.isLetter(doc.charAt(e))) {
      e++;
    }
    return in(STARTERS, key(doc, at, e));
  }

  private static int emit(CharSequence doc, int start, int end, IntList out) {
    while (start < end && Character.isWhitespace(doc.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(doc.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(start, end);
      return 1;
    }
    return 0;
  }

  /** The only chars where a sentence can end; everything between them is skipped. */
  private static final char[] STOPS = {'\n', '.', '!', '?', '\u2026'};

  private static final int NOT_SEARCHED = -2;

  /**
   * Position of the first stop char in doc[i, to), or to. On a String each stop char keeps a cursor
   * moved by {@link String#indexOf(int, int)} (a vectorised scan), so the text between stops is not
   * read char by char.
   */
  private static int nextStop(CharSequence doc, String str, int[] next, int i, int to) {
    if (str == null) {
      while (i < to) {
        char c = doc.charAt(i);
        if (c == '\n' || c == '.' || c == '!' || c == '?' || c == '\u2026') {
          return i;
        }
        i++;
      }
      return to;
    }
    int best = to;
    for (int k = 0; k < STOPS.length; k++) {
      int p = next[k];
      if (p != -1 && p < i) {
        p = str.indexOf(STOPS[k], i);
        next[k] = p; // -1: none left, never searched again
      }
      if (p >= 0 && p < best) {
        best = p;
      }
    }
    return best;
  }

  private static boolean isHSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\u00A0';
  }

  private static boolean isTerminator(char c) {
    return c == '.' || c == '!' || c == '?' || c == '\u2026';
  }

  private static boolean isCloser(char c) {
    return c == '"'
        || c == '\''
        || c == '\u201D'
        || c == '\u2019'
        || c == ')'
        || c == ']'
        || c == '\u00BB';
  }

  private static boolean isOpener(char c) {
    return c == '"'
        || c == '\''
        || c == '\u201C'
        || c == '\u2018'
        || c == '('
        || c == '['
        || c == '\u00AB';
  }
}
