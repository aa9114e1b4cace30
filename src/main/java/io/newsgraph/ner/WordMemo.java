package io.newsgraph.ner;

/**
 * The summed weight rows of each word's own features ({@link Decoder#wordKeys}) in each role (the
 * word itself, the word before or after, two before or after), kept per tagger once computed: a
 * word's rows are then looked up once, not at every occurrence. Keyed by the word's lower-case and
 * shape hashes and its sentence's case mode. Bounded: each word has one slot of {@link #CAPACITY},
 * and a word that hashes to a taken slot replaces its word (frequent words stay, rare ones come and
 * go). About 24 MB per tagger. Not thread-safe.
 */
final class WordMemo {
  static final int CAPACITY = 1 << 17;
  private static final int L = Labels.COUNT;
  private static final int STRIDE = Decoder.ROLES * L;

  private final FrozenWeights table;
  private final long[] keys = new long[CAPACITY];
  private final float[] sums = new float[CAPACITY * STRIDE];
  private final long[] scratch = new long[Decoder.MAX_FEATURES];

  WordMemo(FrozenWeights table) {
    this.table = table;
  }

  /**
   * The offset in {@link #sums()} of token i's role sums (role r at + r * L); i = -1 is the
   * sentence edge.
   */
  int offset(DocFeatures f, int i) {
    long key = i < 0 ? 1 : FeatureHash.fmix(f.lower[i] * 31 + f.shape[i]) * 8 + f.mode[i] * 2 + 1;
    int s = (int) (key ^ (key >>> 29)) & (CAPACITY - 1);
    if (keys[s] == key) {
      return s * STRIDE;
    }
    keys[s] = key;
    int base = s * STRIDE;
    short[] w = table.data();
    for (int role = 0; role < Decoder.ROLES; role++) {
      int o = base + role * L;
      java.util.Arrays.fill(sums, o, o + L, 0f);
      if (role == Decoder.SELF && i < 0) {
        continue;
      }
      int n = Decoder.wordKeys(f, i, role, scratch, 0);
      for (int k = 0; k < n; k++) {
        int off = table.offset(scratch[k]);
        if (off >= 0) {
          for (int l = 0; l < L; l++) {
            sums[o + l] += w[off + l];
          }
        }
      }
    }
    return base;
  }

  float[] sums() {
    return sums;
  }
}
