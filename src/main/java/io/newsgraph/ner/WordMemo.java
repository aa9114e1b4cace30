package io.newsgraph.ner;

/**
 * The summed weight rows of each word's own features ({@link Decoder#wordKeys}) in each role (the
 * word itself, the word before or after, two before or after), kept per tagger once computed: a
 * word's rows are then looked up once, not at every occurrence. Keyed by the word's lower-case and
 * shape hashes and its sentence's case mode. Bounded: each word has one slot of {@link #CAPACITY},
 * and a word that hashes to a taken slot replaces its word (frequent words stay, rare ones come and
 * go). About 24 MB per tagger. Not thread-safe.
 *
 * <p>A slot is three 64-byte cache lines of ints, side by side: the key (two ints), the bits of the
 * roles summed, then each role's {@link Labels#COUNT} sums as float bits. A look-up reads the first
 * line and the one or two of its role, adjacent; it used to read a line in a key array, one in a
 * roles array and one or two in a sums array, each a likely cache miss in a memo of MBs.
 */
final class WordMemo {
  static final int CAPACITY = 1 << 17;
  private static final int L = Labels.COUNT;

  /** Ints per slot: key (2), roles summed (1), then ROLES * L sums; 48, three cache lines. */
  private static final int STRIDE = 3 + Decoder.ROLES * L;

  /**
   * Ints before slot 0: a memo this big is a humongous object, which G1 starts at a region
   * boundary; 16 bytes of array header and 48 of these put every slot at the start of a cache line.
   */
  private static final int BASE = 12;

  private final FrozenWeights table;
  private final int[] data = new int[BASE + CAPACITY * STRIDE];
  private final long[] scratch = new long[Decoder.MAX_FEATURES];
  private final float[] sums = new float[L];

  WordMemo(FrozenWeights table) {
    this.table = table;
  }

  /**
   * The offset in {@link #data()} of token i's sums in a role (float bits); i = -1 is the sentence
   * edge. Each role is summed the first time it is asked for: a lower-case word is mostly asked for
   * as a neighbour, never as a candidate itself, so its costliest role (SELF, with affixes) is
   * rarely summed at all.
   */
  int offset(DocFeatures f, int i, int role) {
    long key = i < 0 ? 1 : FeatureHash.fmix(f.lower[i] * 31 + f.shape[i]) * 8 + f.mode[i] * 2 + 1;
    int s = (int) (key ^ (key >>> 29)) & (CAPACITY - 1);
    int[] d = data;
    int e = BASE + s * STRIDE;
    int o = e + 3 + role * L;
    int lo = (int) key;
    int hi = (int) (key >>> 32);
    // the key is odd, so an empty slot (all 0) matches none
    if (d[e] != lo || d[e + 1] != hi) {
      d[e] = lo;
      d[e + 1] = hi;
      d[e + 2] = 0;
    } else if ((d[e + 2] & (1 << role)) != 0) {
      return o;
    }
    d[e + 2] |= 1 << role;
    float[] sum = sums;
    java.util.Arrays.fill(sum, 0f);
    if (role != Decoder.SELF || i >= 0) {
      short[] w = table.data();
      int n = Decoder.wordKeys(f, i, role, scratch, 0);
      for (int k = 0; k < n; k++) {
        int off = table.offset(scratch[k]);
        if (off >= 0) {
          for (int l = 0; l < L; l++) {
            sum[l] += w[off + l];
          }
        }
      }
    }
    for (int l = 0; l < L; l++) {
      d[o + l] = Float.floatToRawIntBits(sum[l]);
    }
    return o;
  }

  /** The slots: {@link #offset} points at L sums stored as float bits. */
  int[] data() {
    return data;
  }
}
