package io.newsgraph.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.text.DocTokens;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The run-time decoder (compact 16-bit weights, each word's rows summed once and kept) labels text
 * as the training decoder (float weights, every feature looked up) does with the same model.
 */
class DecoderPathsTest {

  static final List<String> TEXTS =
      List.of(
          "Foreign Minister Ana Lucia Ferreira of Portugal met executives of Norvane Shipping Ltd in Lisbon on Monday.",
          "NORVANE SHIPPING POSTS LOSS\n\nNorvane Shipping Ltd said its chief executive, Pieter van Dam, would resign.",
          "The Tallinn-based group said the European Commission had asked Brussels and Berlin for comments. Ferreira"
              + " said the talks in Geneva would go on. Van Dam declined to comment.",
          "Rebels of the Movement for Southern Renewal took the town of Kerema, the army said. Kerema lies on the coast.");

  @Test
  void runTimeLabelsEqualTrainingLabels() {
    NerModel model = NerModel.loadDefault();
    DocFeatures features = model.newFeatures();
    Decoder fast = new Decoder(model.frozen());
    Decoder plain = new Decoder(model.weights());
    DocTokens tokens = new DocTokens();
    int named = 0;
    // twice: the second pass reads the word sums kept from the first
    for (int pass = 0; pass < 2; pass++) {
      for (String text : TEXTS) {
        LabelledDoc.fill(text, tokens);
        features.fill(tokens);
        int[] a = new int[features.tokenCount];
        int[] b = new int[features.tokenCount];
        fast.decode(features, a, null, null, null);
        plain.decode(features, b, null, null, null);
        assertArrayEquals(b, a, text);
        named += (int) Arrays.stream(a).filter(l -> l != Labels.O).count();
      }
    }
    assertTrue(named > 20, "names tagged: " + named);
  }
}
