package io.newsgraph.actors;

/**
 * One actor mention: {@code [charStart,charEnd)} offsets into the document string (a possessive
 * {@code ’s} is not part of the span), the 0-based sentence index, how it was matched, and the name
 * tagger's confidence in the span (NaN where the tagger did not tag it: a dictionary match alone).
 */
public record Mention(
    String actorId,
    int charStart,
    int charEnd,
    int sentenceIdx,
    MatchKind kind,
    double confidence) {

  /** A mention the name tagger did not confirm (confidence NaN). */
  public Mention(String actorId, int charStart, int charEnd, int sentenceIdx, MatchKind kind) {
    this(actorId, charStart, charEnd, sentenceIdx, kind, Double.NaN);
  }

  public Mention withConfidence(double c) {
    return new Mention(actorId, charStart, charEnd, sentenceIdx, kind, c);
  }

  public Mention withActor(String id, MatchKind k) {
    return new Mention(id, charStart, charEnd, sentenceIdx, k, confidence);
  }

  /** Whether the name tagger tagged this span. */
  public boolean tagged() {
    return !Double.isNaN(confidence);
  }
}
