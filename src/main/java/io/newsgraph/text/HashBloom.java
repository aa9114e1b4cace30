package io.newsgraph.text;

/**
 * Two-bit Bloom filter over already mixed 32-bit hashes (by default 2^17 bits, 16 KB: stays in the
 * L1/L2 cache). It answers "certainly absent" for most probes of ordinary words without touching a
 * hash table whose random reads miss the cache. A set of tens of thousands of keys fills a 2^17-bit
 * filter and wants a bigger one. Build single-threaded, then read-only (thread-safe for probes).
 *
 * <p>Blocked: both bits of a hash are in one 64-bit word (the word from the hash's bits 6 up, the
 * bits from its lowest and highest six), so a probe reads one word, not two at random. The filter
 * is probed for nearly every token by the matcher, the tagger's gazetteer and VADER; at 2^20 bits
 * (128 KB, more than the L1 cache) the second random read was most of a probe's cost. Keeping both
 * bits in one word lets a few more absent hashes through, which the table behind the filter turns
 * away.
 */
public final class HashBloom {
  private final int wordMask;
  private final long[] bits;

  public HashBloom() {
    this(17);
  }

  /** A filter of 2^log2Bits bits, 6 to 26. */
  public HashBloom(int log2Bits) {
    if (log2Bits < 6 || log2Bits > 26) {
      throw new IllegalArgumentException("log2Bits must be 6 to 26: " + log2Bits);
    }
    bits = new long[1 << (log2Bits - 6)];
    wordMask = bits.length - 1;
  }

  public void add(int hash) {
    bits[(hash >>> 6) & wordMask] |= mask(hash);
  }

  public boolean mayContain(int hash) {
    long m = mask(hash);
    return (bits[(hash >>> 6) & wordMask] & m) == m;
  }

  /** The two bits of a hash in its word: by its low six bits and its high six (shifts use 6). */
  private static long mask(int hash) {
    return (1L << hash) | (1L << (hash >>> 26));
  }
}
