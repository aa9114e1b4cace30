package io.newsgraph.ner;

/**
 * The run-time form of a model's weights, built once when the model loads and shared read-only: one
 * short array where each slot holds a 32-bit fingerprint of the feature key and the row's {@link
 * Labels#COUNT} weights as 16-bit integers (one scale for the table). A look-up reads one or two
 * cache lines; the whole table is about a quarter of the float layout's size, which is what keeps
 * the tagger's look-ups in cache. The slot comes from the key's low bits, the fingerprint from its
 * high bits.
 */
final class FrozenWeights {
  static final int L = Labels.COUNT;

  /** Shorts per slot: fingerprint (2), weights (L), padding to 24 bytes. */
  static final int STRIDE = 12;

  private final short[] data;
  private final int mask;
  private final float scale;
  private final int size;

  private FrozenWeights(short[] data, int mask, float scale, int size) {
    this.data = data;
    this.mask = mask;
    this.scale = scale;
    this.size = size;
  }

  static FrozenWeights of(WeightTable t) {
    long[] keys = t.keysByRow();
    float[] row = new float[L];
    float max = 1e-6f;
    for (long k : keys) {
      t.copyRow(k, row);
      for (float v : row) {
        max = Math.max(max, Math.abs(v));
      }
    }
    float scale = max / Short.MAX_VALUE;
    int cap = Integer.highestOneBit(Math.max(16, (int) (keys.length / 0.7))) << 1;
    short[] data = new short[cap * STRIDE];
    int mask = cap - 1;
    for (long k : keys) {
      int s = (int) k & mask;
      while (fingerprint(data, s * STRIDE) != 0) {
        s = (s + 1) & mask;
      }
      int o = s * STRIDE;
      int fp = fingerprintOf(k);
      data[o] = (short) (fp >>> 16);
      data[o + 1] = (short) fp;
      t.copyRow(k, row);
      for (int l = 0; l < L; l++) {
        data[o + 2 + l] = (short) Math.round(row[l] / scale);
      }
    }
    return new FrozenWeights(data, mask, scale, keys.length);
  }

  private static int fingerprintOf(long key) {
    int fp = (int) (key >>> 32);
    return fp == 0 ? 1 : fp;
  }

  private static int fingerprint(short[] d, int o) {
    return (d[o] << 16) | (d[o + 1] & 0xffff);
  }

  /** The offset of key's weights in {@link #data()}, or -1 when the feature has none. */
  int offset(long key) {
    int fp = fingerprintOf(key);
    int s = (int) key & mask;
    short[] d = data;
    while (true) {
      int o = s * STRIDE;
      int f = (d[o] << 16) | (d[o + 1] & 0xffff);
      if (f == fp) {
        return o + 2;
      }
      if (f == 0) {
        return -1;
      }
      s = (s + 1) & mask;
    }
  }

  short[] data() {
    return data;
  }

  /** A weight in the table's units times this is the model's weight. */
  float scale() {
    return scale;
  }

  int size() {
    return size;
  }
}
