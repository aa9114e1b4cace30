package io.newsgraph.ner;

/**
 * A long -> int map for one document's worth of keys, emptied in O(1) by a generation stamp, so a
 * tagger reuses one per task instead of allocating per article. Grows when more than half full. Not
 * thread-safe.
 */
final class ScratchMap {
  private long[] keys = new long[1024];
  private int[] values = new int[1024];
  private int[] stamps = new int[1024];
  private int generation = 1;
  private int size;

  void clear() {
    generation++;
    size = 0;
    if (generation == Integer.MAX_VALUE) {
      java.util.Arrays.fill(stamps, 0);
      generation = 1;
    }
  }

  /** The value of key, or {@code absent}. */
  int get(long key, int absent) {
    int mask = keys.length - 1;
    int s = slot(key, mask);
    while (stamps[s] == generation) {
      if (keys[s] == key) {
        return values[s];
      }
      s = (s + 1) & mask;
    }
    return absent;
  }

  void put(long key, int value) {
    if ((size + 1) * 2 > keys.length) {
      grow();
    }
    int mask = keys.length - 1;
    int s = slot(key, mask);
    while (stamps[s] == generation) {
      if (keys[s] == key) {
        values[s] = value;
        return;
      }
      s = (s + 1) & mask;
    }
    stamps[s] = generation;
    keys[s] = key;
    values[s] = value;
    size++;
  }

  private static int slot(long key, int mask) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
  }

  private void grow() {
    long[] k = keys;
    int[] v = values;
    int[] st = stamps;
    int g = generation;
    keys = new long[k.length * 2];
    values = new int[k.length * 2];
    stamps = new int[k.length * 2];
    generation = 1;
    size = 0;
    for (int s = 0; s < k.length; s++) {
      if (st[s] == g) {
        put(k[s], v[s]);
      }
    }
  }
}
