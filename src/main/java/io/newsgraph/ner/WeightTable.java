package io.newsgraph.ner;

import java.util.Arrays;

/**
 * Feature weights while training and in a model file: an open-addressing table from a feature's
 * 64-bit key to a row of {@link Labels#COUNT} floats, rows stored densely in insertion order; the
 * trainer grows it as features are first updated. The tagger reads the compact {@link
 * FrozenWeights} built from it.
 */
final class WeightTable {
  static final int L = Labels.COUNT;

  private long[] keys;
  private int[] rows;
  private float[] weights;
  private int size;
  private int mask;

  WeightTable(int expected) {
    int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    keys = new long[cap];
    rows = new int[cap];
    mask = cap - 1;
    weights = new float[Math.max(16, expected) * L];
  }

  int size() {
    return size;
  }

  float[] weights() {
    return weights;
  }

  /**
   * The row of key times {@link #L} (an offset into {@link #weights()}), or -1 when the feature has
   * no weights.
   */
  int offset(long key) {
    int s = (int) (key ^ (key >>> 32)) & mask;
    while (true) {
      long k = keys[s];
      if (k == key) {
        return rows[s] * L;
      }
      if (k == 0) {
        return -1;
      }
      s = (s + 1) & mask;
    }
  }

  /** The row offset of key, added with zero weights when new. */
  int offsetOrAdd(long key) {
    int s = (int) (key ^ (key >>> 32)) & mask;
    while (true) {
      long k = keys[s];
      if (k == key) {
        return rows[s] * L;
      }
      if (k == 0) {
        break;
      }
      s = (s + 1) & mask;
    }
    if ((size + 1) * 2 > keys.length) {
      grow();
      return offsetOrAdd(key);
    }
    keys[s] = key;
    rows[s] = size;
    if ((size + 1) * L > weights.length) {
      weights = Arrays.copyOf(weights, weights.length * 2);
    }
    return size++ * L;
  }

  /** The key stored for each row, in row order. */
  long[] keysByRow() {
    long[] out = new long[size];
    for (int s = 0; s < keys.length; s++) {
      if (keys[s] != 0) {
        out[rows[s]] = keys[s];
      }
    }
    return out;
  }

  /** The weights of key's row. */
  void copyRow(long key, float[] to) {
    System.arraycopy(weights, offset(key), to, 0, L);
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldRows = rows;
    keys = new long[oldKeys.length * 2];
    rows = new int[oldKeys.length * 2];
    mask = keys.length - 1;
    for (int s = 0; s < oldKeys.length; s++) {
      long k = oldKeys[s];
      if (k != 0) {
        int t = (int) (k ^ (k >>> 32)) & mask;
        while (keys[t] != 0) {
          t = (t + 1) & mask;
        }
        keys[t] = k;
        rows[t] = oldRows[s];
      }
    }
  }
}
