package io.newsgraph.ner;

/**
 * A name the tagger found: tokens {@code [firstToken, endToken)} of the document's {@link
 * io.newsgraph.text.DocTokens}, chars {@code [charStart, charEnd)} (a possessive {@code ’s} left
 * out), its type, and the tagger's confidence: the lowest, over the span's tokens, of the softmax
 * of the label scores (a ranking between 0 and 1, not a calibrated probability). {@code
 * commonWords}: unlabelled news writes every word of it in lower case too ("Bank", "Flash Update"),
 * so on its own it may be a common noun or a piece of a longer name.
 */
public record NameSpan(
    int firstToken,
    int endToken,
    int charStart,
    int charEnd,
    EntityType type,
    double confidence,
    boolean commonWords) {

  /** A span whose words are not known as common words. */
  public NameSpan(
      int firstToken,
      int endToken,
      int charStart,
      int charEnd,
      EntityType type,
      double confidence) {
    this(firstToken, endToken, charStart, charEnd, type, confidence, false);
  }
}
