package io.newsgraph.text;

import java.util.Arrays;

/** Reusable growable int array (no boxing). Not thread-safe. */
public final class IntList {
  private int[] data;
  private int size;

  public IntList() {
    this(16);
  }

  public IntList(int initialCapacity) {
    data = new int[Math.max(1, initialCapacity)];
  }

  public void add(int v) {
    if (size == data.length) {
      data = Arrays.copyOf(data, data.length << 1);
    }
    data[size++] = v;
  }

  /** Appends two values (e.g. a [start,end) pair). */
  public void add(int a, int b) {
    if (size + 2 > data.length) {
      data = Arrays.copyOf(data, Math.max(data.length << 1, size + 2));
    }
    data[size++] = a;
    data[size++] = b;
  }

  public int get(int i) {
    if (i >= size) {
      throw new IndexOutOfBoundsException("index " + i + ", size " + size);
    }
    return data[i];
  }

  public void set(int i, int v) {
    if (i >= size) {
      throw new IndexOutOfBoundsException("index " + i + ", size " + size);
    }
    data[i] = v;
  }

  public int size() {
    return size;
  }

  public boolean isEmpty() {
    return size == 0;
  }

  public void clear() {
    size = 0;
  }

  /** Drops elements from index newSize on. */
  public void truncate(int newSize) {
    if (newSize < 0 || newSize > size) {
      throw new IndexOutOfBoundsException("newSize " + newSize + ", size " + size);
    }
    size = newSize;
  }

  public void ensureCapacity(int capacity) {
    if (capacity > data.length) {
      data = Arrays.copyOf(data, Math.max(capacity, data.length << 1));
    }
  }

  public int[] toArray() {
    return Arrays.copyOf(data, size);
  }

  /** Direct access to the backing array (valid up to size(); may change on growth). */
  public int[] rawArray() {
    return data;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < size; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(data[i]);
    }
    return sb.append(']').toString();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof IntList other) || other.size != size) {
      return false;
    }
    return Arrays.equals(data, 0, size, other.data, 0, size);
  }

  @Override
  public int hashCode() {
    int h = 1;
    for (int i = 0; i < size; i++) {
      h = 31 * h + data[i];
    }
    return h;
  }
}
