package io.newsgraph.sentiment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Parity with vaderSentiment 3.3.2, computed at test time by running the Python reference over
 * generated sentences that combine the rule triggers (modifiers x sentiment words x templates) plus
 * hand-written edge cases. Skipped when the reference cannot be imported.
 */
class VaderReferenceParityTest {

  private static final double TOLERANCE = 1e-3;

  private static final String[] MODIFIERS = {
    "",
    "very",
    "VERY",
    "extremely",
    "kind of",
    "sort of",
    "kinda",
    "barely",
    "not",
    "NOT",
    "isn't",
    "ISN'T",
    "never",
    "never so",
    "never this",
    "without doubt",
    "without a doubt",
    "no",
    "NO",
    "no or",
    "no nor",
    "least",
    "at least",
    "the very least",
    "so",
    "this",
    "just enough",
    "hardly really",
    "not very",
    "not the",
    "the",
    "to",
    "kiss of",
    "yeah",
    "bus",
    "beating",
    "uh-uh",
    "don't really",
    "n't",
  };
  private static final String[] WORDS = {
    "good", "GOOD", "bad", "BAD", "great", "horrible", "okay", "kind", "doubt", "no", "shit",
        "bomb", "ass",
    "heart", "die", "death", "right", "stop", "love", "hate", "fine", "nice", "sux", ":)", ":-(",
        "lol",
  };
  private static final String[] TEMPLATES = {
    "%s %s",
    "The food was %s %s.",
    "It looked %s %s, but the staff were %s %s!",
    "%s %s!!! and then %s %s??",
    "You are %s %s and I am %s %s",
    "WE THINK IT IS %s %s, ok %s %s?",
    "\"%s %s,\" she said; 'it's %s %s' -- really...",
    "But %s %s or %s %s but",
    "we were %s %s for %s %s :D",
  };

  /**
   * Hand-written edge cases: tokenisation, unicode, emoji, punctuation and repeated values around
   * "but".
   */
  static final List<String> EDGE_CASES =
      List.of(
          "",
          "   ",
          "!!!",
          "??",
          "?",
          "good",
          "GOOD",
          "Good!",
          "good!!!!!!",
          "good???",
          "good????",
          "bad??",
          "good ? ?",
          "not good?!",
          ":) :( :-) ;)",
          "(:",
          "...good...",
          "'good'",
          "--good--",
          "g!",
          "ok!",
          "a good, good, good day",
          "good but good",
          "good good but good good",
          "great good but good great",
          "bad but bad bad",
          "nice but but nice",
          "BUT it was good",
          "it was good but",
          "good nice but nice good",
          "love love but love",
          "no no good",
          "no good no bad",
          "not no good",
          "no, not good",
          "I 💘 you",
          "I💘you",
          "💘",
          "  💘  good",
          "🔛 go",
          "it is 🆙 now!",
          "😁😁😁",
          "good 😀bad",
          "the 👍 thumbs",
          "stars ⭐️ here",
          "flag 🇺🇸 usa",
          "man’s good day",
          "don’t like it",
          "don't like it",
          "DON'T LIKE IT",
          "I can't stand it",
          "fed up",
          "screwed up",
          "It is the shit",
          "It is THE SHIT",
          "that was the bomb dude",
          "bad ass movie",
          "a real badass",
          "bus stop crash",
          "yeah right, great",
          "the kiss of death here",
          "to die for really",
          "my beating heart",
          "this is kind of good",
          "this is Kind Of good",
          "kind of",
          "kind",
          "sort of bad stuff",
          "just enough good",
          "at least good",
          "very least good",
          "least good",
          "the least good",
          "never so good",
          "never this bad",
          "so good",
          "this good",
          "without doubt good",
          "without a doubt great",
          "Nothing good",
          "none good happened",
          "rarely good here",
          "despite good",
          "aint good",
          "uhuh good",
          "uh-uh good",
          "GOOD and BAD and ugly",
          "GOOD BAD",
          "ALL CAPS GOOD TEXT",
          "Very VERY good",
          "VERY good indeed",
          "so SO good",
          "KINDA good",
          "Ｇood",
          "\u212Aind words",
          "İyi good",
          "ΣΟΦΙΑ good",
          "naïve good",
          "café good",
          "𝐆𝐎𝐎𝐃 good",
          "good\u00a0bad",
          "good\u2003bad",
          "good\u200bbad",
          "good\u0085bad",
          "good\u001cbad",
          "good\tbad\nok",
          "good\u3000bad",
          "a\u00adb good",
          "x:) good",
          ":-D good",
          ":D",
          ":P",
          "xD",
          "XD lol",
          "O_o wow",
          "<3 you",
          "</3 sad",
          "#love #hate",
          "@good @bad",
          "good.bad",
          "good,bad",
          "good-bad",
          "kind-of good",
          "sort-of bad",
          "k!nd of good",
          "I don't think this is not good",
          "It isn't horrible at all",
          "Not bad at all",
          "The plot was good, but the characters are uncompelling and the dialog is not great.",
          "1 2 3 4 5",
          "#",
          "((((",
          "good \ud83d bad",
          "\ud83d\ude01",
          "lol lol lol but lol lol",
          "great but good good good great",
          "fine fine fine fine but fine",
          // a value after "but" equal to a re-weighted one before it: 3.3.2 re-weights the earlier
          // one again
          "love but bold",
          "cute but alright",
          "the clever plan, but a chance",
          "awful but alone");

  static List<String> generated() {
    Set<String> out = new LinkedHashSet<>(EDGE_CASES);
    Random rnd = new Random(20240611L);
    // every modifier with every word once, in the simplest template
    for (String m : MODIFIERS) {
      for (String w : WORDS) {
        out.add(String.format(TEMPLATES[0], m, w).strip());
      }
    }
    // random combinations in the richer templates
    for (int i = 0; i < 400; i++) {
      String t = TEMPLATES[1 + rnd.nextInt(TEMPLATES.length - 1)];
      Object[] args = new Object[4];
      for (int k = 0; k < 4; k += 2) {
        args[k] = MODIFIERS[rnd.nextInt(MODIFIERS.length)];
        args[k + 1] = WORDS[rnd.nextInt(WORDS.length)];
      }
      out.add(String.format(Locale.ROOT, t, args));
    }
    return new ArrayList<>(out);
  }

  @Test
  void generatedSentencesMatchReference() {
    String reason = PythonVader.unavailableReason();
    io.newsgraph.testing.Required.assume(reason == null, "reference VADER unavailable: " + reason);
    List<String> sentences = generated();
    List<double[]> ref = PythonVader.score(sentences);
    VaderScorer scorer = VaderScorer.loadDefault();
    List<String> diffs = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      SentimentScores j = scorer.score(sentences.get(i));
      double[] r = ref.get(i);
      double[] jv = {j.neg(), j.neu(), j.pos(), j.compound()};
      for (int k = 0; k < 4; k++) {
        if (Math.abs(jv[k] - r[k]) > TOLERANCE) {
          diffs.add(
              String.format(
                  Locale.ROOT,
                  "%s: java %s reference [%s, %s, %s, %s]",
                  escape(sentences.get(i)),
                  j,
                  r[0],
                  r[1],
                  r[2],
                  r[3]));
          break;
        }
      }
    }
    System.out.println(
        "reference parity: " + sentences.size() + " sentences, " + diffs.size() + " differ");
    assertTrue(sentences.size() > 1000, "expected a few hundred generated sentences");
    assertTrue(
        diffs.isEmpty(),
        diffs.size()
            + " of "
            + sentences.size()
            + " sentences differ:\n"
            + String.join("\n", diffs.subList(0, Math.min(50, diffs.size()))));
  }

  private static String escape(String s) {
    StringBuilder sb = new StringBuilder();
    PythonVader.jsonString(s, sb);
    return sb.toString();
  }
}
