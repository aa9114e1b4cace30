package io.newsgraph.dedup;

import java.util.Arrays;

/**
 * The distinct shingles of one article as sorted 32-bit hashes: what a candidate pair is decided
 * on. Two articles are near-duplicates by the exact Jaccard similarity of these sets, not by a
 * signature's estimate, so precision does not ride on the signature. With 32-bit hashes two
 * different shingles share a hash with probability 2^-32: for two 1,000-shingle articles that is
 * one spurious shared shingle in about 4,000 pairs, a change of 1/1,000 in their similarity.
 *
 * @param hashes sorted ascending (signed int order), distinct; empty when the article has no word
 */
public record ShingleSet(int[] hashes) {

  public static final ShingleSet EMPTY = new ShingleSet(new int[0]);

  public int size() {
    return hashes.length;
  }

  public boolean isEmpty() {
    return hashes.length == 0;
  }

  /**
   * Exact Jaccard similarity |A ∩ B| / |A ∪ B| by a merge of the sorted hashes; 0 when either set
   * is empty.
   */
  public static double jaccard(ShingleSet a, ShingleSet b) {
    int[] x = a.hashes;
    int[] y = b.hashes;
    if (x.length == 0 || y.length == 0) {
      return 0;
    }
    int i = 0;
    int j = 0;
    int shared = 0;
    while (i < x.length && j < y.length) {
      int c = Integer.compare(x[i], y[j]);
      if (c == 0) {
        shared++;
        i++;
        j++;
      } else if (c < 0) {
        i++;
      } else {
        j++;
      }
    }
    return (double) shared / (x.length + y.length - shared);
  }

  /** 4 bytes per hash, big-endian: the form that crosses a shuffle. */
  public byte[] toBytes() {
    byte[] out = new byte[hashes.length * Integer.BYTES];
    for (int i = 0, o = 0; i < hashes.length; i++, o += 4) {
      int h = hashes[i];
      out[o] = (byte) (h >>> 24);
      out[o + 1] = (byte) (h >>> 16);
      out[o + 2] = (byte) (h >>> 8);
      out[o + 3] = (byte) h;
    }
    return out;
  }

  public static ShingleSet fromBytes(byte[] b) {
    int[] h = new int[b.length / Integer.BYTES];
    for (int i = 0, o = 0; i < h.length; i++, o += 4) {
      h[i] =
          (b[o] << 24) | ((b[o + 1] & 0xFF) << 16) | ((b[o + 2] & 0xFF) << 8) | (b[o + 3] & 0xFF);
    }
    return new ShingleSet(h);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ShingleSet s && Arrays.equals(hashes, s.hashes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(hashes);
  }

  @Override
  public String toString() {
    return "ShingleSet[" + hashes.length + "]";
  }
}
