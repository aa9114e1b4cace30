package io.newsgraph.ner;

/**
 * The run-time decoder's weight rows for context features whose values are few: the labels before
 * the token, its gazetteer marks, the gaps around it, its case classes and its type earlier in the
 * document. Most are laid out densely by value when the decoder is built; those that also take the
 * token's shape are kept per shape in a small direct-mapped memo. A hashed look-up in {@link
 * FrozenWeights} then happens only for a value outside these ranges. The rows are the model's
 * 16-bit weights as floats, and every score is a sum of them: such sums are exact in float whatever
 * the order, so this path scores tokens exactly as {@link Decoder#contextKeys} does. Not
 * thread-safe (the shape memo).
 */
final class ContextRows {
  private static final int L = Labels.COUNT;
  private static final int CHARS = 128; // gap classes kept densely: ASCII
  private static final int GAZ_VALUES = 2 + (Gazetteer.TYPES << 1 | 1) + 1; // -1 .. 32
  private static final int HIST_VALUES = 1 + EntityType.values().length;
  private static final int CASE_VALUES = 4;

  // dense tables, rows of L floats by value
  private final float[] tag2; // TAG_PREV and TAG_PREV2 summed, by prev2 * L + prev
  private final float[] gapBefore;
  private final float[] gapAfter;
  private final float[] gaz0;
  private final float[] gazPrev;
  private final float[] gazNext;
  private final float[] midCap; // (seenMidCap * 2 + first) * 3 + mode
  private final float[] corpusCase; // cc * 8 + mode * 2 + first
  private final float[] history;

  // per shape: START_SHAPE[2], DOC_LOWER[2], CORPUS_CASE_SHAPE[4], TAG_PREV_SHAPE[L], HISTORY_SHAPE
  private static final int S_START = 0;
  private static final int S_LOWER = 2;
  private static final int S_CASE = 4;
  private static final int S_PREV = S_CASE + CASE_VALUES;
  private static final int S_HIST = S_PREV + L;
  private static final int SHAPE_ROWS = S_HIST + HIST_VALUES;
  static final int SHAPE_SLOTS = 1 << 10;
  private final long[] shapeKeys = new long[SHAPE_SLOTS];
  private final boolean[] shapeUsed = new boolean[SHAPE_SLOTS];
  private final float[] shapeRows = new float[SHAPE_SLOTS * SHAPE_ROWS * L];

  private final FrozenWeights w;

  ContextRows(FrozenWeights w) {
    this.w = w;
    tag2 = new float[L * L * L];
    for (int p2 = 0; p2 < L; p2++) {
      for (int p = 0; p < L; p++) {
        int o = (p2 * L + p) * L;
        add(tag2, o, FeatureHash.key(Decoder.TAG_PREV, p));
        add(tag2, o, FeatureHash.key(Decoder.TAG_PREV2, p2 * 16 + p));
      }
    }
    gapBefore = dense(Decoder.GAP_BEFORE, 0, CHARS);
    gapAfter = dense(Decoder.GAP_AFTER, 0, CHARS);
    gaz0 = dense(Decoder.GAZ0, -1, GAZ_VALUES);
    gazPrev = dense(Decoder.GAZ_PREV, -1, GAZ_VALUES);
    gazNext = dense(Decoder.GAZ_NEXT, -1, GAZ_VALUES);
    corpusCase = dense(Decoder.CORPUS_CASE, 0, CASE_VALUES * 8);
    history = dense(Decoder.HISTORY, 0, HIST_VALUES);
    midCap = new float[4 * 3 * L];
    for (int a = 0; a < 4; a++) {
      for (int m = 0; m < 3; m++) {
        add(midCap, (a * 3 + m) * L, FeatureHash.key(Decoder.DOC_MIDCAP, a, m));
      }
    }
  }

  private float[] dense(int template, int from, int count) {
    float[] t = new float[count * L];
    for (int v = 0; v < count; v++) {
      add(t, v * L, FeatureHash.key(template, from + v));
    }
    return t;
  }

  private void add(float[] t, int o, long key) {
    int off = w.offset(key);
    if (off >= 0) {
      short[] d = w.data();
      for (int l = 0; l < L; l++) {
        t[o + l] += d[off + l];
      }
    }
  }

  /**
   * Adds to scores the rows of the context features of candidate token i, exactly those {@link
   * Decoder#contextKeys} lists.
   */
  void addTo(
      float[] scores,
      DocFeatures f,
      int i,
      int prev,
      int prev2,
      int seenLower,
      int seenMidCap,
      int hist) {
    int fl = f.flags[i];
    boolean first = (fl & DocFeatures.SENT_START) != 0;
    boolean last = (fl & DocFeatures.SENT_END) != 0;
    long sh0 = f.shape[i];
    long shp = first ? Decoder.BOUNDARY : f.shape[i - 1];
    long shn = last ? Decoder.BOUNDARY : f.shape[i + 1];
    addKey(scores, FeatureHash.key(Decoder.SH_TRI, FeatureHash.fmix(shp) ^ sh0, shn));
    addRow(scores, tag2, (prev2 * L + prev) * L);
    int gb = f.gapBefore[i];
    if (gb < CHARS) {
      addRow(scores, gapBefore, gb * L);
    } else {
      addKey(scores, FeatureHash.key(Decoder.GAP_BEFORE, gb));
    }
    int ga = last || i + 1 >= f.tokenCount ? '$' : f.gapBefore[i + 1];
    if (ga < CHARS) {
      addRow(scores, gapAfter, ga * L);
    } else {
      addKey(scores, FeatureHash.key(Decoder.GAP_AFTER, ga));
    }
    addRow(scores, gaz0, (f.gaz[i] + 1) * L);
    addRow(scores, gazPrev, ((first ? -1 : f.gaz[i - 1]) + 1) * L);
    addRow(scores, gazNext, ((last ? -1 : f.gaz[i + 1]) + 1) * L);
    int mode = f.mode[i];
    addRow(scores, midCap, ((seenMidCap * 2 + (first ? 1 : 0)) * 3 + mode) * L);
    int cc = f.caseClass[i];
    addRow(scores, corpusCase, (cc * 8 + mode * 2 + (first ? 1 : 0)) * L);
    addRow(scores, history, hist * L);
    int s = shapeSlot(sh0);
    int base = s * SHAPE_ROWS * L;
    addRow(scores, shapeRows, base + (S_START + (first ? 1 : 0)) * L);
    addRow(scores, shapeRows, base + (S_LOWER + seenLower) * L);
    addRow(scores, shapeRows, base + (S_CASE + cc) * L);
    addRow(scores, shapeRows, base + (S_PREV + prev) * L);
    addRow(scores, shapeRows, base + (S_HIST + hist) * L);
  }

  /** The memo slot of a shape, its rows filled on first use. */
  private int shapeSlot(long sh) {
    int s = (int) (FeatureHash.fmix(sh) & (SHAPE_SLOTS - 1));
    if (shapeUsed[s] && shapeKeys[s] == sh) {
      return s;
    }
    shapeUsed[s] = true;
    shapeKeys[s] = sh;
    int base = s * SHAPE_ROWS * L;
    java.util.Arrays.fill(shapeRows, base, base + SHAPE_ROWS * L, 0f);
    for (int v = 0; v < 2; v++) {
      add(shapeRows, base + (S_START + v) * L, FeatureHash.key(Decoder.START_SHAPE, v, sh));
      add(shapeRows, base + (S_LOWER + v) * L, FeatureHash.key(Decoder.DOC_LOWER, v, sh));
    }
    for (int v = 0; v < CASE_VALUES; v++) {
      add(shapeRows, base + (S_CASE + v) * L, FeatureHash.key(Decoder.CORPUS_CASE_SHAPE, v, sh));
    }
    for (int v = 0; v < L; v++) {
      add(shapeRows, base + (S_PREV + v) * L, FeatureHash.key(Decoder.TAG_PREV_SHAPE, v, sh));
    }
    for (int v = 0; v < HIST_VALUES; v++) {
      add(shapeRows, base + (S_HIST + v) * L, FeatureHash.key(Decoder.HISTORY_SHAPE, v, sh));
    }
    return s;
  }

  private static void addRow(float[] scores, float[] t, int o) {
    for (int l = 0; l < L; l++) {
      scores[l] += t[o + l];
    }
  }

  private void addKey(float[] scores, long key) {
    int off = w.offset(key);
    if (off >= 0) {
      short[] d = w.data();
      for (int l = 0; l < L; l++) {
        scores[l] += d[off + l];
      }
    }
  }
}
