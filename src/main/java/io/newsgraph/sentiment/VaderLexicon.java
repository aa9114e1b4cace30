package io.newsgraph.sentiment;

import io.newsgraph.text.HashBloom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Immutable word table behind {@link VaderScorer}: one entry per lower-case key, carrying the
 * lexicon valence, the booster value, the negation flag and a small word id for the handful of
 * words the rules test by identity. Lookups take a region of the input and lower-case it on the
 * fly, so scoring does not allocate a String per token.
 */
final class VaderLexicon {

  static final int F_LEXICON = 1;
  static final int F_BOOSTER = 2;
  static final int F_NEGATION = 4;

  // Word ids of the words the rules compare by identity. 0 means "none of them".
  static final int W_NONE = 0;
  static final int W_NO = 1;
  static final int W_OR = 2;
  static final int W_NOR = 3;
  static final int W_KIND = 4;
  static final int W_OF = 5;
  static final int W_NEVER = 6;
  static final int W_SO = 7;
  static final int W_THIS = 8;
  static final int W_WITHOUT = 9;
  static final int W_DOUBT = 10;
  static final int W_LEAST = 11;
  static final int W_AT = 12;
  static final int W_VERY = 13;
  static final int W_BUT = 14;
  private static final String[] RULE_WORDS = {
    null, "no", "or", "nor", "kind", "of", "never", "so", "this", "without", "doubt", "least", "at",
    "very", "but"
  };

  /** Word ids fit in 6 bits, so a pair of ids indexes a 64 x 64 table. */
  private static final int ID_BITS = 6;

  private static final int MAX_IDS = 1 << ID_BITS;

  /**
   * Pairs (entry + 1, 31-hash of the key) per slot, 0 = empty: a probe reads one cache line and
   * touches the key chars only when the hash agrees. The keys live in one char pool (no String
   * header and coder per compare).
   */
  private final int[] slots;

  private final int mask;
  private final char[] pool;
  private final int[] keyStart;
  private final int[] keyLen;

  /**
   * Most tokens are no key; the filter rejects them without a random read of the 256 KB slot table.
   */
  private final HashBloom filter = new HashBloom();

  /**
   * Only the lexicon words with a valence other than 0: GDELT tone asks about every word of a
   * document, and the words that pass {@link #filter} ("the", "of", "to" are rule words) mostly
   * have none.
   */
  private final HashBloom polarFilter = new HashBloom();

  final double[] valence;
  final double[] booster;
  final byte[] flags;
  final byte[] wordId;

  /**
   * Replacement valences of special phrases: two-word ones by id pair, three-word ones packed into
   * an int.
   */
  private final double[] specialPairs;

  private final int[] specialTripleKeys;
  private final double[] specialTripleValues;

  /** Multi-word boosters ("kind of", "sort of", "just enough"). */
  private final double[] boosterPairs;

  private final int[] boosterTripleKeys;
  private final double[] boosterTripleValues;

  private static final class Builder {
    double valence = Double.NaN;
    double booster;
    int flags;
    int wordId;
  }

  private VaderLexicon(
      Map<String, Builder> entries,
      Map<String, Double> specialPhrases,
      Map<String, Double> boosterPhrases,
      Map<String, Integer> ids) {
    int n = entries.size();
    valence = new double[n];
    booster = new double[n];
    flags = new byte[n];
    wordId = new byte[n];
    int cap = Integer.highestOneBit(Math.max(16, n * 3)) << 1;
    slots = new int[2 * cap];
    mask = cap - 1;
    keyStart = new int[n];
    keyLen = new int[n];
    int chars = 0;
    for (String key : entries.keySet()) {
      chars += key.length();
    }
    pool = new char[chars];
    int poolSize = 0;
    int e = 0;
    for (Map.Entry<String, Builder> me : entries.entrySet()) {
      Builder b = me.getValue();
      valence[e] = b.valence;
      booster[e] = b.booster;
      flags[e] = (byte) b.flags;
      wordId[e] = (byte) b.wordId;
      String key = me.getKey();
      key.getChars(0, key.length(), pool, poolSize);
      keyStart[e] = poolSize;
      keyLen[e] = key.length();
      poolSize += key.length();
      int h = hash(key);
      filter.add(spread(h));
      if ((b.flags & F_LEXICON) != 0 && b.valence != 0) {
        polarFilter.add(spread(h));
      }
      int slot = spread(h) & mask;
      while (slots[2 * slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[2 * slot] = e + 1;
      slots[2 * slot + 1] = h;
      e++;
    }
    specialPairs = new double[MAX_IDS * MAX_IDS];
    boosterPairs = new double[MAX_IDS * MAX_IDS];
    Arrays.fill(specialPairs, Double.NaN);
    Arrays.fill(boosterPairs, Double.NaN);
    List<int[]> st = new ArrayList<>();
    List<int[]> bt = new ArrayList<>();
    List<Double> sv = new ArrayList<>();
    List<Double> bv = new ArrayList<>();
    fillPhrases(specialPhrases, ids, specialPairs, st, sv);
    fillPhrases(boosterPhrases, ids, boosterPairs, bt, bv);
    specialTripleKeys = st.stream().mapToInt(a -> a[0]).toArray();
    specialTripleValues = sv.stream().mapToDouble(Double::doubleValue).toArray();
    boosterTripleKeys = bt.stream().mapToInt(a -> a[0]).toArray();
    boosterTripleValues = bv.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static void fillPhrases(
      Map<String, Double> phrases,
      Map<String, Integer> ids,
      double[] pairs,
      List<int[]> tripleKeys,
      List<Double> tripleValues) {
    for (Map.Entry<String, Double> p : phrases.entrySet()) {
      String[] words = p.getKey().split(" ");
      if (words.length == 2) {
        pairs[(ids.get(words[0]) << ID_BITS) | ids.get(words[1])] = p.getValue();
      } else if (words.length == 3) {
        tripleKeys.add(new int[] {triple(ids.get(words[0]), ids.get(words[1]), ids.get(words[2]))});
        tripleValues.add(p.getValue());
      }
      // single words never match (the reference only looks phrases up as joined token runs)
    }
  }

  /**
   * Builds the table from the VADER lexicon text (TAB-separated: token, mean valence, ...) plus the
   * rule word lists. Parsing follows the reference: lines are split on '\n', stripped, empty ones
   * skipped, later duplicates win.
   */
  static VaderLexicon build(String lexiconText) {
    Map<String, Builder> entries = new LinkedHashMap<>();
    String body = PyText.rstripNewlines(lexiconText);
    int pos = 0;
    while (pos <= body.length()) {
      int nl = body.indexOf('\n', pos);
      if (nl < 0) {
        nl = body.length();
      }
      String line = body.substring(pos, nl);
      pos = nl + 1;
      if (line.isEmpty()) {
        continue;
      }
      String[] fields = PyText.strip(line).split("\t", -1);
      if (fields.length < 2) {
        throw new IllegalArgumentException("bad VADER lexicon line: " + line);
      }
      entries.computeIfAbsent(fields[0], k -> new Builder()).valence =
          Double.parseDouble(fields[1].strip());
      entries.get(fields[0]).flags |= F_LEXICON;
    }
    for (String w : VaderRules.NEGATIONS) {
      entries.computeIfAbsent(w, k -> new Builder()).flags |= F_NEGATION;
    }
    Map<String, Double> boosterPhrases = new LinkedHashMap<>();
    addBoosters(entries, boosterPhrases, VaderRules.INTENSIFIERS, VaderRules.BOOST);
    addBoosters(entries, boosterPhrases, VaderRules.DAMPENERS, -VaderRules.BOOST);

    Map<String, Integer> ids = new LinkedHashMap<>();
    for (int i = 1; i < RULE_WORDS.length; i++) {
      ids.put(RULE_WORDS[i], i);
    }
    List<String> phraseWords = new ArrayList<>();
    for (String p : VaderRules.SPECIAL_PHRASES.keySet()) {
      phraseWords.addAll(List.of(p.split(" ")));
    }
    for (String p : boosterPhrases.keySet()) {
      phraseWords.addAll(List.of(p.split(" ")));
    }
    for (String w : phraseWords) {
      ids.computeIfAbsent(w, k -> ids.size() + 1);
    }
    if (ids.size() >= MAX_IDS) {
      throw new IllegalStateException("too many rule words: " + ids.size());
    }
    for (Map.Entry<String, Integer> id : ids.entrySet()) {
      entries.computeIfAbsent(id.getKey(), k -> new Builder()).wordId = id.getValue();
    }
    return new VaderLexicon(entries, VaderRules.SPECIAL_PHRASES, boosterPhrases, ids);
  }

  private static void addBoosters(
      Map<String, Builder> entries, Map<String, Double> phrases, List<String> words, double value) {
    for (String w : words) {
      if (w.indexOf(' ') >= 0) {
        phrases.put(w, value);
      } else {
        Builder b = entries.computeIfAbsent(w, k -> new Builder());
        b.flags |= F_BOOSTER;
        b.booster = value;
      }
    }
  }

  static int triple(int a, int b, int c) {
    return (((a << ID_BITS) | b) << ID_BITS) | c;
  }

  /** Valence replacing the current one for the two-word phrase (a b), or NaN. */
  double specialPair(int a, int b) {
    return a == 0 || b == 0 ? Double.NaN : specialPairs[(a << ID_BITS) | b];
  }

  double specialTriple(int a, int b, int c) {
    return a == 0 || b == 0 || c == 0
        ? Double.NaN
        : findTriple(specialTripleKeys, specialTripleValues, a, b, c);
  }

  double boosterPair(int a, int b) {
    return a == 0 || b == 0 ? Double.NaN : boosterPairs[(a << ID_BITS) | b];
  }

  double boosterTriple(int a, int b, int c) {
    return a == 0 || b == 0 || c == 0
        ? Double.NaN
        : findTriple(boosterTripleKeys, boosterTripleValues, a, b, c);
  }

  private static double findTriple(int[] keys, double[] values, int a, int b, int c) {
    int k = triple(a, b, c);
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] == k) {
        return values[i];
      }
    }
    return Double.NaN;
  }

  /**
   * Lower-cases one char the way Python's str.lower() does, for every char except surrogates,
   * U+0130 and U+03A3 (callers route tokens containing those through {@link #find(CharSequence)}
   * with a fully lower-cased String).
   */
  static char lower(char c) {
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    return Character.toLowerCase(c);
  }

  /** True when {@link #lower(char)} is not exact for c. */
  static boolean needsFullLowerCase(char c) {
    return Character.isSurrogate(c) || c == '\u0130' || c == '\u03A3';
  }

  /**
   * Entry index of the lower-cased text[from, to), or -1. No char in the range may need full
   * lower-casing.
   */
  int find(char[] text, int from, int to, int hash) {
    int sp = spread(hash);
    if (!filter.mayContain(sp)) {
      return -1;
    }
    int len = to - from;
    int[] sl = slots;
    int slot = sp & mask;
    int v;
    while ((v = sl[2 * slot]) != 0) {
      if (sl[2 * slot + 1] == hash
          && keyLen[v - 1] == len
          && regionEqualsLower(keyStart[v - 1], len, text, from)) {
        return v - 1;
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  /** Entry index of an already lower-cased key, or -1. */
  int find(CharSequence lowered) {
    int h = hash(lowered);
    int len = lowered.length();
    int slot = spread(h) & mask;
    int v;
    outer:
    while ((v = slots[2 * slot]) != 0) {
      if (slots[2 * slot + 1] == h && keyLen[v - 1] == len) {
        int start = keyStart[v - 1];
        for (int i = 0; i < len; i++) {
          if (pool[start + i] != lowered.charAt(i)) {
            slot = (slot + 1) & mask;
            continue outer;
          }
        }
        return v - 1;
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  /**
   * Sign of the lexicon valence of buf[0, len) (already lower-cased; hash = {@link #hash} of it):
   * 1, -1 or 0.
   */
  int polarity(char[] buf, int len, int hash) {
    if (!polarFilter.mayContain(spread(hash))) {
      return 0;
    }
    return polarityOf(find(buf, len, hash));
  }

  /** Sign of the lexicon valence of entry e (1, -1, or 0 when e is -1 or has no valence). */
  int polarityOf(int e) {
    if (e < 0 || (flags[e] & F_LEXICON) == 0) {
      return 0;
    }
    double v = valence[e];
    return v > 0 ? 1 : v < 0 ? -1 : 0;
  }

  /** Entry index of buf[0, len) (already lower-cased), or -1. */
  int find(char[] buf, int len) {
    return find(buf, len, hash(buf, len));
  }

  /** Entry index of buf[0, len) (already lower-cased) whose {@link #hash} is h, or -1. */
  int find(char[] buf, int len, int h) {
    int sp = spread(h);
    if (!filter.mayContain(sp)) {
      return -1;
    }
    int slot = sp & mask;
    int v;
    outer:
    while ((v = slots[2 * slot]) != 0) {
      if (slots[2 * slot + 1] == h && keyLen[v - 1] == len) {
        int start = keyStart[v - 1];
        for (int i = 0; i < len; i++) {
          if (pool[start + i] != buf[i]) {
            slot = (slot + 1) & mask;
            continue outer;
          }
        }
        return v - 1;
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  private boolean regionEqualsLower(int start, int len, char[] text, int from) {
    char[] pl = pool;
    for (int i = 0; i < len; i++) {
      if (pl[start + i] != lower(text[from + i])) {
        return false;
      }
    }
    return true;
  }

  static int hash(char[] buf, int len) {
    int h = 0;
    for (int i = 0; i < len; i++) {
      h = 31 * h + buf[i];
    }
    return h;
  }

  static int hash(CharSequence s) {
    int h = 0;
    for (int i = 0, n = s.length(); i < n; i++) {
      h = 31 * h + s.charAt(i);
    }
    return h;
  }

  private static int spread(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    return h;
  }

  /** Python str.lower() for any String (full case mapping, final sigma). */
  static String lowerFully(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
