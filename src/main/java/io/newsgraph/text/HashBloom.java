package io.newsgraph.text;

/**
 * Two-bit Bloom filter over already mixed 32-bit hashes (by default 2^17 bits, 16 KB: stays in the
 * L1/L2 cache). It answers "certainly absent" for most probes of ordinary words without touching a
 * hash table whose random reads miss the cache. A set of tens of thousands of keys fills a 2^17-bit
 * filter and wants a bigger one. Build single-threaded, then read-only (thread-safe for probes).
 */
public final class HashBloom {
  private final int mask;
  private final long[] bits;

  public HashBloom() {
    this(17);
  }

  /**
   * A filter of 2^log2Bits bits, 6 to 30 (the second bit is taken from the hash's bits 15 up, so
   * above 2^17 bits the two overlap a little).
   */
  public HashBloom(int log2Bits) {
    mask = (1 << log2Bits) - 1;
    bits = new long[(1 << log2Bits) >>> 6];
  }

  public void add(int hash) {
    int a = hash & mask;
    int b = (hash >>> 15) & mask;
    bits[a >>> 6] |= 1L << a;
    bits[b >>> 6] |= 1L << b;
  }

  public boolean mayContain(int hash) {
    int a = hash & mask;
    int b = (hash >>> 15) & mask;
    return (bits[a >>> 6] & (1L << a)) != 0 && (bits[b >>> 6] & (1L << b)) != 0;
  }
}
