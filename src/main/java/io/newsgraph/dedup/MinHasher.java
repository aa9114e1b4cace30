package io.newsgraph.dedup;

import java.util.Arrays;

/**
 * Computes an article's {@link ShingleSet} (word n-gram shingles of its normalised title and text)
 * and its {@link MinHashSignature} (one-permutation MinHash of that set, for LSH candidates only).
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

  /** seeds[0] places shingles in bins, seeds[k - 1] drives the densification probes. */
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
    return signature(shingles(title, text));
  }

  /**
   * The article's distinct shingles (word n-grams of the normalised title and text); either may be
   * null.
   */
  public ShingleSet shingles(String title, String text) {
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
    return shingleSet(tokens, n[0]);
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
   * The distinct word n-grams of the token hashes, as sorted 32-bit hashes (tokens is overwritten).
   * A text with fewer words than the shingle size is one shingle.
   */
  private ShingleSet shingleSet(long[] tokens, int n) {
    if (n == 0) {
      return ShingleSet.EMPTY;
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
    int[] out = new int[shingles + extra];
    for (int i = 0; i < shingles; i++) {
      long sh = tokens[i];
      int last = Math.min(n, i + w);
      for (int j = i + 1; j < last; j++) {
        sh = Hash64.combine(sh, tokens[j]);
      }
      out[i] = (int) (sh >>> 32);
    }
    for (int e = 0; e < extra; e++) {
      out[shingles + e] = (int) (tokens[n + e] >>> 32);
    }
    Arrays.sort(out);
    int u = 1;
    for (int i = 1; i < out.length; i++) {
      if (out[i] != out[u - 1]) {
        out[u++] = out[i];
      }
    }
    return new ShingleSet(u == out.length ? out : Arrays.copyOf(out, u));
  }

  /**
   * One-permutation MinHash with optimal densification (Shrivastava, ICML 2017): one hash per
   * shingle puts it in one of k bins and the bin keeps its smallest value; an empty bin (a headline
   * has fewer shingles than bins) takes the value of the first non-empty bin along its own fixed
   * probe sequence. Two signatures then agree at a position with probability about the Jaccard
   * similarity, as with k independent hashes, at 1/k of the hashing. The signature only proposes
   * candidate pairs (LSH bands); a pair is decided on its exact similarity.
   */
  public MinHashSignature signature(ShingleSet set) {
    int k = seeds.length;
    long[] out = new long[k];
    Arrays.fill(out, Long.MAX_VALUE);
    int[] h = set.hashes();
    if (h.length == 0) {
      return new MinHashSignature(out);
    }
    long seed = seeds[0];
    for (int s : h) {
      long v = Hash64.fmix((s & 0xFFFFFFFFL) ^ seed);
      int bin = (int) (((v >>> 32) * k) >>> 32);
      long val = v & 0xFFFFFFFFL; // below MAX_VALUE - 1: never the empty marker
      if (val < out[bin]) {
        out[bin] = val;
      }
    }
    long[] filled = out.clone();
    long probeSeed = seeds[k - 1];
    for (int i = 0; i < k; i++) {
      if (out[i] != Long.MAX_VALUE) {
        continue;
      }
      for (long attempt = 1; ; attempt++) {
        long p = Hash64.fmix(probeSeed ^ ((long) i << 32 | attempt));
        int j = (int) (((p >>> 32) * k) >>> 32);
        if (out[j] != Long.MAX_VALUE) {
          filled[i] = out[j];
          break;
        }
      }
    }
    return new MinHashSignature(filled);
  }
}
