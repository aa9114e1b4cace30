package io.newsgraph.ner;

import io.newsgraph.text.DocTokens;
import io.newsgraph.text.Tokenizer;
import java.util.Random;

/**
 * Writes a share of a document's sentences in headline title case, for training: the first word and
 * every word of four letters or more get a capital initial ("Rebels Take the Town of Kerema"). Only
 * initials change, one char for one char, so every offset (and every gold name) stays where it was.
 */
final class TitleCase {
  private TitleCase() {}

  static String apply(String text, double share, Random random) {
    DocTokens tokens = LabelledDoc.fill(text, new DocTokens());
    char[] c = text.toCharArray();
    int[] raw = tokens.rawTokens();
    for (int k = 0; k < tokens.sentenceCount(); k++) {
      if (random.nextDouble() >= share) {
        continue;
      }
      for (int i = tokens.firstToken(k); i < tokens.firstToken(k + 1); i++) {
        int s = raw[2 * i];
        int e = raw[2 * i + 1];
        if ((i == tokens.firstToken(k) || e - s >= 4) && Tokenizer.isLower(c[s])) {
          c[s] = Character.toUpperCase(c[s]);
        }
      }
    }
    return new String(c);
  }
}
