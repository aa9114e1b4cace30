package io.newsgraph.actors;

import io.newsgraph.text.HashBloom;
import java.util.Arrays;

/**
 * Open-addressing hash from normalised token chars to dense int ids; keys live in one char pool, so
 * lookups from a char buffer allocate nothing. Lookups may fold the probe chars to lower case on
 * the fly. Build single-threaded, then read-only (thread-safe for lookups).
 */
final class TokenVocab {
  /**
   * Per slot (id + 1, hash, key start in the pool, key length), 0 = empty: a probe reads one cache
   * line, and a match then only the key's chars, not also its start and length in two arrays.
   */
  private int[] slots = new int[256];

  private int capacity = 64;

  /**
   * Bloom filter over the key hashes. Most probes come from ordinary words that are no actor's
   * token; the filter answers those without touching the slot table, whose random reads missed the
   * cache on every token. 2^20 bits: the generated dictionary's ~32,000 keys per vocabulary would
   * set half of the default 2^17.
   */
  private final HashBloom filter = new HashBloom(20);

  private int[] keyStart = new int[16];
  private int[] keyLen = new int[16];
  private int[] keyHash = new int[16];
  private char[] pool = new char[256];
  private int poolSize;
  private int size;

  int size() {
    return size;
  }

  static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x7feb352d;
    h ^= h >>> 15;
    return h;
  }

  /** Hash of buf[off,off+len) as the vocab computes it (pre-mix accumulation is 31*h+c). */
  static int hash(char[] buf, int off, int len, boolean lower) {
    int h = 0;
    for (int i = off; i < off + len; i++) {
      char c = buf[i];
      h = 31 * h + (lower ? lower(c) : c);
    }
    return mix(h);
  }

  static char lower(char c) {
    if (c < 128) {
      return (c >= 'A' && c <= 'Z') ? (char) (c + 32) : c;
    }
    return Character.toLowerCase(c);
  }

  /** Id of the key, or -1. hash must be {@link #hash} of the (lower-cased if lower) chars. */
  int find(char[] buf, int off, int len, int hash, boolean lower) {
    if (!filter.mayContain(hash)) {
      return -1;
    }
    return findUnfiltered(buf, off, len, hash, lower);
  }

  /** {@link #find} without the filter, for a caller whose own filter says the key may be here. */
  int findUnfiltered(char[] buf, int off, int len, int hash, boolean lower) {
    int[] sl = slots;
    int mask = capacity - 1;
    int p = hash & mask;
    while (true) {
      int v = sl[4 * p];
      if (v == 0) {
        return -1;
      }
      if (sl[4 * p + 1] == hash
          && sl[4 * p + 3] == len
          && equal(buf, off, len, sl[4 * p + 2], lower)) {
        return v - 1;
      }
      p = (p + 1) & mask;
    }
  }

  private boolean equal(char[] buf, int off, int len, int start, boolean lower) {
    char[] pl = pool;
    if (lower) {
      for (int i = 0; i < len; i++) {
        if (lower(buf[off + i]) != pl[start + i]) {
          return false;
        }
      }
    } else {
      for (int i = 0; i < len; i++) {
        if (buf[off + i] != pl[start + i]) {
          return false;
        }
      }
    }
    return true;
  }

  /** The hash {@link #find} is probed with for the key of this id. */
  int hashOf(int id) {
    return keyHash[id];
  }

  /** Adds the key (as is) if absent; returns its id. */
  int add(String key) {
    char[] k = key.toCharArray();
    int h = hash(k, 0, k.length, false);
    int id = find(k, 0, k.length, h, false);
    if (id >= 0) {
      return id;
    }
    if ((size + 1) * 2 > capacity) {
      rehash(capacity * 2);
    }
    if (size == keyStart.length) {
      keyStart = Arrays.copyOf(keyStart, size * 2);
      keyLen = Arrays.copyOf(keyLen, size * 2);
      keyHash = Arrays.copyOf(keyHash, size * 2);
    }
    if (poolSize + k.length > pool.length) {
      pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + k.length));
    }
    System.arraycopy(k, 0, pool, poolSize, k.length);
    id = size++;
    keyStart[id] = poolSize;
    keyLen[id] = k.length;
    keyHash[id] = h;
    poolSize += k.length;
    insertSlot(id);
    return id;
  }

  private void insertSlot(int id) {
    filter.add(keyHash[id]);
    int mask = capacity - 1;
    int p = keyHash[id] & mask;
    while (slots[4 * p] != 0) {
      p = (p + 1) & mask;
    }
    slots[4 * p] = id + 1;
    slots[4 * p + 1] = keyHash[id];
    slots[4 * p + 2] = keyStart[id];
    slots[4 * p + 3] = keyLen[id];
  }

  private void rehash(int capacity) {
    this.capacity = capacity;
    slots = new int[4 * capacity];
    for (int id = 0; id < size; id++) {
      insertSlot(id);
    }
  }

  /**
   * Sizes the slot table for a load factor <= 1/4 (fewer probes on misses, which dominate at match
   * time).
   */
  void trim() {
    int cap = Integer.highestOneBit(Math.max(16, size * 4 - 1)) << 1;
    if (cap > capacity) {
      rehash(cap);
    }
  }
}
