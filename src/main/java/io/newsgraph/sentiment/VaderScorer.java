package io.newsgraph.sentiment;

import static io.newsgraph.sentiment.VaderLexicon.F_BOOSTER;
import static io.newsgraph.sentiment.VaderLexicon.F_LEXICON;
import static io.newsgraph.sentiment.VaderLexicon.F_NEGATION;
import static io.newsgraph.sentiment.VaderLexicon.W_AT;
import static io.newsgraph.sentiment.VaderLexicon.W_BUT;
import static io.newsgraph.sentiment.VaderLexicon.W_DOUBT;
import static io.newsgraph.sentiment.VaderLexicon.W_KIND;
import static io.newsgraph.sentiment.VaderLexicon.W_LEAST;
import static io.newsgraph.sentiment.VaderLexicon.W_NEVER;
import static io.newsgraph.sentiment.VaderLexicon.W_NO;
import static io.newsgraph.sentiment.VaderLexicon.W_NOR;
import static io.newsgraph.sentiment.VaderLexicon.W_OF;
import static io.newsgraph.sentiment.VaderLexicon.W_OR;
import static io.newsgraph.sentiment.VaderLexicon.W_SO;
import static io.newsgraph.sentiment.VaderLexicon.W_THIS;
import static io.newsgraph.sentiment.VaderLexicon.W_VERY;
import static io.newsgraph.sentiment.VaderLexicon.W_WITHOUT;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * VADER sentiment scorer with the exact behaviour of {@code
 * SentimentIntensityAnalyzer.polarity_scores} of vaderSentiment 3.3.2, including its quirks:
 * whitespace tokenisation with ASCII punctuation stripped from tokens longer than two characters,
 * single-code-point emoji replaced by their descriptions, negation only through non-lexicon words,
 * "never so/this", "without doubt", "least", "no", "kind of", the first "but" and the way 3.3.2
 * re-weights equal valences around it, special phrases, ALL-CAPS emphasis and "!"/"?" emphasis.
 *
 * <p>Thread-safe: the lexicon is immutable and per-call scratch arrays live in a {@link
 * ThreadLocal} (or in the caller's {@link Buffers}). Scoring does not allocate per token for text
 * whose tokens need only simple lower-casing (ASCII, Latin, curly quotes ...).
 */
public final class VaderScorer {

  private static final String RESOURCE_DIR = "/io/newsgraph/sentiment/";

  private static final class DefaultHolder {
    static final VaderScorer INSTANCE =
        new VaderScorer(
            readResource(RESOURCE_DIR + "vader_lexicon.txt"),
            readResource(RESOURCE_DIR + "emoji_utf8_lexicon.txt"));
  }

  // per-token flags in Buffers.flags, beside the lexicon flags
  private static final int T_UPPER = 8;

  // classes of ASCII chars for the one-pass tokeniser
  private static final byte C_SPACE = 1;
  private static final byte C_PUNCT = 2;
  private static final byte C_ALNUM = 4;
  private static final byte C_UPPER = 8;
  private static final byte C_LOWER = 16;
  private static final byte C_JOIN = 32;
  private static final byte[] ASCII_CLASS = new byte[128];

  static {
    for (char c = 0; c < 128; c++) {
      int k =
          (PyText.isSpace(c) ? C_SPACE : 0)
              | (PyText.isPunct(c) ? C_PUNCT : 0)
              | (GdeltTone.isAsciiAlnum(c) ? C_ALNUM : 0)
              | (c >= 'A' && c <= 'Z' ? C_UPPER : 0)
              | (c >= 'a' && c <= 'z' ? C_LOWER : 0)
              | (c == '\'' || c == '-' ? C_JOIN : 0);
      ASCII_CLASS[c] = (byte) k;
    }
  }

  private final VaderLexicon lex;

  /** Single-code-point emoji keys as a bit set, and their descriptions. */
  private final long[] emojiBits;

  private final int minEmoji;
  private final Map<Integer, String> emojiDescriptions;
  private final ThreadLocal<Buffers> scratch = ThreadLocal.withInitial(Buffers::new);

  /**
   * GDELT word counting for the tokens that are not one plain ASCII word (see {@link #addToken}).
   */
  private final GdeltTone words = new GdeltTone(this);

  VaderScorer(String lexiconText, String emojiLexiconText) {
    this.lex = VaderLexicon.build(lexiconText);
    this.emojiDescriptions = parseEmoji(emojiLexiconText);
    int max = 0;
    int min = Integer.MAX_VALUE;
    for (int cp : emojiDescriptions.keySet()) {
      max = Math.max(max, cp);
      min = Math.min(min, cp);
    }
    this.minEmoji = min;
    this.emojiBits = new long[(max >>> 6) + 1];
    for (int cp : emojiDescriptions.keySet()) {
      emojiBits[cp >>> 6] |= 1L << cp;
    }
  }

  /** The shared scorer with the bundled VADER 3.3.2 lexicons; built once per JVM. */
  public static VaderScorer loadDefault() {
    return DefaultHolder.INSTANCE;
  }

  private static String readResource(String name) {
    try (InputStream in = VaderScorer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  /**
   * Emoji lexicon: "emoji TAB description" per line. Only single-code-point keys can ever match.
   */
  private static Map<Integer, String> parseEmoji(String text) {
    Map<Integer, String> map = new HashMap<>();
    for (String line : PyText.rstripNewlines(text).split("\n", -1)) {
      String[] f = PyText.strip(line).split("\t", -1);
      if (f.length < 2) {
        throw new IllegalArgumentException("bad emoji lexicon line: " + line);
      }
      String key = f[0];
      if (!key.isEmpty() && key.codePointCount(0, key.length()) == 1) {
        map.put(key.codePointAt(0), f[1]);
      }
    }
    return map;
  }

  /** Lexicon valence of an already lower-cased word, NaN if it is not in the VADER lexicon. */
  double lexiconValence(char[] lowered, int len) {
    int e = lex.find(lowered, len);
    return e >= 0 && (lex.flags[e] & F_LEXICON) != 0 ? lex.valence[e] : Double.NaN;
  }

  /**
   * Sign of the lexicon valence of an already lower-cased word (1, -1, or 0 when it has none or is
   * not in the lexicon); hash is the 31-polynomial hash of buf[0, len) ({@code h = 31 * h + c}),
   * computed by the caller while it lower-cases the word.
   */
  int lexiconPolarity(char[] lowered, int len, int hash) {
    return lex.polarity(lowered, len, hash);
  }

  /** Scores one sentence; equals vaderSentiment 3.3.2 {@code polarity_scores(sentence)}. */
  public SentimentScores score(CharSequence sentence) {
    Objects.requireNonNull(sentence, "sentence");
    String text = sentence.toString();
    return score(text, 0, text.length());
  }

  /**
   * Scores the sentence doc[from, to) as {@link #score(CharSequence)} scores {@code
   * doc.substring(from, to)}, without copying it (the annotator scores every sentence of a
   * document).
   */
  public SentimentScores score(String doc, int from, int to) {
    return score(doc, from, to, null);
  }

  /**
   * Scores doc[from, to) as {@link #score(String, int, int)} does and, when tally is not null, adds
   * the sentence's GDELT words to it ({@link GdeltTone}): the tokens VADER looks up are, for plain
   * words, exactly the words GDELT counts, so the annotator scans and looks up each word once for
   * both measures.
   */
  public SentimentScores score(String doc, int from, int to, ToneTally tally) {
    return score(doc, doc.toCharArray(), from, to, tally);
  }

  /**
   * As {@link #score(String, int, int, ToneTally)}, with doc's chars already copied into chars,
   * which the tokeniser reads without String.charAt's checks: the annotator copies each document
   * once. chars may be longer than doc if the char after doc's end is not a low surrogate (as
   * {@link io.newsgraph.text.DocTokens#chars} leaves it).
   */
  public SentimentScores score(String doc, char[] chars, int from, int to, ToneTally tally) {
    return score(doc, chars, from, to, tally, scratch.get());
  }

  /**
   * As {@link #score(String, char[], int, int, ToneTally)}, with the caller's buffers (not shared
   * by threads).
   */
  public SentimentScores score(
      String doc, char[] chars, int from, int to, ToneTally tally, Buffers w) {
    Objects.checkFromToIndex(from, to, doc.length());
    String text = doc;
    if (containsEmoji(chars, from, to)) {
      if (tally != null) {
        // the emoji descriptions are VADER's words, not the document's
        words.countInto(chars, from, to, tally);
        tally = null;
      }
      text = replaceEmoji(text.substring(from, to), w.sb);
      chars = text.toCharArray();
      from = 0;
      to = text.length();
    }
    int n = tokenize(text, chars, from, to, w, tally);
    if (n == 0) {
      return SentimentScores.EMPTY;
    }
    double[] s = w.sentiments;
    byte[] flags = w.flags;
    byte[] ids = w.ids;
    int upper = 0;
    for (int i = 0; i < n; i++) {
      if ((flags[i] & T_UPPER) != 0) {
        upper++;
      }
    }
    boolean capDiff = upper > 0 && upper < n;
    for (int i = 0; i < n; i++) {
      int f = flags[i];
      if ((f & F_BOOSTER) != 0
          || (f & F_LEXICON) == 0
          || (i < n - 1 && ids[i] == W_KIND && ids[i + 1] == W_OF)) {
        s[i] = 0.0;
      } else {
        s[i] = valence(w, i, n, capDiff);
      }
    }
    applyBut(ids, s, n);
    return summarize(s, n, w.exclamations, w.questions);
  }

  private boolean containsEmoji(char[] text, int from, int to) {
    int min = minEmoji;
    for (int i = from; i < to; i++) {
      char c = text[i];
      if (c >= min) {
        // as in the copy the reference sees: a high surrogate at its end stands alone
        int cp =
            Character.isHighSurrogate(c) && i + 1 < to ? Character.codePointAt(text, i, to) : c;
        if (isEmoji(cp)) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean isEmoji(int cp) {
    int word = cp >>> 6;
    return word < emojiBits.length && (emojiBits[word] & (1L << cp)) != 0;
  }

  /**
   * Replaces each emoji code point by its description, preceded by a space unless one is already
   * there.
   */
  private String replaceEmoji(String text, StringBuilder sb) {
    sb.setLength(0);
    boolean prevSpace = true;
    for (int i = 0, len = text.length(); i < len; ) {
      int cp = text.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (isEmoji(cp)) {
        if (!prevSpace) {
          sb.append(' ');
        }
        sb.append(emojiDescriptions.get(cp));
        prevSpace = false;
      } else {
        sb.append(text, i, next);
        prevSpace = cp == ' ';
      }
      i = next;
    }
    // the reference strips the result; leading/trailing whitespace cannot change tokens or "!"/"?"
    // counts
    return sb.toString();
  }

  /**
   * Splits on Python whitespace, strips punctuation, looks every token up. Returns the token count.
   *
   * <p>An all-ASCII token is stripped, lower-cased, hashed and classified in the one pass that
   * finds its end; {@link #addToken} does the rest (non-ASCII chars, and the short tokens that keep
   * their punctuation).
   */
  private int tokenize(String text, char[] chars, int from, int to, Buffers w, ToneTally tally) {
    byte[] cls = ASCII_CLASS;
    int n = 0;
    int exclamations = 0;
    int questions = 0;
    int i = from;
    while (i < to) {
      char c = chars[i];
      if (c < 128 ? (cls[c] & C_SPACE) != 0 : PyText.isSpace(c)) {
        i++;
        continue;
      }
      int start = i;
      boolean ascii = true;
      int a = -1; // first char that is not punctuation
      int b = -1; // after the last one
      int h = 0;
      int hb = 0; // hash of [a, b)
      int bits = 0; // C_UPPER | C_LOWER seen
      boolean nt = false;
      int bad = 0; // chars that keep [a, ...) from being one GDELT word
      int badAtB = 0;
      boolean joinPending =
          false; // an apostrophe or hyphen after a letter or digit, waiting for one
      char p1 = 0;
      char p2 = 0;
      do {
        if (c >= 128) {
          if (PyText.isSpace(c)) {
            break;
          }
          ascii = false;
          continue;
        }
        int k = cls[c];
        if ((k & C_SPACE) != 0) {
          break;
        }
        if (c == '!') {
          exclamations++;
        } else if (c == '?') {
          questions++;
        }
        if (!ascii) {
          continue;
        }
        if (a < 0) {
          if ((k & C_PUNCT) != 0) {
            continue;
          }
          a = i;
        }
        if ((k & C_ALNUM) != 0) {
          // a run of ASCII letters and digits, most of every token: no punctuation, joins or marks
          // to watch.
          // "n't" can end only at the run's first char (inside it the char before is a letter or
          // digit)
          char lc = (k & C_UPPER) != 0 ? (char) (c + 32) : c;
          if (lc == 't' && p1 == '\'' && p2 == 'n') {
            nt = true;
          }
          int j = i;
          while (true) {
            h = 31 * h + lc;
            bits |= k;
            if (++j >= to) {
              break;
            }
            c = chars[j];
            if (c >= 128) {
              break;
            }
            k = cls[c];
            if ((k & C_ALNUM) == 0) {
              break;
            }
            lc = (k & C_UPPER) != 0 ? (char) (c + 32) : c;
          }
          // the last two chars, lower-cased, as the char-by-char loop leaves them
          p2 = j - i >= 2 ? lowerAscii(chars[j - 2]) : p1;
          p1 = lowerAscii(chars[j - 1]);
          joinPending = false;
          b = j;
          hb = h;
          badAtB = bad;
          i = j - 1; // the loop condition steps to j and reads it again
          continue;
        }
        char lc = (k & C_UPPER) != 0 ? (char) (c + 32) : c;
        h = 31 * h + lc;
        bits |= k;
        if (lc == 't' && p1 == '\'' && p2 == 'n') {
          nt = true;
        }
        // not a letter or digit (those took the run above): an apostrophe or hyphen may still join
        // two
        if (joinPending) {
          bad++;
        }
        joinPending = (k & C_JOIN) != 0 && p1 < 128 && (cls[p1] & C_ALNUM) != 0;
        if (!joinPending) {
          bad++;
        }
        if ((k & C_PUNCT) == 0) {
          b = i + 1;
          hb = h;
          badAtB = bad;
        }
        p2 = p1;
        p1 = lc;
      } while (++i < to && ((c = chars[i]) >= 0));
      if (n == w.flags.length) {
        w.grow();
      }
      if (!ascii || a < 0 || (b - a <= 2 && (a != start || b != i))) {
        addToken(text, chars, start, i, w, n, tally);
      } else {
        int e = lex.find(chars, a, b, hb);
        store(w, n, e, nt, (bits & C_UPPER) != 0 && (bits & C_LOWER) == 0);
        if (tally != null) {
          if (badAtB == 0) {
            tally.addWord(lex.polarityOf(e));
          } else {
            words.countInto(chars, start, i, tally);
          }
        }
      }
      n++;
    }
    w.exclamations = exclamations;
    w.questions = questions;
    return n;
  }

  private static char lowerAscii(char c) {
    return (ASCII_CLASS[c] & C_UPPER) != 0 ? (char) (c + 32) : c;
  }

  /**
   * The general path of {@link #tokenize}: never one plain ASCII word, so GDELT counts it on its
   * own.
   */
  private void addToken(
      String text, char[] chars, int start, int end, Buffers w, int idx, ToneTally tally) {
    if (tally != null) {
      words.countInto(chars, start, end, tally);
    }
    int a = start;
    int b = end;
    while (a < b && PyText.isPunct(chars[a])) {
      a++;
    }
    while (b > a && PyText.isPunct(chars[b - 1])) {
      b--;
    }
    if (PyText.atMostTwoCodePoints(text, a, b)) {
      // probably an emoticon: keep the token as it was
      a = start;
      b = end;
    }
    int h = 0;
    boolean lowerSeen = false;
    boolean upperSeen = false;
    boolean nt = false;
    char p1 = 0;
    char p2 = 0;
    for (int k = a; k < b; k++) {
      char c = chars[k];
      char lc;
      if (c < 128) {
        if (c >= 'A' && c <= 'Z') {
          upperSeen = true;
          lc = (char) (c + 32);
        } else {
          lowerSeen |= c >= 'a' && c <= 'z';
          lc = c;
        }
      } else {
        if (VaderLexicon.needsFullLowerCase(c)) {
          addTokenSlow(text, a, b, w, idx);
          return;
        }
        if (Character.isLowerCase(c) || Character.isTitleCase(c)) {
          lowerSeen = true;
        } else if (Character.isUpperCase(c)) {
          upperSeen = true;
        }
        lc = Character.toLowerCase(c);
      }
      h = 31 * h + lc;
      if (lc == 't' && p1 == '\'' && p2 == 'n') {
        nt = true;
      }
      p2 = p1;
      p1 = lc;
    }
    int e = lex.find(chars, a, b, h);
    store(w, idx, e, nt, upperSeen && !lowerSeen);
  }

  /**
   * Tokens with surrogates or chars whose lower case depends on context: lower-case the whole
   * String.
   */
  private void addTokenSlow(String text, int a, int b, Buffers w, int idx) {
    String lowered = VaderLexicon.lowerFully(text.substring(a, b));
    int e = lex.find(lowered);
    store(w, idx, e, lowered.contains("n't"), PyText.isUpper(text, a, b));
  }

  private void store(Buffers w, int idx, int e, boolean nt, boolean upper) {
    int f = (nt ? F_NEGATION : 0) | (upper ? T_UPPER : 0);
    if (e >= 0) {
      f |= lex.flags[e];
      w.valence[idx] = lex.valence[e];
      w.booster[idx] = lex.booster[e];
      w.ids[idx] = lex.wordId[e];
    } else {
      w.ids[idx] = 0;
    }
    w.flags[idx] = (byte) f;
  }

  /** Valence of lexicon token i after the modifier, negation, caps, idiom and "least" rules. */
  private double valence(Buffers w, int i, int n, boolean capDiff) {
    byte[] flags = w.flags;
    byte[] ids = w.ids;
    double base = w.valence[i];
    double v = base;
    if (ids[i] == W_NO && i != n - 1 && (flags[i + 1] & F_LEXICON) != 0) {
      // "no" directly before a lexicon word is a negator, not a sentiment word
      v = 0.0;
    }
    if ((i > 0 && ids[i - 1] == W_NO)
        || (i > 1 && ids[i - 2] == W_NO)
        || (i > 2 && ids[i - 3] == W_NO && (ids[i - 1] == W_OR || ids[i - 1] == W_NOR))) {
      v = base * VaderRules.NEGATION;
    }
    if (capDiff && (flags[i] & T_UPPER) != 0) {
      v = v > 0 ? v + VaderRules.CAPS_BOOST : v - VaderRules.CAPS_BOOST;
    }
    for (int dist = 0; dist < 3; dist++) {
      int j = i - dist - 1;
      if (j < 0) {
        break;
      }
      int fj = flags[j];
      if ((fj & F_LEXICON) != 0) {
        continue;
      }
      double scalar = 0.0;
      if ((fj & F_BOOSTER) != 0) {
        scalar = w.booster[j];
        if (v < 0) {
          scalar = -scalar;
        }
        if (capDiff && (fj & T_UPPER) != 0) {
          scalar = v > 0 ? scalar + VaderRules.CAPS_BOOST : scalar - VaderRules.CAPS_BOOST;
        }
        if (dist == 1) {
          scalar = scalar * VaderRules.SECOND_WORD_FACTOR;
        } else if (dist == 2) {
          scalar = scalar * VaderRules.THIRD_WORD_FACTOR;
        }
      }
      v = v + scalar;
      v = negation(flags, ids, v, dist, i);
      if (dist == 2) {
        v = idioms(ids, v, i, n);
      }
    }
    if (i > 0 && (flags[i - 1] & F_LEXICON) == 0 && ids[i - 1] == W_LEAST) {
      if (i == 1 || (ids[i - 2] != W_AT && ids[i - 2] != W_VERY)) {
        v = v * VaderRules.NEGATION;
      }
    }
    return v;
  }

  private static boolean soOrThis(int id) {
    return id == W_SO || id == W_THIS;
  }

  private static double negation(byte[] flags, byte[] ids, double v, int dist, int i) {
    switch (dist) {
      case 0:
        return (flags[i - 1] & F_NEGATION) != 0 ? v * VaderRules.NEGATION : v;
      case 1:
        if (ids[i - 2] == W_NEVER && soOrThis(ids[i - 1])) {
          return v * VaderRules.NEVER_SO_FACTOR;
        }
        if (ids[i - 2] == W_WITHOUT && ids[i - 1] == W_DOUBT) {
          return v;
        }
        return (flags[i - 2] & F_NEGATION) != 0 ? v * VaderRules.NEGATION : v;
      default:
        // as in 3.3.2: any "so"/"this" right before the word counts, not only after "never"
        if ((ids[i - 3] == W_NEVER && soOrThis(ids[i - 2])) || soOrThis(ids[i - 1])) {
          return v * VaderRules.NEVER_SO_FACTOR;
        }
        if (ids[i - 3] == W_WITHOUT && (ids[i - 2] == W_DOUBT || ids[i - 1] == W_DOUBT)) {
          return v;
        }
        return (flags[i - 3] & F_NEGATION) != 0 ? v * VaderRules.NEGATION : v;
    }
  }

  /** Special phrases around token i (i >= 3) and multi-word dampeners before it. */
  private double idioms(byte[] ids, double v, int i, int n) {
    int w3 = ids[i - 3];
    int w2 = ids[i - 2];
    int w1 = ids[i - 1];
    int w0 = ids[i];
    double r;
    if (!Double.isNaN(r = lex.specialPair(w1, w0))
        || !Double.isNaN(r = lex.specialTriple(w2, w1, w0))
        || !Double.isNaN(r = lex.specialPair(w2, w1))
        || !Double.isNaN(r = lex.specialTriple(w3, w2, w1))
        || !Double.isNaN(r = lex.specialPair(w3, w2))) {
      v = r;
    }
    if (n - 1 > i && !Double.isNaN(r = lex.specialPair(w0, ids[i + 1]))) {
      v = r;
    }
    if (n - 1 > i + 1 && !Double.isNaN(r = lex.specialTriple(w0, ids[i + 1], ids[i + 2]))) {
      v = r;
    }
    if (!Double.isNaN(r = lex.boosterTriple(w3, w2, w1))) {
      v = v + r;
    }
    if (!Double.isNaN(r = lex.boosterPair(w3, w2))) {
      v = v + r;
    }
    if (!Double.isNaN(r = lex.boosterPair(w2, w1))) {
      v = v + r;
    }
    return v;
  }

  /**
   * Halves valences before the first "but" and multiplies those after it by 1.5. Like 3.3.2, each
   * value is located by its first equal occurrence in the (already partly re-weighted) list, which
   * matters when values repeat.
   */
  private static void applyBut(byte[] ids, double[] s, int n) {
    int bi = -1;
    for (int i = 0; i < n; i++) {
      if (ids[i] == W_BUT) {
        bi = i;
        break;
      }
    }
    if (bi < 0) {
      return;
    }
    for (int pos = 0; pos < n; pos++) {
      double x = s[pos];
      if (x == 0.0) {
        continue; // re-weighting a zero leaves a zero
      }
      int j = 0;
      while (s[j] != x) {
        j++;
      }
      if (j < bi) {
        s[j] = x * VaderRules.BEFORE_BUT;
      } else if (j > bi) {
        s[j] = x * VaderRules.AFTER_BUT;
      }
    }
  }

  private static SentimentScores summarize(double[] s, int n, int exclamations, int questions) {
    double sum = 0.0;
    for (int i = 0; i < n; i++) {
      sum += s[i];
    }
    double emphasis =
        Math.min(exclamations, VaderRules.MAX_EXCLAMATIONS) * VaderRules.EXCLAMATION_WEIGHT;
    if (questions > 1) {
      emphasis +=
          questions <= VaderRules.MAX_WEIGHTED_QUESTIONS
              ? questions * VaderRules.QUESTION_WEIGHT
              : VaderRules.QUESTION_CAP;
    }
    if (sum > 0) {
      sum += emphasis;
    } else if (sum < 0) {
      sum -= emphasis;
    }
    double compound = sum / Math.sqrt(sum * sum + VaderRules.NORMALIZE_ALPHA);
    compound = Math.max(-1.0, Math.min(1.0, compound));

    double posSum = 0.0;
    double negSum = 0.0;
    int neutral = 0;
    for (int i = 0; i < n; i++) {
      double x = s[i];
      if (x > 0) {
        posSum += x + 1;
      } else if (x < 0) {
        negSum += x - 1;
      } else {
        neutral++;
      }
    }
    if (posSum > Math.abs(negSum)) {
      posSum += emphasis;
    } else if (posSum < Math.abs(negSum)) {
      negSum -= emphasis;
    }
    double total = posSum + Math.abs(negSum) + neutral;
    return new SentimentScores(
        PyText.round(Math.abs(negSum / total), 3),
        PyText.round(Math.abs(neutral / total), 3),
        PyText.round(Math.abs(posSum / total), 3),
        PyText.round(compound, 4));
  }

  /**
   * Working arrays for scoring, grown on demand: per thread behind the plain methods; a caller that
   * scores many sentences on one thread (the annotator) may hold its own and pass it in.
   */
  public static final class Buffers {
    double[] valence = new double[64];
    double[] booster = new double[64];
    double[] sentiments = new double[64];
    byte[] flags = new byte[64];
    byte[] ids = new byte[64];
    int exclamations;
    int questions;
    final StringBuilder sb = new StringBuilder();

    void grow() {
      int cap = flags.length * 2;
      valence = Arrays.copyOf(valence, cap);
      booster = Arrays.copyOf(booster, cap);
      sentiments = Arrays.copyOf(sentiments, cap);
      flags = Arrays.copyOf(flags, cap);
      ids = Arrays.copyOf(ids, cap);
    }
  }
}
