package io.newsgraph.sentiment;

import java.util.List;
import java.util.Map;

/**
 * The fixed constants and word lists of the VADER 3.3.2 rule set (empirically derived values
 * published with VADER). Everything here is data; the algorithm lives in {@link VaderScorer}.
 */
final class VaderRules {

  private VaderRules() {}

  /** Added to (or, for negative items, subtracted from) a valence by a preceding intensifier. */
  static final double BOOST = 0.293;

  /** Extra weight of an ALL-CAPS word in a sentence that is not entirely in capitals. */
  static final double CAPS_BOOST = 0.733;

  /** Factor applied to a negated valence. */
  static final double NEGATION = -0.74;

  /** Boost factor of a modifier two resp. three tokens before the scored word. */
  static final double SECOND_WORD_FACTOR = 0.95;

  static final double THIRD_WORD_FACTOR = 0.9;

  /** "never so good", "never this good". */
  static final double NEVER_SO_FACTOR = 1.25;

  /** Weights of sentiment before and after the first "but". */
  static final double BEFORE_BUT = 0.5;

  static final double AFTER_BUT = 1.5;

  /** Punctuation emphasis. */
  static final double EXCLAMATION_WEIGHT = 0.292;

  static final int MAX_EXCLAMATIONS = 4;
  static final double QUESTION_WEIGHT = 0.18;
  static final int MAX_WEIGHTED_QUESTIONS = 3;
  static final double QUESTION_CAP = 0.96;

  /** Normalisation of the compound score: x / sqrt(x^2 + alpha). */
  static final double NORMALIZE_ALPHA = 15;

  /** Words that negate a following lexicon word (any token containing "n't" does as well). */
  static final List<String> NEGATIONS =
      List.of(
          "aint",
          "ain't",
          "arent",
          "aren't",
          "cannot",
          "cant",
          "can't",
          "couldnt",
          "couldn't",
          "darent",
          "daren't",
          "didnt",
          "didn't",
          "doesnt",
          "doesn't",
          "dont",
          "don't",
          "hadnt",
          "hadn't",
          "hasnt",
          "hasn't",
          "havent",
          "haven't",
          "isnt",
          "isn't",
          "mightnt",
          "mightn't",
          "mustnt",
          "mustn't",
          "neednt",
          "needn't",
          "oughtnt",
          "oughtn't",
          "shant",
          "shan't",
          "shouldnt",
          "shouldn't",
          "wasnt",
          "wasn't",
          "werent",
          "weren't",
          "wont",
          "won't",
          "wouldnt",
          "wouldn't",
          "neither",
          "never",
          "none",
          "nope",
          "nor",
          "not",
          "nothing",
          "nowhere",
          "uhuh",
          "uh-uh",
          "without",
          "rarely",
          "seldom",
          "despite");

  /** Degree adverbs that intensify the following sentiment (+BOOST). */
  static final List<String> INTENSIFIERS =
      List.of(
          "absolutely",
          "amazingly",
          "awfully",
          "completely",
          "considerable",
          "considerably",
          "decidedly",
          "deeply",
          "effing",
          "enormous",
          "enormously",
          "entirely",
          "especially",
          "exceptional",
          "exceptionally",
          "extreme",
          "extremely",
          "fabulously",
          "flipping",
          "flippin",
          "frackin",
          "fracking",
          "fricking",
          "frickin",
          "frigging",
          "friggin",
          "fully",
          "fuckin",
          "fucking",
          "fuggin",
          "fugging",
          "greatly",
          "hella",
          "highly",
          "hugely",
          "incredible",
          "incredibly",
          "intensely",
          "major",
          "majorly",
          "more",
          "most",
          "particularly",
          "purely",
          "quite",
          "really",
          "remarkably",
          "so",
          "substantially",
          "thoroughly",
          "total",
          "totally",
          "tremendous",
          "tremendously",
          "uber",
          "unbelievably",
          "unusually",
          "utter",
          "utterly",
          "very");

  /**
   * Degree adverbs that dampen the following sentiment (-BOOST). Multi-word ones only act as
   * n-grams.
   */
  static final List<String> DAMPENERS =
      List.of(
          "almost",
          "barely",
          "hardly",
          "just enough",
          "kind of",
          "kinda",
          "kindof",
          "kind-of",
          "less",
          "little",
          "marginal",
          "marginally",
          "occasional",
          "occasionally",
          "partly",
          "scarce",
          "scarcely",
          "slight",
          "slightly",
          "somewhat",
          "sort of",
          "sorta",
          "sortof",
          "sort-of");

  /**
   * Phrases whose valence replaces the computed one. 3.3.2 only ever compares joined runs of two or
   * three tokens with these keys, so the single-token entry "badass" can never fire; it is kept for
   * completeness.
   */
  static final Map<String, Double> SPECIAL_PHRASES =
      Map.of(
          "the shit",
          3.0,
          "the bomb",
          3.0,
          "bad ass",
          1.5,
          "badass",
          1.5,
          "bus stop",
          0.0,
          "yeah right",
          -2.0,
          "kiss of death",
          -1.5,
          "to die for",
          3.0,
          "beating heart",
          3.5);
}
