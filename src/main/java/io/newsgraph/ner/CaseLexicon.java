package io.newsgraph.ner;

import io.newsgraph.text.DocTokens;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * How each word is written inside ordinary sentences of unlabelled news: mostly in lower case
 * ("furthermore", "attached", "war"), mostly capitalised ("Reuters", "Kharrazi"), or both ("Bank",
 * "Party"). Learnt by counting, when a model is trained, and stored in it: the tagger's view of a
 * capitalised word at the start of a sentence or in a title-case headline, where capitals say
 * nothing. Words seen fewer than {@link #MIN_COUNT} times are unknown.
 */
final class CaseLexicon {
  static final int UNKNOWN = 0;
  static final int LOWER = 1;
  static final int CAPITALISED = 2;
  static final int MIXED = 3;
  static final int MIN_COUNT = 3;

  private final WordTable classes;

  CaseLexicon() {
    this(new WordTable(1 << 16));
  }

  private CaseLexicon(WordTable classes) {
    this.classes = classes;
  }

  /** The class of a lower-cased word hash. */
  int classOf(long word) {
    return classes.get(word, UNKNOWN);
  }

  int size() {
    return classes.size();
  }

  private void put(long word, int cls) {
    classes.put(word, cls);
  }

  /**
   * Counts words in ordinary sentences (not a sentence's first word, not headlines in capitals or
   * title case).
   */
  static final class Counter {
    private final java.util.HashMap<Long, int[]> counts = new java.util.HashMap<>();
    private final DocFeatures features = new DocFeatures(new Gazetteer(), new CaseLexicon());

    void add(DocTokens tokens) {
      DocFeatures f = features.fill(tokens);
      for (int i = 0; i < f.tokenCount; i++) {
        int fl = f.flags[i];
        if (f.mode[i] != DocFeatures.MODE_NORMAL || (fl & DocFeatures.SENT_START) != 0) {
          continue;
        }
        if ((fl & DocFeatures.LOWER) != 0) {
          counts.computeIfAbsent(f.lower[i], k -> new int[2])[0]++;
        } else if ((fl & DocFeatures.CAP) != 0 && (fl & DocFeatures.ALL_CAPS) == 0) {
          counts.computeIfAbsent(f.lower[i], k -> new int[2])[1]++;
        }
      }
    }

    CaseLexicon lexicon() {
      CaseLexicon lex = new CaseLexicon();
      // sorted keys: the table, and so the model file, do not depend on the hash map's order
      long[] words = counts.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
      for (long w : words) {
        int[] c = counts.get(w);
        int n = c[0] + c[1];
        if (n < MIN_COUNT) {
          continue;
        }
        int cls = c[0] * 10 >= n * 9 ? LOWER : c[1] * 10 >= n * 9 ? CAPITALISED : MIXED;
        lex.put(w, cls);
      }
      return lex;
    }
  }

  void write(DataOutputStream out) throws IOException {
    classes.write(out, true);
  }

  static CaseLexicon read(DataInputStream in) throws IOException {
    return new CaseLexicon(WordTable.read(in, 1 << 16, true));
  }
}
