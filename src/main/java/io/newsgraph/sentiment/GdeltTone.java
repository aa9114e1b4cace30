package io.newsgraph.sentiment;

import java.util.Arrays;
import java.util.Objects;

/**
 * GDELT-style tone of a document: how many of its words are positive or negative.
 *
 * <p>GDELT computes tone with its own dictionary; to ship everything in the jar we use the VADER
 * 3.3.2 lexicon instead. A word is positive when its lower-cased form has a lexicon valence &gt; 0
 * and negative when it has a valence &lt; 0; no VADER rule (negation, boosters, caps, "but") is
 * applied, every word counts once.
 *
 * <p>A word is a maximal run of letters and digits, where an apostrophe ({@code '} or {@code ’}) or
 * a hyphen between two letters/digits joins the run ("don't", "well-being" are one word each; "--"
 * or a trailing "'" are not part of a word). Before the lookup the word is lower-cased and {@code
 * ’} becomes {@code '}. Emoticons and emoji are not words here.
 *
 * <p>Thread-safe.
 */
public final class GdeltTone {

  /** 1 = ASCII lower-case letter or digit, 2 = ASCII upper-case letter, 0 = anything else. */
  private static final byte[] ASCII_ALNUM = new byte[128];

  static {
    for (char c = 'a'; c <= 'z'; c++) {
      ASCII_ALNUM[c] = 1;
    }
    for (char c = '0'; c <= '9'; c++) {
      ASCII_ALNUM[c] = 1;
    }
    for (char c = 'A'; c <= 'Z'; c++) {
      ASCII_ALNUM[c] = 2;
    }
  }

  private final VaderScorer scorer;

  static boolean isAsciiAlnum(char c) {
    return c < 128 && ASCII_ALNUM[c] != 0;
  }

  /** Tone over the bundled VADER lexicon. */
  public GdeltTone() {
    this(VaderScorer.loadDefault());
  }

  /** Tone over the lexicon of the given scorer. */
  public GdeltTone(VaderScorer scorer) {
    this.scorer = Objects.requireNonNull(scorer, "scorer");
  }

  public ToneCounts count(CharSequence doc) {
    Objects.requireNonNull(doc, "doc");
    ToneTally tally = new ToneTally();
    countInto(doc, 0, doc.length(), tally);
    return tally.counts();
  }

  /**
   * Adds the words of doc[from, to) to the tally. Counting a document piece by piece gives its
   * {@link #count} as long as no piece boundary falls inside a word (whitespace never does).
   */
  public void countInto(CharSequence doc, int from, int to, ToneTally tally) {
    Objects.checkFromToIndex(from, to, doc.length());
    countInto(doc.toString().toCharArray(), from, to, tally);
  }

  /**
   * As {@link #countInto(CharSequence, int, int, ToneTally)} over a document's chars: the array may
   * be longer than the document if the char after its end is not a low surrogate (DocTokens leaves
   * a 0 there).
   */
  public void countInto(char[] doc, int from, int to, ToneTally tally) {
    int words = 0;
    int positive = 0;
    int negative = 0;
    char[] buf = tally.buf;
    int i = from;
    while (i < to) {
      char c0 = doc[i];
      if (c0 < 128) {
        // ASCII fast path: the same word rule without code points or case tables; falls back to the
        // general
        // loop below as soon as a non-ASCII char shows up in the word
        if (ASCII_ALNUM[c0] == 0) {
          i++;
          continue;
        }
        int n = 0;
        int h = 0;
        int j = i;
        boolean ascii = true;
        while (j < to) {
          char c = doc[j];
          if (c >= 128) {
            ascii = false;
            break;
          }
          byte k = ASCII_ALNUM[c];
          if (k != 0) {
            if (n + 2 > buf.length) {
              buf = Arrays.copyOf(buf, buf.length * 2);
            }
            char lc = k == 2 ? (char) (c + 32) : c;
            buf[n++] = lc;
            h = 31 * h + lc;
            j++;
            continue;
          }
          if ((c == '\'' || c == '-') && j + 1 < to) {
            char d = doc[j + 1];
            if (d >= 128) {
              ascii = false;
              break;
            }
            if (ASCII_ALNUM[d] != 0) {
              if (n + 2 > buf.length) {
                buf = Arrays.copyOf(buf, buf.length * 2);
              }
              buf[n++] = c;
              h = 31 * h + c;
              j++;
              continue;
            }
          }
          break;
        }
        if (ascii) {
          i = j;
          words++;
          int p = scorer.lexiconPolarity(buf, n, h);
          if (p > 0) {
            positive++;
          } else if (p < 0) {
            negative++;
          }
          continue;
        }
        // non-ASCII inside the word: redo it with the general loop from its start
      }
      int cp = Character.codePointAt(doc, i);
      if (!Character.isLetterOrDigit(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      // one word: alphanumeric runs joined by single apostrophes or hyphens
      int n = 0;
      while (true) {
        int cc = Character.charCount(cp);
        if (n + 2 > buf.length) {
          buf = Arrays.copyOf(buf, buf.length * 2);
        }
        if (cc == 1) {
          buf[n++] = Character.toLowerCase((char) cp);
        } else {
          n += Character.toChars(Character.toLowerCase(cp), buf, n);
        }
        i += cc;
        if (i >= to) {
          break;
        }
        cp = Character.codePointAt(doc, i);
        if (Character.isLetterOrDigit(cp)) {
          continue;
        }
        if ((cp == '\'' || cp == '\u2019' || cp == '-')
            && i + 1 < to
            && Character.isLetterOrDigit(Character.codePointAt(doc, i + 1))) {
          if (n + 1 > buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
          }
          buf[n++] = cp == '-' ? '-' : '\'';
          i++;
          cp = Character.codePointAt(doc, i);
          continue;
        }
        break;
      }
      words++;
      int p = scorer.lexiconPolarity(buf, n, VaderLexicon.hash(buf, n));
      if (p > 0) {
        positive++;
      } else if (p < 0) {
        negative++;
      }
    }
    tally.buf = buf;
    tally.add(words, positive, negative);
  }
}
