package io.newsgraph.dedup;

import java.util.Arrays;

/**
 * Computes {@link MinHashSignature}s over word n-gram shingles of an article's normalised title and
 * text.
 *
 * <p>Normalisation: case folded (code point {@link Character#toLowerCase(int)}), anything that is
 * not a letter or digit separates words (so punctuation, dashes and quotes fold away), a possessive
 * {@code 's} / {@code ’s} is dropped and other apostrophes inside a word are removed ({@code don't}
 * = {@code dont}). A headline's {@code " - Publisher"} suffix is removed before, at ingest, where
 * the source field tells it from the headline.
 *
 * <p>Immutable and thread-safe; a call allocates the token-hash scratch array and the result.
 */
public final class MinHasher {

  /**
   * Every word holding a digit (except a year, see {@link #isYear}) adds this many extra shingles
   * of its own, so that a different number weighs as much as a different clause: serial items
   * ("List of key events, day 154" / "day 156", "Flash Update #112" / "#113") and new figures
   * ("kills 30" / "kills 300") stay apart although every other word is the same.
   */
  static final int NUMBER_WEIGHT = 6;

  private final DedupParams params;

  /** Hash function k is {@code x -> fmix64(x ^ seeds[k])}. */
  private final long[] seeds;

  public MinHasher(DedupParams params) {
    this.params = params;
    this.seeds = new long[params.numHashes()];
    long s = params.seed();
    for (int i = 0; i < seeds.length; i++) {
      s += 0x9E3779B97F4A7C15L;
      seeds[i] = Hash64.fmix(s);
    }
  }

  public MinHasher() {
    this(DedupParams.DEFAULT);
  }

  public DedupParams params() {
    return params;
  }

  /** Signature of an article; either argument may be null. */
  public MinHashSignature signature(String title, String text) {
    boolean hasText = text != null && !text.isBlank();
    long[] tokens = new long[64];
    int[] n = {0};
    if (title != null) {
      // A " - Publisher" suffix is removed at ingest, where the source field says which suffix is
      // the publisher;
      // guessing it again here would also cut real headline parts ("Briefing - April 23, 2024").
      tokens = tokenize(title, 0, title.length(), tokens, n);
    }
    if (hasText) {
      tokens = tokenize(text, 0, text.length(), tokens, n);
    }
    return new MinHashSignature(minHash(tokens, n[0]));
  }

  /** Appends the hashes of the normalised words of s[from, to) to tokens (grown as needed). */
  static long[] tokenize(String s, int from, int to, long[] tokens, int[] count) {
    int n = count[0];
    long h = Hash64.TOKEN_SEED;
    boolean in = false;
    boolean digit = false;
    int start = from;
    int i = from;
    while (i < to) {
      int cp = s.codePointAt(i);
      int len = Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        h = Hash64.step(h, Character.toLowerCase(cp));
        digit |= Character.isDigit(cp);
        if (!in) {
          start = i;
        }
        in = true;
        i += len;
        continue;
      }
      if (in && isApostrophe(cp) && i + 1 < to && Character.isLetterOrDigit(s.codePointAt(i + 1))) {
        char next = s.charAt(i + 1);
        if ((next == 's' || next == 'S')
            && (i + 2 >= to || !Character.isLetterOrDigit(s.codePointAt(i + 2)))) {
          i += 2; // possessive: Israel's = Israel
        } else {
          i += 1; // inside a word: don't = dont
        }
        continue;
      }
      if (in) {
        if (n == tokens.length) {
          tokens = Arrays.copyOf(tokens, n * 2);
        }
        tokens[n++] = tokenHash(h, digit && !isYear(s, start, i));
        h = Hash64.TOKEN_SEED;
        in = false;
        digit = false;
      }
      i += len;
    }
    if (in) {
      if (n == tokens.length) {
        tokens = Arrays.copyOf(tokens, n * 2);
      }
      tokens[n++] = tokenHash(h, digit && !isYear(s, start, to));
    }
    count[0] = n;
    return tokens;
  }

  /**
   * A token's hash; the lowest bit says whether it holds a digit (a number: see {@link
   * #NUMBER_WEIGHT}).
   */
  private static long tokenHash(long h, boolean digit) {
    long x = Hash64.fmix(h);
    return digit ? x | 1L : x & ~1L;
  }

  /** 1900-2099 as a word: dates and datelines share the year, so it is not weighted as a number. */
  static boolean isYear(String s, int from, int to) {
    if (to - from != 4) {
      return false;
    }
    char a = s.charAt(from);
    char b = s.charAt(from + 1);
    return ((a == '1' && b == '9') || (a == '2' && b == '0'))
        && Character.isDigit(s.charAt(from + 2))
        && Character.isDigit(s.charAt(from + 3));
  }

  private static boolean isApostrophe(int cp) {
    return cp == '\'' || cp == '\u2019' || cp == '\u02BC' || cp == '\u2018';
  }

  private static long[] ensure(long[] a, int n) {
    return n <= a.length ? a : Arrays.copyOf(a, Math.max(n, a.length * 2));
  }

  /**
   * MinHash over the word n-grams of the token hashes (in place: tokens is overwritten with the
   * shingle hashes). A text with fewer words than the shingle size is one shingle.
   */
  private long[] minHash(long[] tokens, int n) {
    long[] out = new long[seeds.length];
    Arrays.fill(out, Long.MAX_VALUE);
    if (n == 0) {
      return out;
    }
    // Layout: tokens[0, n) word hashes; the number shingles go to [n, n + extra).
    int extra = 0;
    for (int i = 0; i < n; i++) {
      if ((tokens[i] & 1L) != 0) {
        tokens = ensure(tokens, n + extra + NUMBER_WEIGHT);
        for (int r = 0; r < NUMBER_WEIGHT; r++) {
          tokens[n + extra++] = Hash64.combine(tokens[i], 0x6E756D00L + r);
        }
      }
    }
    // Word n-grams, in place: shingle i only reads tokens[i, i + w), so writing tokens[i] is safe.
    int w = params.shingleWords();
    int shingles = Math.max(1, n - w + 1);
    for (int i = 0; i < shingles; i++) {
      long sh = tokens[i];
      int last = Math.min(n, i + w);
      for (int j = i + 1; j < last; j++) {
        sh = Hash64.combine(sh, tokens[j]);
      }
      tokens[i] = sh;
    }
    System.arraycopy(tokens, n, tokens, shingles, extra);
    int m = shingles + extra;
    // Repeated shingles ("of the") change no minimum: hash each distinct one once.
    if (m > 16) {
      Arrays.sort(tokens, 0, m);
      int u = 1;
      for (int i = 1; i < m; i++) {
        if (tokens[i] != tokens[u - 1]) {
          tokens[u++] = tokens[i];
        }
      }
      m = u;
    }
    long[] sd = seeds;
    for (int k = 0; k < sd.length; k++) {
      long seed = sd[k];
      long min = Long.MAX_VALUE;
      for (int i = 0; i < m; i++) {
        long v = Hash64.fmix(tokens[i] ^ seed) >>> 1; // >>> 1: never MAX_VALUE, the empty marker
        if (v < min) {
          min = v;
        }
      }
      out[k] = min == Long.MAX_VALUE ? Long.MAX_VALUE - 1 : min; // MAX_VALUE marks 'no shingles'
    }
    return out;
  }
}
