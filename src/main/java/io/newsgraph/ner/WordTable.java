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
  /**
   * Per slot the key (word | 1; 0 = empty) and its value side by side: a look-up (the case class of
   * every capitalised token, the word class of every word the tagger sums) reads one cache line,
   * not one in a key array and one in a value array.
   */
  private long[] slots;

  private int size;

  WordTable(int capacity) {
    int cap = Integer.highestOneBit(Math.max(2, capacity - 1)) << 1;
    slots = new long[2 * cap];
  }

  /** The word's value, or {@code absent}. */
  int get(long word, int absent) {
    long k = word | 1;
    long[] sl = slots;
    int mask = (sl.length >>> 1) - 1;
    int s = slot(k, mask);
    long at;
    while ((at = sl[2 * s]) != 0) {
      if (at == k) {
        return (int) sl[2 * s + 1];
      }
      s = (s + 1) & mask;
    }
    return absent;
  }

  void put(long word, int value) {
    if ((size + 1) * 2 > capacity()) {
      long[] old = slots;
      slots = new long[old.length * 2];
      size = 0;
      for (int s = 0; s < old.length; s += 2) {
        if (old[s] != 0) {
          put(old[s], (int) old[s + 1]);
        }
      }
    }
    long k = word | 1;
    int mask = capacity() - 1;
    int s = slot(k, mask);
    while (slots[2 * s] != 0 && slots[2 * s] != k) {
      s = (s + 1) & mask;
    }
    if (slots[2 * s] == 0) {
      size++;
      slots[2 * s] = k;
    }
    slots[2 * s + 1] = value;
  }

  private int capacity() {
    return slots.length >>> 1;
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
    for (int s = 0; s < slots.length; s += 2) {
      if (slots[s] != 0) {
        out.writeLong(slots[s]);
        if (byteValues) {
          out.writeByte((int) slots[s + 1]);
        } else {
          out.writeInt((int) slots[s + 1]);
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
