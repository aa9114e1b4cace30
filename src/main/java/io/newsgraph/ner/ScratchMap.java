package io.newsgraph.ner;

/**
 * A long -> int map for one document's worth of keys, emptied in O(1) by a generation stamp, so a
 * tagger reuses one per task instead of allocating per article. Grows when more than half full. Not
 * thread-safe.
 *
 * <p>Each slot is two longs side by side, the key and then the generation stamp (high half) with
 * the value (low half): a probe reads one cache line, not one in each of three arrays.
 */
final class ScratchMap {
  private long[] slots = new long[2 * 1024];
  private int generation = 1;
  private int size;

  void clear() {
    generation++;
    size = 0;
    if (generation == Integer.MAX_VALUE) {
      java.util.Arrays.fill(slots, 0);
      generation = 1;
    }
  }

  /** The value of key, or {@code absent}. */
  int get(long key, int absent) {
    long[] sl = slots;
    int mask = (sl.length >>> 1) - 1;
    int s = slot(key, mask);
    long meta;
    while ((int) ((meta = sl[2 * s + 1]) >>> 32) == generation) {
      if (sl[2 * s] == key) {
        return (int) meta;
      }
      s = (s + 1) & mask;
    }
    return absent;
  }

  void put(long key, int value) {
    if ((size + 1) * 2 > slots.length >>> 1) {
      grow();
    }
    long[] sl = slots;
    int mask = (sl.length >>> 1) - 1;
    int s = slot(key, mask);
    long stamped = (long) generation << 32;
    while ((int) (sl[2 * s + 1] >>> 32) == generation) {
      if (sl[2 * s] == key) {
        sl[2 * s + 1] = stamped | (value & 0xffffffffL);
        return;
      }
      s = (s + 1) & mask;
    }
    sl[2 * s] = key;
    sl[2 * s + 1] = stamped | (value & 0xffffffffL);
    size++;
  }

  private static int slot(long key, int mask) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
  }

  private void grow() {
    long[] old = slots;
    int g = generation;
    slots = new long[old.length * 2];
    generation = 1;
    size = 0;
    for (int s = 0; s < old.length; s += 2) {
      if ((int) (old[s + 1] >>> 32) == g) {
        put(old[s], (int) old[s + 1]);
      }
    }
  }
}
