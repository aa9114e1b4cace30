package io.newsgraph.text;

/**
 * Two-bit Bloom filter over already mixed 32-bit hashes (2^17 bits, 16 KB: stays in the L1/L2
 * cache). It answers "certainly absent" for most probes of ordinary words without touching a hash
 * table whose random reads miss the cache. Build single-threaded, then read-only (thread-safe for
 * probes).
 */
public final class HashBloom {
  private static final int BITS = 1 << 17;
  private final long[] bits = new long[BITS >>> 6];

  public void add(int hash) {
    int a = hash & (BITS - 1);
    int b = (hash >>> 15) & (BITS - 1);
    bits[a >>> 6] |= 1L << a;
    bits[b >>> 6] |= 1L << b;
  }

  public boolean mayContain(int hash) {
    int a = hash & (BITS - 1);
    int b = (hash >>> 15) & (BITS - 1);
    return (bits[a >>> 6] & (1L << a)) != 0 && (bits[b >>> 6] & (1L << b)) != 0;
  }
}
