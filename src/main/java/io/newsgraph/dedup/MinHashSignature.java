package io.newsgraph.dedup;

import java.util.Arrays;

/**
 * The MinHash signature of one article: for each of k seeded hash functions, the minimum hash over
 * the article's shingles. Two signatures agree at a position with probability equal to the Jaccard
 * similarity of the shingle sets. An article without any word has the {@linkplain #isEmpty() empty}
 * signature (every value {@link Long#MAX_VALUE}), which is never similar to anything.
 */
public record MinHashSignature(long[] values) {

  public MinHashSignature {
    if (values == null || values.length == 0) {
      throw new IllegalArgumentException("a signature needs at least one value");
    }
  }

  public int size() {
    return values.length;
  }

  /** No shingles: the article had no word at all. */
  public boolean isEmpty() {
    return values[0] == Long.MAX_VALUE && allMax();
  }

  private boolean allMax() {
    for (long v : values) {
      if (v != Long.MAX_VALUE) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MinHashSignature s && Arrays.equals(values, s.values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "MinHashSignature[k="
        + values.length
        + (isEmpty() ? ", empty]" : ", " + Long.toHexString(values[0]) + "…]");
  }
}
