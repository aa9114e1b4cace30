package io.newsgraph.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * Lower-cased word hashes ({@link DocFeatures#lowerHash}) to small int values, by open addressing
 * in two arrays: what the case lexicon and the word classes of a model are. Grows when half full.
 * Written and read back in slot order, so a table built by the same puts gives the same bytes.
 */
final class WordTable {
  private long[] keys; // word | 1; 0 = empty
  private int[] values;
  private int size;

  WordTable(int capacity) {
    int cap = Integer.highestOneBit(Math.max(2, capacity - 1)) << 1;
    keys = new long[cap];
    values = new int[cap];
  }

  /** The word's value, or {@code absent}. */
  int get(long word, int absent) {
    long k = word | 1;
    long[] ks = keys;
    int mask = ks.length - 1;
    int s = slot(k, mask);
    while (ks[s] != 0) {
      if (ks[s] == k) {
        return values[s];
      }
      s = (s + 1) & mask;
    }
    return absent;
  }

  void put(long word, int value) {
    if ((size + 1) * 2 > keys.length) {
      long[] k = keys;
      int[] v = values;
      keys = new long[k.length * 2];
      values = new int[k.length * 2];
      size = 0;
      for (int s = 0; s < k.length; s++) {
        if (k[s] != 0) {
          put(k[s], v[s]);
        }
      }
    }
    long k = word | 1;
    int mask = keys.length - 1;
    int s = slot(k, mask);
    while (keys[s] != 0 && keys[s] != k) {
      s = (s + 1) & mask;
    }
    if (keys[s] == 0) {
      size++;
      keys[s] = k;
    }
    values[s] = value;
  }

  int size() {
    return size;
  }

  private static int slot(long k, int mask) {
    return (int) (k ^ (k >>> 31)) & mask;
  }

  /** The count, then each key with its value, one byte or one int a value. */
  void write(DataOutputStream out, boolean byteValues) throws IOException {
    out.writeInt(size);
    for (int s = 0; s < keys.length; s++) {
      if (keys[s] != 0) {
        out.writeLong(keys[s]);
        if (byteValues) {
          out.writeByte(values[s]);
        } else {
          out.writeInt(values[s]);
        }
      }
    }
  }

  static WordTable read(DataInputStream in, int initialCapacity, boolean byteValues)
      throws IOException {
    WordTable t = new WordTable(initialCapacity);
    int n = in.readInt();
    for (int i = 0; i < n; i++) {
      long k = in.readLong();
      t.put(k, byteValues ? in.readByte() : in.readInt());
    }
    return t;
  }
}
