package io.newsgraph.actors;

/**
 * Minimal open-addressing long -> int map for keys >= 0 (values >= 0; -1 = absent). Build once,
 * then read-only. Key and value share one slot of a long array, so a probe reads one cache line
 * instead of three arrays.
 */
final class LongIntMap {
  private static final long EMPTY = -1L;

  /** Slot p: keys at 2p, value at 2p + 1. */
  private long[] slots = emptySlots(64);

  private int size;

  private static long[] emptySlots(int capacity) {
    long[] s = new long[2 * capacity];
    for (int p = 0; p < capacity; p++) {
      s[2 * p] = EMPTY;
    }
    return s;
  }

  private static int slot(long k, int mask) {
    long h = k * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 40) & mask;
  }

  int get(long k) {
    long[] s = slots;
    int mask = (s.length >>> 1) - 1;
    int p = slot(k, mask);
    long key;
    while ((key = s[2 * p]) != EMPTY) {
      if (key == k) {
        return (int) s[2 * p + 1];
      }
      p = (p + 1) & mask;
    }
    return -1;
  }

  void put(long k, int v) {
    if (k < 0) {
      throw new IllegalArgumentException("negative key " + k);
    }
    int capacity = slots.length >>> 1;
    if ((size + 1) * 3 > capacity) {
      long[] old = slots;
      slots = emptySlots(capacity * 2);
      size = 0;
      for (int p = 0; p < old.length; p += 2) {
        if (old[p] != EMPTY) {
          put(old[p], (int) old[p + 1]);
        }
      }
    }
    int mask = (slots.length >>> 1) - 1;
    int p = slot(k, mask);
    while (slots[2 * p] != EMPTY) {
      if (slots[2 * p] == k) {
        slots[2 * p + 1] = v;
        return;
      }
      p = (p + 1) & mask;
    }
    slots[2 * p] = k;
    slots[2 * p + 1] = v;
    size++;
  }

  int size() {
    return size;
  }

  @Override
  public String toString() {
    return "LongIntMap(" + size + "/" + (slots.length >>> 1) + ")";
  }
}
