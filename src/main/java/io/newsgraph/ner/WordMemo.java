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
  private final byte[] filled = new byte[CAPACITY]; // bit r: role r summed for the slot's word
  private final float[] sums = new float[CAPACITY * STRIDE];
  private final long[] scratch = new long[Decoder.MAX_FEATURES];

  WordMemo(FrozenWeights table) {
    this.table = table;
  }

  /**
   * The offset in {@link #sums()} of token i's sums in a role; i = -1 is the sentence edge. Each
   * role is summed the first time it is asked for: a lower-case word is mostly asked for as a
   * neighbour, never as a candidate itself, so its costliest role (SELF, with affixes) is rarely
   * summed at all.
   */
  int offset(DocFeatures f, int i, int role) {
    long key = i < 0 ? 1 : FeatureHash.fmix(f.lower[i] * 31 + f.shape[i]) * 8 + f.mode[i] * 2 + 1;
    int s = (int) (key ^ (key >>> 29)) & (CAPACITY - 1);
    int o = s * STRIDE + role * L;
    if (keys[s] != key) {
      keys[s] = key;
      filled[s] = 0;
    } else if ((filled[s] & (1 << role)) != 0) {
      return o;
    }
    filled[s] |= (byte) (1 << role);
    java.util.Arrays.fill(sums, o, o + L, 0f);
    if (role == Decoder.SELF && i < 0) {
      return o;
    }
    short[] w = table.data();
    int n = Decoder.wordKeys(f, i, role, scratch, 0);
    for (int k = 0; k < n; k++) {
      int off = table.offset(scratch[k]);
      if (off >= 0) {
        for (int l = 0; l < L; l++) {
          sums[o + l] += w[off + l];
        }
      }
    }
    return o;
  }

  float[] sums() {
    return sums;
  }
}
