package io.newsgraph.dedup;

/**
 * Fixed 64-bit hashing, the same in every JVM: MurmurHash3's 64-bit finaliser ({@code fmix64}) and
 * a simple multiply-and-mix chain over code points. Nothing here depends on {@link
 * String#hashCode()} or on a per-process seed, so signatures computed on different executors (or
 * stored and compared months later) agree.
 */
final class Hash64 {

  private static final long C1 = 0x87c37b91114253d5L;
  private static final long C2 = 0x4cf5ad432745937fL;

  private Hash64() {}

  /** MurmurHash3 fmix64: a bijection on longs with full avalanche. */
  static long fmix(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    k *= 0xc4ceb9fe1a85ec53L;
    k ^= k >>> 33;
    return k;
  }

  /** Starting state of a token hash. */
  static final long TOKEN_SEED = 0x9E3779B97F4A7C15L;

  /** Folds one code point into a running token hash. */
  static long step(long h, int codePoint) {
    h ^= codePoint * C1;
    h = Long.rotateLeft(h, 31) * C2;
    return h;
  }

  /** Hash of an ordered pair (shingle of two token hashes, or a band of values). */
  static long combine(long a, long b) {
    return fmix(a * C1 + Long.rotateLeft(b, 27) * C2 + 0x2545F4914F6CDD1DL);
  }
}
