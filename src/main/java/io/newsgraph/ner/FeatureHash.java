package io.newsgraph.ner;

/**
 * 64-bit hashes of feature values: chars are folded in one at a time (FNV-1a), and a template id
 * and up to two values combine through a finaliser (MurmurHash3's fmix64). No feature ever hashes
 * to 0, the empty-slot marker of {@link WeightTable}.
 */
final class FeatureHash {
  static final long SEED = 0xcbf29ce484222325L;
  private static final long PRIME = 0x100000001b3L;

  private FeatureHash() {}

  static long addChar(long h, char c) {
    return (h ^ c) * PRIME;
  }

  static long fmix(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    k *= 0xc4ceb9fe1a85ec53L;
    k ^= k >>> 33;
    return k;
  }

  /** The key of feature template {@code t} with value {@code v}. */
  static long key(int t, long v) {
    long k = fmix(v * 31 + t * 0x9e3779b97f4a7c15L);
    return k == 0 ? 1 : k;
  }

  /** The key of template {@code t} over two values. */
  static long key(int t, long a, long b) {
    return key(t, fmix(a) * 17 + b);
  }

  /**
   * Hash of a String's chars, lower-cased (for dictionary forms; the tagger hashes document chars
   * in place).
   */
  static long lower(CharSequence s) {
    long h = SEED;
    for (int i = 0; i < s.length(); i++) {
      h = addChar(h, Character.toLowerCase(s.charAt(i)));
    }
    return h;
  }
}
