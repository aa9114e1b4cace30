package io.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsgraph.sentiment.GdeltTone;
import org.junit.jupiter.api.Test;

/**
 * The two word counts of the README's Tables section: articles.word_count counts runs of letters
 * and digits, so an apostrophe or a hyphen splits a word; article_tone.word_count is the
 * denominator of the tone percentages, where "Israel’s" and "all-out" are one word each
 * (GdeltTone's rule). On ../shared/corpora/seed.jsonl that is 590 vs 579: nine possessives or
 * contractions and two hyphenated words.
 */
class WordCountsTest {

  /**
   * "Israel’s all-out war, Hezbollah's reply" by hand: runs of letters/digits Israel, s, all, out,
   * war, Hezbollah, s, reply = 8; joined at ’ ' and - between letters: Israel’s, all-out, war,
   * Hezbollah's, reply = 5.
   */
  @Test
  void anApostropheOrHyphenSplitsOnlyTheArticlesCount() {
    String s = "Israel’s all-out war, Hezbollah's reply";
    assertEquals(8, ArticleFactory.countWords(s));
    assertEquals(5, new GdeltTone().count(s).words());
  }

  /**
   * Without apostrophes and hyphens the two agree: "Talks resume in Cairo on 3 March" is 7 words
   * either way.
   */
  @Test
  void plainWordsCountTheSame() {
    String s = "Talks resume in Cairo on 3 March";
    assertEquals(7, ArticleFactory.countWords(s));
    assertEquals(7, new GdeltTone().count(s).words());
  }
}
