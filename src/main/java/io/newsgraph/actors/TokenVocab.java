package io.newsgraph.actors;

import java.util.Arrays;

/**
 * Open-addressing hash from normalised token chars to dense int ids; keys live in one char pool, so lookups from a
 * char buffer allocate nothing. Lookups may fold the probe chars to lower case on the fly. Build single-threaded,
 * then read-only (thread-safe for lookups).
 */
final class TokenVocab {
  private int[] slots = new int[64]; // id + 1, 0 = empty
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
    int mask = slots.length - 1;
    int p = hash & mask;
    while (true) {
      int v = slots[p];
      if (v == 0) {
        return -1;
      }
      int id = v - 1;
      if (keyHash[id] == hash && keyLen[id] == len && equal(buf, off, len, keyStart[id], lower)) {
        return id;
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

  /** Adds the key (as is) if absent; returns its id. */
  int add(String key) {
    char[] k = key.toCharArray();
    int h = hash(k, 0, k.length, false);
    int id = find(k, 0, k.length, h, false);
    if (id >= 0) {
      return id;
    }
    if ((size + 1) * 2 > slots.length) {
      rehash(slots.length * 2);
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
    int mask = slots.length - 1;
    int p = keyHash[id] & mask;
    while (slots[p] != 0) {
      p = (p + 1) & mask;
    }
    slots[p] = id + 1;
  }

  private void rehash(int capacity) {
    slots = new int[capacity];
    for (int id = 0; id < size; id++) {
      insertSlot(id);
    }
  }

  /** Sizes the slot table for a load factor <= 1/4 (fewer probes on misses, which dominate at match time). */
  void trim() {
    int cap = Integer.highestOneBit(Math.max(16, size * 4 - 1)) << 1;
    if (cap > slots.length) {
      rehash(cap);
    }
  }
}
