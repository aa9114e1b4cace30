package io.newsgraph.ner;

import io.newsgraph.text.DocTokens;
import io.newsgraph.text.Tokenizer;

/**
 * What the tagger knows about each token of one document before it decodes: hashes of the
 * lower-cased word and of its shape, case flags, the punctuation before it, gazetteer matches,
 * whether it is a candidate at all, and two document-wide facts (is this word written in lower case
 * elsewhere in the article; capitalised mid-sentence elsewhere). Only candidates are scored:
 * capitalised tokens, digits next to them, and lower-case words between two capitalised ones ("Bank
 * of England", "Ludwig van Beethoven"); every other token is O, which is what keeps the tagger fast
 * on running text. Reusable per document; not thread-safe.
 */
final class DocFeatures {
  static final int CAP = 1;
  static final int ALL_CAPS = 2;
  static final int DIGIT = 4;
  static final int LOWER = 8;
  static final int CANDIDATE = 16;
  static final int SENT_START = 32;
  static final int SENT_END = 64;

  /**
   * Part of a web address, path or handle: joined to a neighbour by URL punctuation with no space.
   */
  static final int URLISH = 128;

  /** Sentence case modes: ordinary text, a headline in capitals, a headline in title case. */
  static final int MODE_NORMAL = 0;

  static final int MODE_ALL_CAPS = 1;
  static final int MODE_TITLE = 2;

  private final Gazetteer gazetteer;
  private final CaseLexicon lexicon;
  int tokenCount;
  char[] chars;
  int[] raw;
  int[] coreEnd = new int[1024];
  long[] lower = new long[1024];
  long[] shape = new long[1024];
  int[] flags = new int[1024];
  int[] gaz = new int[1024];
  int[] gapBefore = new int[1024];
  int[] mode = new int[1024];

  /** {@link CaseLexicon} class of each capitalised token (UNKNOWN for the rest). */
  int[] caseClass = new int[1024];

  final ScratchMap lowerSeen = new ScratchMap();

  private static final int CANDIDATE_WORD_BITS = 1 << 12;

  /** A bit per hash of each candidate's word (see {@link #markSeen}). */
  private final long[] candidateWords = new long[CANDIDATE_WORD_BITS >>> 6];

  final ScratchMap midCapSeen = new ScratchMap();

  /** Word classes learnt from unlabelled news ({@link WordClusters#NONE} for none). */
  final WordClusters clusters;

  DocFeatures(Gazetteer gazetteer, CaseLexicon lexicon) {
    this(gazetteer, lexicon, WordClusters.NONE);
  }

  DocFeatures(Gazetteer gazetteer, CaseLexicon lexicon, WordClusters clusters) {
    this.gazetteer = gazetteer;
    this.lexicon = lexicon;
    this.clusters = clusters;
  }

  /** A token's end without a possessive {@code 's} / {@code ’s}. */
  static int coreEnd(char[] c, int s, int e) {
    if (e - s > 2
        && (c[e - 1] == 's' || c[e - 1] == 'S')
        && (c[e - 2] == '\'' || c[e - 2] == '’')) {
      return e - 2;
    }
    return e;
  }

  /**
   * The hash of chars [s, e) lower-cased, the typographic apostrophe as ' (so "We’ve" is the word
   * "we've").
   */
  static long lowerHash(char[] c, int s, int e) {
    long h = FeatureHash.SEED;
    for (int i = s; i < e; i++) {
      char ch = c[i];
      if (ch < 128) {
        if (ch >= 'A' && ch <= 'Z') {
          ch += 32;
        }
      } else {
        ch = ch == '’' ? '\'' : Character.toLowerCase(ch);
      }
      h = FeatureHash.addChar(h, ch);
    }
    return h;
  }

  DocFeatures fill(DocTokens dt) {
    chars = dt.chars();
    raw = dt.rawTokens();
    int n = dt.firstToken(dt.sentenceCount());
    tokenCount = n;
    ensure(n);
    lowerSeen.clear();
    midCapSeen.clear();
    int prevEnd = 0;
    for (int k = 0; k < dt.sentenceCount(); k++) {
      int first = dt.firstToken(k);
      int end = dt.firstToken(k + 1);
      int alpha = 0;
      int capital = 0;
      int allCaps = 0;
      for (int i = first; i < end; i++) {
        int s = raw[2 * i];
        int e = raw[2 * i + 1];
        int ce = coreEnd(chars, s, e);
        coreEnd[i] = ce;
        int f = describe(i, s, ce);
        if (s - prevEnd == 1 && chars[prevEnd] == ' ') {
          // most gaps are one space: a space, and no web address joint (the scans below say so)
          gapBefore[i] = ' ';
        } else {
          gapBefore[i] = gapClass(chars, prevEnd, s);
          if (i > first && urlJoint(chars, prevEnd, s)) {
            f |= URLISH;
            flags[i - 1] |= URLISH;
          }
        }
        prevEnd = e;
        if (i == first) {
          f |= SENT_START;
        }
        if (i == end - 1) {
          f |= SENT_END;
        }
        flags[i] = f;
        gaz[i] = 0;
        if ((f & (CAP | LOWER)) != 0) {
          alpha++;
          if ((f & CAP) != 0) {
            capital++;
            if ((f & ALL_CAPS) != 0) {
              allCaps++;
            }
          }
        }
      }
      int m = MODE_NORMAL;
      if (alpha >= 3 && allCaps * 5 >= alpha * 4) {
        m = MODE_ALL_CAPS;
      } else if (alpha >= 3 && capital * 10 >= alpha * 7) {
        m = MODE_TITLE;
      }
      for (int i = first; i < end; i++) {
        mode[i] = m;
      }
      markCandidates(first, end);
      matchGazetteer(first, end);
    }
    markSeen(n);
    return this;
  }

  /**
   * Fills {@link #lowerSeen} (words written in lower case) and {@link #midCapSeen} (capitalised
   * mid-sentence in an ordinary sentence). Only candidates' words are ever asked about (the
   * decoder), so a word goes in only when its bit in a filter of the document's candidate words is
   * set: most tokens are lower-case words and no candidate's, and this spares them a hash-map
   * insert each.
   */
  private void markSeen(int n) {
    long[] cand = candidateWords;
    java.util.Arrays.fill(cand, 0L);
    for (int i = 0; i < n; i++) {
      if ((flags[i] & CANDIDATE) != 0) {
        int b = wordBit(lower[i]);
        cand[b >>> 6] |= 1L << b;
      }
    }
    for (int i = 0; i < n; i++) {
      long w = lower[i];
      int b = wordBit(w);
      if ((cand[b >>> 6] & (1L << b)) == 0) {
        continue;
      }
      int f = flags[i];
      if ((f & LOWER) != 0) {
        lowerSeen.put(w, 1);
      } else if (mode[i] == MODE_NORMAL && (f & CAP) != 0 && (f & SENT_START) == 0) {
        midCapSeen.put(w, 1);
      }
    }
  }

  private static int wordBit(long word) {
    return (int) (word ^ (word >>> 32)) & (CANDIDATE_WORD_BITS - 1);
  }

  /** Hashes and case flags of token i. */
  private int describe(int i, int s, int e) {
    long h = FeatureHash.SEED;
    long sh = FeatureHash.SEED;
    char lastClass = 0;
    int upper = 0;
    int lowerCount = 0;
    int digits = 0;
    for (int p = s; p < e; p++) {
      char c = chars[p];
      char cls;
      char lc = c;
      if (c < 128) {
        if (c >= 'A' && c <= 'Z') {
          lc = (char) (c + 32);
          cls = 'X';
          upper++;
        } else if (c >= 'a' && c <= 'z') {
          cls = 'x';
          lowerCount++;
        } else if (c >= '0' && c <= '9') {
          cls = 'd';
          digits++;
        } else {
          cls = c;
        }
      } else if (c == '’') {
        lc = '\'';
        cls = '\'';
      } else if (Tokenizer.isUpper(c)) {
        lc = Character.toLowerCase(c);
        cls = 'X';
        upper++;
      } else if (Tokenizer.isLower(c)) {
        cls = 'x';
        lowerCount++;
      } else if (Tokenizer.isDigit(c)) {
        cls = 'd';
        digits++;
      } else {
        cls = c;
      }
      h = FeatureHash.addChar(h, lc);
      if (cls != lastClass) {
        sh = FeatureHash.addChar(sh, cls);
        lastClass = cls;
      }
    }
    lower[i] = h;
    shape[i] = sh;
    char first = chars[s];
    int f = 0;
    if (Tokenizer.isUpper(first)) {
      f |= CAP;
      if (lowerCount == 0 && upper > 1) {
        f |= ALL_CAPS;
      }
    } else if (Tokenizer.isDigit(first)) {
      f |= DIGIT;
    } else if (upper == 0 && digits == 0 && lowerCount > 0) {
      f |= LOWER;
    }
    return f;
  }

  private void markCandidates(int first, int end) {
    for (int i = first; i < end; i++) {
      caseClass[i] = (flags[i] & CAP) != 0 ? lexicon.classOf(lower[i]) : CaseLexicon.UNKNOWN;
    }
    for (int i = first; i < end; i++) {
      int f = flags[i];
      boolean cand;
      if ((f & URLISH) != 0) {
        cand = false;
      } else if ((f & CAP) != 0) {
        cand = !commonWordAlone(i, first, end);
      } else if ((f & DIGIT) != 0) {
        cand = capAt(i - 1, first, end) || capAt(i + 1, first, end);
      } else {
        cand =
            (capAt(i - 1, first, end) || capAt(i - 2, first, end))
                && (capAt(i + 1, first, end) || capAt(i + 2, first, end));
      }
      if (cand) {
        flags[i] = f | CANDIDATE;
      }
    }
  }

  /**
   * A capitalised word that news writes in lower case ({@link CaseLexicon#LOWER}), where its
   * capital says nothing (at the start of a sentence, in a headline), with no capitalised word
   * beside it that is not such a word too: "Furthermore, ...", "Attached is ...", "List of key
   * events". Not a name; not scored.
   */
  private boolean commonWordAlone(int i, int first, int end) {
    if (caseClass[i] != CaseLexicon.LOWER
        || ((flags[i] & SENT_START) == 0 && mode[i] == MODE_NORMAL)) {
      return false;
    }
    return !properAt(i - 1, first, end) && !properAt(i + 1, first, end);
  }

  private boolean properAt(int i, int first, int end) {
    return capAt(i, first, end) && caseClass[i] != CaseLexicon.LOWER;
  }

  private boolean capAt(int i, int first, int end) {
    return i >= first && i < end && (flags[i] & CAP) != 0;
  }

  private void matchGazetteer(int first, int end) {
    int max = gazetteer.maxTokens();
    int i = first;
    while (i < end) {
      if ((flags[i] & CAP) == 0) {
        i++;
        continue;
      }
      long h = 0;
      int bestEnd = -1;
      int bestTypes = 0;
      int limit = Math.min(end, i + max);
      for (int j = i; j < limit; j++) {
        h = Gazetteer.extend(h, lower[j]);
        int t = gazetteer.typesOf(h);
        if (t == 0) {
          break; // no listed form starts with these tokens
        }
        if ((t & Gazetteer.TYPES) != 0) {
          bestEnd = j + 1;
          bestTypes = t & Gazetteer.TYPES;
        }
      }
      if (bestEnd < 0) {
        i++;
        continue;
      }
      for (int j = i; j < bestEnd; j++) {
        gaz[j] = 1 + ((bestTypes << 1) | (j == i ? 0 : 1));
      }
      i = bestEnd;
    }
  }

  /**
   * Whether two tokens are joined as in a web address: no space between them, and one of / : @ . _
   * = ? & #.
   */
  private static boolean urlJoint(char[] c, int from, int to) {
    if (to <= from) {
      return false;
    }
    boolean url = false;
    for (int p = from; p < to; p++) {
      char ch = c[p];
      if (Character.isWhitespace(ch)) {
        return false;
      }
      url |=
          ch == '/' || ch == ':' || ch == '@' || ch == '.' || ch == '_' || ch == '=' || ch == '?'
              || ch == '&' || ch == '#';
    }
    return url;
  }

  /**
   * The first non-space char between two tokens (quotes folded to '"', dashes to '-'), else ' ': a
   * line break is a space like any other, as wire text wraps its lines inside sentences.
   */
  private static int gapClass(char[] c, int from, int to) {
    for (int p = from; p < to; p++) {
      char ch = c[p];
      if (!Character.isWhitespace(ch)) {
        return switch (ch) {
          case '“', '”', '„', '«', '»' -> '"';
          case '‘', '’', '`' -> '\'';
          case '–', '—' -> '-';
          default -> ch;
        };
      }
    }
    return ' ';
  }

  private void ensure(int n) {
    if (coreEnd.length < n) {
      int cap = Math.max(n, coreEnd.length * 2);
      coreEnd = new int[cap];
      lower = new long[cap];
      shape = new long[cap];
      flags = new int[cap];
      gaz = new int[cap];
      gapBefore = new int[cap];
      mode = new int[cap];
      caseClass = new int[cap];
    }
  }
}
