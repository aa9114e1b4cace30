package io.newsgraph.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class GdeltToneTest {

  private final GdeltTone tone = new GdeltTone();

  @Test
  void countsWordsAndLexiconPolarity() {
    // good, fine, care: positive; awful: negative; "don't" is one word; no VADER rules (negation)
    // apply
    ToneCounts c =
        tone.count(
            "The harvest was good, the weather fine -- but the roads were AWFUL and we don't care.");
    assertEquals(new ToneCounts(16, 3, 1), c);
    assertEquals(3 * 100.0 / 16, c.positivePct(), 1e-12);
    assertEquals(100.0 / 16, c.negativePct(), 1e-12);
    assertEquals(2 * 100.0 / 16, c.tone(), 1e-12);
    assertEquals(4 * 100.0 / 16, c.polarity(), 1e-12);
  }

  @Test
  void curlyApostropheAndHyphenJoinWords() {
    assertEquals(3, tone.count("won’t self-help 42").words());
    assertEquals(2, tone.count("'quoted' --dash").words());
  }

  @Test
  void countingWhileVaderTokenisesEqualsCountingAlone() {
    VaderScorer vader = VaderScorer.loadDefault();
    String[] docs = {
      "The harvest was good, the weather fine -- but the roads were AWFUL and we don't care.",
      "U.S.-led talks (AP) failed; rock-'n'-roll won’t die... 'quoted' --dash a--b x- -y it's 10,000 #1",
      "Ceasefire 😀 collapsed after Hamas' attack: İstanbul ΣΟΦΙΑ naïve café-owner’s “great” loss!!",
      "(a) :) :-( ok. good? bad! no-one's well-being 3-2 ‘tis",
      "",
      "   \n\t ",
    };
    for (String doc : docs) {
      ToneTally tally = new ToneTally();
      // pieces cut at whitespace, as sentences are, with text between them counted on its own
      int cut = Math.max(0, doc.indexOf(' ', doc.length() / 2));
      vader.score(doc, 0, cut, tally);
      tone.countInto(doc, cut, cut + 1 > doc.length() ? cut : cut + 1, tally);
      vader.score(doc, Math.min(doc.length(), cut + 1), doc.length(), tally);
      assertEquals(tone.count(doc), tally.counts(), doc);
    }
  }

  @Test
  void emptyDocument() {
    ToneCounts c = tone.count("  ... !! ");
    assertEquals(ToneCounts.ZERO, c);
    assertEquals(0.0, c.tone());
    assertEquals(0.0, c.polarity());
  }

  @Test
  void rejectsInconsistentCounts() {
    assertThrows(IllegalArgumentException.class, () -> new ToneCounts(1, 1, 1));
    assertEquals(new ToneCounts(5, 2, 1), new ToneCounts(2, 1, 0).plus(new ToneCounts(3, 1, 1)));
  }

  /**
   * The ASCII fast path of count() gives what the general code-point loop gives, on every corpus
   * text.
   */
  @Test
  void fastPathEqualsReferenceLoop() throws IOException {
    List<String> docs =
        new ArrayList<>(
            List.of(
                "don't stop-me now's",
                "a--b 'c' d'",
                "x-\u00e9t\u00e9 caf\u00e9's",
                "Hamas' 5.93 U.S.-Japan",
                "ABC-",
                "well\u2019being it's-ok -",
                "na\u00efve-ish good-bad'",
                "e-\u00c9",
                "",
                "\ud83d\ude00 happy\ud83d\ude00sad 'great'"));
    Path dir = TestCorpora.dir();
    for (String f :
        new String[] {
          "reuters21578-train.jsonl",
          "gaza-headlines-2023-2024.jsonl",
          "idf-telegram-2023-2024.jsonl"
        }) {
      Path p = dir == null ? null : dir.resolve(f);
      if (p != null && Files.isRegularFile(p)) {
        docs.addAll(
            Files.readAllLines(
                p, StandardCharsets.UTF_8)); // the raw JSON lines: text, escapes, ids
      }
    }
    VaderScorer scorer = VaderScorer.loadDefault();
    for (String d : docs) {
      ToneCounts got = tone.count(d);
      int[] want = reference(scorer, d);
      assertEquals(want[0], got.words(), d);
      assertEquals(want[1], got.positive(), d);
      assertEquals(want[2], got.negative(), d);
    }
  }

  /** The word loop as it was before the ASCII fast path. */
  private static int[] reference(VaderScorer scorer, CharSequence doc) {
    int len = doc.length();
    int words = 0;
    int positive = 0;
    int negative = 0;
    char[] buf = new char[32];
    int i = 0;
    while (i < len) {
      int cp = Character.codePointAt(doc, i);
      if (!Character.isLetterOrDigit(cp)) {
        i += Character.charCount(cp);
        continue;
      }
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
        if (i >= len) {
          break;
        }
        cp = Character.codePointAt(doc, i);
        if (Character.isLetterOrDigit(cp)) {
          continue;
        }
        if ((cp == '\'' || cp == '\u2019' || cp == '-')
            && i + 1 < len
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
      double v = scorer.lexiconValence(buf, n);
      if (v > 0) {
        positive++;
      } else if (v < 0) {
        negative++;
      }
    }
    return new int[] {words, positive, negative};
  }
}
