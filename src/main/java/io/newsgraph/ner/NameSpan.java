package io.newsgraph.ner;

/**
 * A name the tagger found: tokens {@code [firstToken, endToken)} of the document's {@link io.newsgraph.text.DocTokens},
 * chars {@code [charStart, charEnd)} (a possessive {@code ’s} left out), its type, and the tagger's confidence: the
 * lowest, over the span's tokens, of the softmax of the label scores (a ranking between 0 and 1, not a calibrated
 * probability).
 */
public record NameSpan(int firstToken, int endToken, int charStart, int charEnd, EntityType type, double confidence) {}
