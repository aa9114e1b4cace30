package io.newsgraph.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One sentence per VADER rule. Expected values are what vaderSentiment 3.3.2 returns for these
 * sentences ({neg, neu, pos, compound}); they were produced once with the reference and are fixed
 * here so the test needs no Python.
 */
class VaderScorerTest {

  private static final VaderScorer VADER = VaderScorer.loadDefault();

  static Stream<Arguments> ruleSentences() {
    return Stream.of(
        // plain lexicon word
        rule("The soup was good.", 0.0, 0.508, 0.492, 0.4404),
        // "!" adds emphasis, capped at four
        rule("The soup was good!", 0.0, 0.484, 0.516, 0.4926),
        rule("The soup was good!!!!", 0.0, 0.424, 0.576, 0.6209),
        rule("The soup was good!!!!!!!", 0.0, 0.424, 0.576, 0.6209),
        // "?" only counts from two on, capped beyond three
        rule("Was the soup good?", 0.0, 0.508, 0.492, 0.4404),
        rule("Was the soup good??", 0.0, 0.479, 0.521, 0.504),
        rule("Was the soup good????", 0.0, 0.437, 0.563, 0.594),
        // ALL CAPS only matters when the sentence is not all caps
        rule("The soup was GOOD.", 0.0, 0.452, 0.548, 0.5622),
        rule("THE SOUP WAS GOOD.", 0.0, 0.508, 0.492, 0.4404),
        // boosters and dampeners, including the caps differential on the booster
        rule("The soup was very good.", 0.0, 0.556, 0.444, 0.4927),
        rule("The soup was VERY good.", 0.0, 0.505, 0.495, 0.6028),
        rule("The soup was slightly good.", 0.0, 0.605, 0.395, 0.3832),
        rule("The soup was kind of good.", 0.0, 0.657, 0.343, 0.3832),
        rule("The soup was sort of good.", 0.0, 0.657, 0.343, 0.3832),
        // negation, contractions, "never so", "without doubt"
        rule("The soup was not good.", 0.376, 0.624, 0.0, -0.3412),
        rule("The soup wasn't good.", 0.445, 0.555, 0.0, -0.3412),
        rule("The soup was never good.", 0.376, 0.624, 0.0, -0.3412),
        rule("The soup was never so good.", 0.0, 0.53, 0.47, 0.6626),
        rule("Without doubt the soup was good.", 0.0, 0.444, 0.556, 0.6136),
        // "but": before halves, after weighs 1.5
        rule("The soup was good but the bread was stale.", 0.0, 0.804, 0.196, 0.2382),
        rule("love but bold", 0.0, 0.185, 0.815, 0.5267),
        rule("awful but alone", 0.778, 0.222, 0.0, -0.3612),
        // "least" negates unless "at least" / "very least"
        rule("It is the least helpful answer.", 0.318, 0.682, 0.0, -0.3252),
        rule("At least the answer was helpful.", 0.0, 0.641, 0.359, 0.4215),
        // "no" before a lexicon word negates it
        rule("There is no good answer.", 0.376, 0.624, 0.0, -0.3412),
        rule("No, the answer was fine.", 0.0, 0.69, 0.31, 0.2023),
        // special phrases, as far as 3.3.2 actually reaches them
        rule("That concert was the bomb.", 0.0, 0.5, 0.5, 0.6124),
        rule("Yeah right, that helps a lot.", 0.0, 0.455, 0.545, 0.5859),
        rule("Honestly the soup is to die for.", 0.328, 0.42, 0.252, -0.2263),
        rule("We waited at the bus stop for an hour.", 0.0, 1.0, 0.0, 0.0),
        // emoji become their descriptions, emoticons are lexicon entries, punctuation is stripped
        rule("Dinner tonight \uD83D\uDE01", 0.0, 0.667, 0.333, 0.4588),
        rule("Dinner tonight\uD83D\uDE01together", 0.0, 0.667, 0.333, 0.4588),
        rule("See you soon :)", 0.0, 0.5, 0.5, 0.4588),
        rule("The soup was good :-)", 0.0, 0.366, 0.634, 0.6369),
        rule("The soup... was... 'good'!", 0.0, 0.484, 0.516, 0.4926),
        rule("", 0.0, 0.0, 0.0, 0.0));
  }

  private static Arguments rule(
      String sentence, double neg, double neu, double pos, double compound) {
    return Arguments.of(sentence, new SentimentScores(neg, neu, pos, compound));
  }

  @ParameterizedTest
  @MethodSource("ruleSentences")
  void matchesReferenceValue(String sentence, SentimentScores expected) {
    assertEquals(expected, VADER.score(sentence), sentence);
  }

  @Test
  void rulesMoveScoresInTheExpectedDirection() {
    double good = compound("The service was good.");
    assertTrue(compound("The service was not good.") < 0);
    assertTrue(compound("The service was very good.") > good);
    assertTrue(compound("The service was barely good.") < good);
    assertTrue(compound("The service was GOOD.") > good);
    assertTrue(compound("The service was good!!") > good);
    assertEquals(compound("The service was good!!!!"), compound("The service was good!!!!!!!!"));
    assertTrue(compound("The room was bad but the service was good.") > 0);
    assertTrue(compound("The room was good but the service was bad.") < 0);
  }

  @Test
  void emojiIsScoredAsItsDescription() {
    assertEquals(
        VADER.score("party beaming face with smiling eyes"), VADER.score("party \uD83D\uDE01"));
  }

  @Test
  void acceptsAnyCharSequence() {
    assertEquals(
        VADER.score("A lovely evening."), VADER.score(new StringBuilder("A lovely evening.")));
    assertThrows(NullPointerException.class, () -> VADER.score(null));
  }

  @Test
  void whitespaceOnlyIsEmpty() {
    assertEquals(SentimentScores.EMPTY, VADER.score(" \t\n\u00a0\u3000 "));
  }

  @Test
  void longInputsGrowTheScratchArrays() {
    String sentence = "good bad ugly nice but ".repeat(500);
    SentimentScores s = VADER.score(sentence);
    assertTrue(s.compound() >= -1 && s.compound() <= 1);
    assertEquals(s, VADER.score(sentence));
  }

  @Test
  void loadDefaultIsShared() {
    assertSame(VaderScorer.loadDefault(), VaderScorer.loadDefault());
  }

  @Test
  void threadSafe() throws Exception {
    List<String> sentences = new ArrayList<>();
    for (Arguments a : ruleSentences().toList()) {
      sentences.add((String) a.get()[0]);
    }
    List<SentimentScores> expected = sentences.stream().map(VADER::score).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        results.add(
            pool.submit(
                () -> {
                  for (int round = 0; round < 200; round++) {
                    for (int i = 0; i < sentences.size(); i++) {
                      if (!VADER.score(sentences.get(i)).equals(expected.get(i))) {
                        return false;
                      }
                    }
                  }
                  return true;
                }));
      }
      for (Future<Boolean> f : results) {
        assertTrue(f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static double compound(String s) {
    return VADER.score(s).compound();
  }
}
