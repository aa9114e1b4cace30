package io.newsgraph.ner;

/**
 * The tagger's labels in the BIO scheme: O, then B- and I- for each {@link EntityType} in order
 * (B-PER = 1, I-PER = 2, B-ORG = 3 ...). An I- label only follows a B- or I- label of the same
 * type; the decoder enforces it.
 */
final class Labels {
  static final int O = 0;
  static final int COUNT = 1 + 2 * EntityType.values().length;

  private Labels() {}

  static int begin(EntityType t) {
    return 1 + 2 * t.ordinal();
  }

  static int inside(EntityType t) {
    return 2 + 2 * t.ordinal();
  }

  static boolean isInside(int label) {
    return label != O && (label & 1) == 0;
  }

  /** Whether label may follow prev: an I-X only after B-X or I-X. */
  static boolean allowed(int prev, int label) {
    return !isInside(label) || (prev != O && (prev + 1) >> 1 == (label + 1) >> 1);
  }
}
