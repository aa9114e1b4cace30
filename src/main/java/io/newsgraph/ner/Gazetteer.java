package io.newsgraph.ner;

import io.newsgraph.text.HashBloom;
import io.newsgraph.text.IntList;
import io.newsgraph.text.Tokenizer;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * Known names as lower-cased token sequences, each with the set of {@link EntityType}s it is listed
 * as: the tagger's gazetteer feature ("these tokens are a known organisation"). Built from the
 * actor dictionary when a model is trained and stored inside the model, so a model scores the same
 * whatever dictionary a later run loads. Phrases are keyed by a hash of their token hashes, the
 * same hash {@link DocFeatures} computes over document tokens.
 */
final class Gazetteer {
  static final int MAX_TOKENS = 6;

  /** The type bits of a listed form; {@link #PREFIX} marks the first tokens of a longer form. */
  static final int TYPES = 0x0f;

  static final int PREFIX = 0x10;

  /**
   * Per slot the phrase hash (0 = empty) and its type bits side by side: a look-up that passes the
   * filter reads one cache line.
   */
  private long[] slots = new long[2 << 12];

  /**
   * The phrase hashes that are keys: about half of the capitalised tokens of news start no listed
   * phrase, and the filter turns them away without a random read of the MB-sized key table. 2^20
   * bits for the ~60,000 phrases (and prefixes) of the generated dictionary.
   */
  private final HashBloom filter = new HashBloom(20);

  private int size;
  private int maxTokens;

  /**
   * Adds a name form (as written in the dictionary) with a type; forms of more than {@link
   * #MAX_TOKENS} are skipped.
   */
  void add(String form, EntityType type) {
    char[] chars = (form + '\0').toCharArray();
    IntList toks = new IntList();
    Tokenizer.INSTANCE.tokenize(chars, 0, form.length(), toks);
    int n = toks.size() / 2;
    if (n == 0 || n > MAX_TOKENS) {
      return;
    }
    long h = 0;
    for (int t = 0; t < n; t++) {
      int s = toks.get(2 * t);
      int e = DocFeatures.coreEnd(chars, s, toks.get(2 * t + 1));
      h = extend(h, DocFeatures.lowerHash(chars, s, e));
      put(h, t == n - 1 ? 1 << type.ordinal() : PREFIX);
    }
    maxTokens = Math.max(maxTokens, n);
  }

  static long extend(long phrase, long token) {
    return FeatureHash.fmix(phrase * 0x9E3779B97F4A7C15L + token) | 1;
  }

  int maxTokens() {
    return maxTokens;
  }

  int size() {
    return size;
  }

  /**
   * The type bits of a phrase hash (and {@link #PREFIX} when longer forms start with it), 0 when
   * not listed.
   */
  int typesOf(long phrase) {
    if (!filter.mayContain(bloomHash(phrase))) {
      return 0;
    }
    long[] sl = slots;
    int mask = (sl.length >>> 1) - 1;
    int s = (int) (phrase ^ (phrase >>> 29)) & mask;
    long k;
    while ((k = sl[2 * s]) != 0) {
      if (k == phrase) {
        return (int) sl[2 * s + 1];
      }
      s = (s + 1) & mask;
    }
    return 0;
  }

  /** 32 bits of a phrase hash for the filter (phrase hashes are already mixed). */
  private static int bloomHash(long phrase) {
    return (int) (phrase >>> 32) ^ (int) phrase;
  }

  private void put(long phrase, int bits) {
    filter.add(bloomHash(phrase));
    if ((size + 1) * 2 > slots.length >>> 1) {
      long[] old = slots;
      slots = new long[old.length * 2];
      size = 0;
      for (int s = 0; s < old.length; s += 2) {
        if (old[s] != 0) {
          put(old[s], (int) old[s + 1]);
        }
      }
    }
    int mask = (slots.length >>> 1) - 1;
    int s = (int) (phrase ^ (phrase >>> 29)) & mask;
    while (slots[2 * s] != 0 && slots[2 * s] != phrase) {
      s = (s + 1) & mask;
    }
    if (slots[2 * s] == 0) {
      size++;
      slots[2 * s] = phrase;
    }
    slots[2 * s + 1] = (byte) (slots[2 * s + 1] | bits);
  }

  void write(DataOutputStream out) throws IOException {
    out.writeInt(maxTokens);
    out.writeInt(size);
    for (int s = 0; s < slots.length; s += 2) {
      if (slots[s] != 0) {
        out.writeLong(slots[s]);
        out.writeByte((int) slots[s + 1]);
      }
    }
  }

  static Gazetteer read(DataInputStream in) throws IOException {
    Gazetteer g = new Gazetteer();
    int max = in.readInt();
    int n = in.readInt();
    for (int i = 0; i < n; i++) {
      long k = in.readLong();
      g.put(k, in.readByte());
    }
    g.maxTokens = max;
    return g;
  }
}
