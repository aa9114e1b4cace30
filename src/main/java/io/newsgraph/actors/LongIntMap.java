package io.newsgraph.actors;

import java.util.Arrays;

/** Minimal open-addressing long -> int map (values >= 0; -1 = absent). Build once, then read-only. */
final class LongIntMap {
  private long[] keys = new long[64];
  private int[] vals = new int[64];
  private boolean[] used = new boolean[64];
  private int size;

  private static int slot(long k, int mask) {
    long h = k * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 40) & mask;
  }

  int get(long k) {
    int mask = keys.length - 1;
    int p = slot(k, mask);
    while (used[p]) {
      if (keys[p] == k) {
        return vals[p];
      }
      p = (p + 1) & mask;
    }
    return -1;
  }

  void put(long k, int v) {
    if ((size + 1) * 3 > keys.length) {
      long[] ok = keys;
      int[] ov = vals;
      boolean[] ou = used;
      keys = new long[ok.length * 2];
      vals = new int[ok.length * 2];
      used = new boolean[ok.length * 2];
      size = 0;
      for (int i = 0; i < ok.length; i++) {
        if (ou[i]) {
          put(ok[i], ov[i]);
        }
      }
    }
    int mask = keys.length - 1;
    int p = slot(k, mask);
    while (used[p]) {
      if (keys[p] == k) {
        vals[p] = v;
        return;
      }
      p = (p + 1) & mask;
    }
    used[p] = true;
    keys[p] = k;
    vals[p] = v;
    size++;
  }

  int size() {
    return size;
  }

  @Override
  public String toString() {
    return "LongIntMap(" + size + "/" + Arrays.toString(new int[] {keys.length}) + ")";
  }
}
