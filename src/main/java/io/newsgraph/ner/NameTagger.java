package io.newsgraph.ner;

import io.newsgraph.text.DocTokens;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the names of one document with a shared {@link NerModel}: per-document features, greedy
 * decoding, then the runs of B-/I- labels as {@link NameSpan}s. One per task (it reuses buffers);
 * not thread-safe.
 */
public final class NameTagger {
  private final DocFeatures features;
  private final Decoder decoder;
  private int[] labels = new int[1024];
  private float[] confidence = new float[1024];

  NameTagger(NerModel model) {
    this.features = model.newFeatures();
    this.decoder = new Decoder(model.frozen());
  }

  /** The names in tokens' document, in text order. */
  public List<NameSpan> tag(DocTokens tokens) {
    DocFeatures f = features.fill(tokens);
    if (labels.length < f.tokenCount) {
      labels = new int[Math.max(f.tokenCount, labels.length * 2)];
      confidence = new float[labels.length];
    }
    decoder.decode(f, labels, confidence, null, null);
    return spans(f, labels, confidence);
  }

  /**
   * The runs of labels as spans: a B- label, or an I- label after another type, starts one. A name
   * does not go on across brackets, quotes or a separator (",", ";", ":", "|", "/", "!", "?"):
   * "(MSF) International" is two pieces, as in the training text, where no name spans them.
   */
  static List<NameSpan> spans(DocFeatures f, int[] labels, float[] confidence) {
    List<NameSpan> out = new ArrayList<>();
    int i = 0;
    int n = f.tokenCount;
    while (i < n) {
      int l = labels[i];
      if (l == Labels.O) {
        i++;
        continue;
      }
      EntityType type = EntityType.ofLabel(l);
      int inside = Labels.inside(type);
      int j = i + 1;
      double conf = confidence == null ? 1 : confidence[i];
      while (j < n
          && labels[j] == inside
          && (f.flags[j] & DocFeatures.SENT_START) == 0
          && !separates(f.gapBefore[j])) {
        if (confidence != null) {
          conf = Math.min(conf, confidence[j]);
        }
        j++;
      }
      boolean common = true;
      for (int t = i; t < j && common; t++) {
        int cc = f.caseClass[t];
        common =
            (f.flags[t] & DocFeatures.CAP) != 0
                && (cc == CaseLexicon.LOWER || cc == CaseLexicon.MIXED);
      }
      out.add(new NameSpan(i, j, f.raw[2 * i], f.coreEnd[j - 1], type, conf, common));
      i = j;
    }
    return out;
  }

  private static boolean separates(int gap) {
    return switch (gap) {
      case '(', ')', '[', ']', '{', '}', '"', ',', ';', ':', '|', '/', '!', '?' -> true;
      default -> false;
    };
  }
}
