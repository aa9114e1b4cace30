package io.newsgraph.ner;

/**
 * Greedy left-to-right decoding of one document with a linear model: each candidate token's label
 * scores are the sum of the weight rows of its features, the best label that may follow the
 * previous one wins. The same code decodes while training (an {@link Update} then corrects the
 * weights after each wrong label) and at run time, so the model is used exactly as it was trained.
 * Reusable per document; not thread-safe.
 */
final class Decoder {

  /**
   * Called by the trainer's decoding after every candidate token, with the features that scored it.
   */
  interface Update {
    void apply(long[] keys, int count, int gold, int predicted);
  }

  // feature templates: the numbers only keep features apart, they are stored in no file but as
  // hashed keys
  private static final int BIAS = 1;
  private static final int W0 = 2;
  private static final int SHAPE0 = 3;
  private static final int PREFIX = 4; // + length 1..3
  private static final int SUFFIX = 8; // + length 1..4
  private static final int W_PREV = 13;
  private static final int W_NEXT = 14;
  private static final int W_PREV2 = 15;
  private static final int W_NEXT2 = 16;
  private static final int SH_PREV = 17;
  private static final int SH_NEXT = 18;
  static final int SH_TRI = 19;
  private static final int BI_PREV = 20;
  private static final int BI_NEXT = 21;
  static final int GAP_BEFORE = 22;
  static final int GAP_AFTER = 23;
  static final int START_SHAPE = 24;
  private static final int MODE_SHAPE = 25;
  private static final int MODE_W0 = 26;
  static final int GAZ0 = 27;
  static final int GAZ_PREV = 28;
  static final int GAZ_NEXT = 29;
  static final int DOC_LOWER = 30;
  static final int DOC_MIDCAP = 31;
  static final int CORPUS_CASE = 32;
  static final int CORPUS_CASE_SHAPE = 33;
  static final int TAG_PREV = 40;
  static final int TAG_PREV2 = 41;
  private static final int TAG_PREV_W0 = 42;
  static final int TAG_PREV_SHAPE = 43;
  static final int HISTORY = 44;
  static final int HISTORY_SHAPE = 45;
  private static final int CLUSTER_FINE = 46;
  private static final int CLUSTER_COARSE = 47;
  private static final int CLUSTER_PREV = 48;
  private static final int CLUSTER_NEXT = 49;
  private static final int EDGE_CLUSTER = 0xffff;
  static final long BOUNDARY = 0x5eed;

  static final int MAX_FEATURES = 48;
  private static final int L = Labels.COUNT;

  /** Training: the float weights being learned. */
  private final WeightTable table;

  /** Run time: the model's compact weights. */
  private final FrozenWeights frozen;

  final long[] keys = new long[MAX_FEATURES];
  private final float[] scores = new float[L];

  /** Entity type (ordinal + 1) last given to each lower-cased word in this document. */
  private final ScratchMap history = new ScratchMap();

  /** Sums of each word's rows: at run time only (while training the weights change under them). */
  private final WordMemo memo;

  /** The context features' rows laid out by value: at run time only. */
  private final ContextRows context;

  /** A decoder for training: it reads the weights as they change. */
  Decoder(WeightTable table) {
    this.table = table;
    this.frozen = null;
    this.memo = null;
    this.context = null;
  }

  /** A decoder for run time: compact weights, each word's rows summed once (WordMemo). */
  Decoder(FrozenWeights frozen) {
    this.table = null;
    this.frozen = frozen;
    this.memo = new WordMemo(frozen);
    this.context = new ContextRows(frozen);
  }

  /**
   * Labels every token of the document in {@code labels}, the softmax confidence of each
   * candidate's label in {@code confidence}. With gold labels and an update, corrects the model
   * after each wrong label (training).
   */
  void decode(DocFeatures f, int[] labels, float[] confidence, int[] gold, Update update) {
    history.clear();
    int prev = Labels.O;
    int prev2 = Labels.O;
    for (int i = 0; i < f.tokenCount; i++) {
      int fl = f.flags[i];
      if ((fl & DocFeatures.SENT_START) != 0) {
        prev = Labels.O;
        prev2 = Labels.O;
      }
      int label = Labels.O;
      if ((fl & DocFeatures.CANDIDATE) != 0) {
        float unit;
        int n;
        if (frozen == null) {
          n = features(f, i, prev, prev2);
          java.util.Arrays.fill(scores, 0f);
          float[] w = table.weights();
          for (int k = 0; k < n; k++) {
            int off = table.offset(keys[k]);
            if (off >= 0) {
              for (int l = 0; l < L; l++) {
                scores[l] += w[off + l];
              }
            }
          }
          unit = 1;
        } else {
          wordSums(f, i);
          long w0 = f.lower[i];
          context.addTo(
              scores,
              f,
              i,
              prev,
              prev2,
              f.lowerSeen.get(w0, 0),
              f.midCapSeen.get(w0, 0),
              history.get(w0, 0));
          n = 0;
          unit = frozen.scale();
        }
        float best = Float.NEGATIVE_INFINITY;
        for (int l = 0; l < L; l++) {
          if (scores[l] > best && Labels.allowed(prev, l)) {
            best = scores[l];
            label = l;
          }
        }
        if (confidence != null && label != Labels.O) {
          double sum = 0;
          for (int l = 0; l < L; l++) {
            if (Labels.allowed(prev, l)) {
              sum += Math.exp((scores[l] - best) * unit);
            }
          }
          confidence[i] = (float) (1 / sum);
        }
        if (update != null) {
          update.apply(keys, n, gold[i], label);
        }
        if (label != Labels.O) {
          history.put(f.lower[i], 1 + ((label - 1) >> 1));
        }
      }
      labels[i] = label;
      prev2 = prev;
      prev = label;
    }
  }

  /** Sets {@link #scores} to the memoised sums of the word features of candidate token i. */
  private void wordSums(DocFeatures f, int i) {
    int fl = f.flags[i];
    boolean first = (fl & DocFeatures.SENT_START) != 0;
    boolean last = (fl & DocFeatures.SENT_END) != 0;
    boolean second = !first && (f.flags[i - 1] & DocFeatures.SENT_START) != 0;
    boolean penultimate = !last && (f.flags[i + 1] & DocFeatures.SENT_END) != 0;
    int[] m = memo.data();
    int o = memo.offset(f, i, SELF);
    for (int l = 0; l < L; l++) {
      scores[l] = Float.intBitsToFloat(m[o + l]);
    }
    addSums(m, memo.offset(f, first ? -1 : i - 1, AS_PREV));
    addSums(m, memo.offset(f, last ? -1 : i + 1, AS_NEXT));
    addSums(m, memo.offset(f, first || second ? -1 : i - 2, AS_PREV2));
    addSums(m, memo.offset(f, last || penultimate ? -1 : i + 2, AS_NEXT2));
  }

  private void addSums(int[] m, int o) {
    for (int l = 0; l < L; l++) {
      scores[l] += Float.intBitsToFloat(m[o + l]);
    }
  }

  /** Fills {@link #keys} with the features of candidate token i; returns their count. */
  int features(DocFeatures f, int i, int prev, int prev2) {
    long[] k = keys;
    int fl = f.flags[i];
    boolean first = (fl & DocFeatures.SENT_START) != 0;
    boolean last = (fl & DocFeatures.SENT_END) != 0;
    boolean second = !first && (f.flags[i - 1] & DocFeatures.SENT_START) != 0;
    boolean penultimate = !last && (f.flags[i + 1] & DocFeatures.SENT_END) != 0;
    int n = wordKeys(f, i, SELF, k, 0);
    n = wordKeys(f, first ? -1 : i - 1, AS_PREV, k, n);
    n = wordKeys(f, last ? -1 : i + 1, AS_NEXT, k, n);
    n = wordKeys(f, first || second ? -1 : i - 2, AS_PREV2, k, n);
    n = wordKeys(f, last || penultimate ? -1 : i + 2, AS_NEXT2, k, n);
    return contextKeys(f, i, prev, prev2, k, n);
  }

  // the features of one word, by its role: they depend on the word (and its sentence's case mode)
  // alone, so the
  // run-time tagger sums each word's rows once and keeps the sums (WordMemo)
  static final int SELF = 0;
  static final int AS_PREV = 1;
  static final int AS_NEXT = 2;
  static final int AS_PREV2 = 3;
  static final int AS_NEXT2 = 4;
  static final int ROLES = 5;

  /**
   * Adds the keys of token i (-1: past the sentence's edge) in a role to k from n; returns the new
   * count.
   */
  static int wordKeys(DocFeatures f, int i, int role, long[] k, int n) {
    long w = i < 0 ? BOUNDARY : f.lower[i];
    long sh = i < 0 ? BOUNDARY : f.shape[i];
    switch (role) {
      case SELF -> {
        char[] c = f.chars;
        int s = f.raw[2 * i];
        int e = f.coreEnd[i];
        k[n++] = FeatureHash.key(BIAS, 0);
        k[n++] = FeatureHash.key(W0, w);
        k[n++] = FeatureHash.key(SHAPE0, sh);
        k[n++] = FeatureHash.key(MODE_W0, f.mode[i], w);
        k[n++] = FeatureHash.key(MODE_SHAPE, f.mode[i], sh);
        long h = FeatureHash.SEED;
        for (int p = 0; p < 3 && s + p < e; p++) {
          h = FeatureHash.addChar(h, Character.toLowerCase(c[s + p]));
          k[n++] = FeatureHash.key(PREFIX + p, h);
        }
        h = FeatureHash.SEED;
        for (int p = 1; p <= 4 && e - p >= s; p++) {
          h = FeatureHash.addChar(h, Character.toLowerCase(c[e - p]));
          k[n++] = FeatureHash.key(SUFFIX + p, h);
        }
        if (f.clusters != WordClusters.NONE) {
          int cl = f.clusters.of(w);
          k[n++] = FeatureHash.key(CLUSTER_FINE, cl >>> 16);
          k[n++] = FeatureHash.key(CLUSTER_COARSE, cl & 0xffff);
        }
      }
      case AS_PREV -> {
        k[n++] = FeatureHash.key(W_PREV, w);
        k[n++] = FeatureHash.key(SH_PREV, sh);
        if (f.clusters != WordClusters.NONE) {
          k[n++] = FeatureHash.key(CLUSTER_PREV, i < 0 ? EDGE_CLUSTER : f.clusters.of(w) >>> 16);
        }
      }
      case AS_NEXT -> {
        k[n++] = FeatureHash.key(W_NEXT, w);
        k[n++] = FeatureHash.key(SH_NEXT, sh);
        if (f.clusters != WordClusters.NONE) {
          k[n++] = FeatureHash.key(CLUSTER_NEXT, i < 0 ? EDGE_CLUSTER : f.clusters.of(w) >>> 16);
        }
      }
      case AS_PREV2 -> k[n++] = FeatureHash.key(W_PREV2, w);
      default -> k[n++] = FeatureHash.key(W_NEXT2, w);
    }
    return n;
  }

  /**
   * Adds the features of candidate token i that depend on more than one word, or on the labels
   * before it.
   */
  int contextKeys(DocFeatures f, int i, int prev, int prev2, long[] k, int n) {
    int fl = f.flags[i];
    boolean first = (fl & DocFeatures.SENT_START) != 0;
    boolean last = (fl & DocFeatures.SENT_END) != 0;
    long w0 = f.lower[i];
    long sh0 = f.shape[i];
    long wp = first ? BOUNDARY : f.lower[i - 1];
    long wn = last ? BOUNDARY : f.lower[i + 1];
    long shp = first ? BOUNDARY : f.shape[i - 1];
    long shn = last ? BOUNDARY : f.shape[i + 1];
    k[n++] = FeatureHash.key(SH_TRI, FeatureHash.fmix(shp) ^ sh0, shn);
    // k[n++] = FeatureHash.key(BI_PREV, wp, w0);
    // k[n++] = FeatureHash.key(BI_NEXT, w0, wn);
    k[n++] = FeatureHash.key(GAP_BEFORE, f.gapBefore[i]);
    k[n++] = FeatureHash.key(GAP_AFTER, last || i + 1 >= f.tokenCount ? '$' : f.gapBefore[i + 1]);
    k[n++] = FeatureHash.key(START_SHAPE, first ? 1 : 0, sh0);
    k[n++] = FeatureHash.key(GAZ0, f.gaz[i]);
    k[n++] = FeatureHash.key(GAZ_PREV, first ? -1 : f.gaz[i - 1]);
    k[n++] = FeatureHash.key(GAZ_NEXT, last ? -1 : f.gaz[i + 1]);
    int seenLower = f.lowerSeen.get(w0, 0);
    int seenMidCap = f.midCapSeen.get(w0, 0);
    k[n++] = FeatureHash.key(DOC_LOWER, seenLower, sh0);
    k[n++] = FeatureHash.key(DOC_MIDCAP, seenMidCap * 2 + (first ? 1 : 0), f.mode[i]);
    int cc = f.caseClass[i];
    k[n++] = FeatureHash.key(CORPUS_CASE, cc * 8 + f.mode[i] * 2 + (first ? 1 : 0));
    k[n++] = FeatureHash.key(CORPUS_CASE_SHAPE, cc, sh0);
    k[n++] = FeatureHash.key(TAG_PREV, prev);
    k[n++] = FeatureHash.key(TAG_PREV2, prev2 * 16 + prev);
    // k[n++] = FeatureHash.key(TAG_PREV_W0, prev, w0);
    k[n++] = FeatureHash.key(TAG_PREV_SHAPE, prev, sh0);
    int hist = history.get(w0, 0);
    k[n++] = FeatureHash.key(HISTORY, hist);
    k[n++] = FeatureHash.key(HISTORY_SHAPE, hist, sh0);
    return n;
  }
}
