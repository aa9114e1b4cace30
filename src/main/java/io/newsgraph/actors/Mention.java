package io.newsgraph.actors;

/**
 * One actor mention: {@code [charStart,charEnd)} offsets into the document string (a possessive {@code ’s} is not
 * part of the span), the 0-based sentence index, and how it was matched.
 */
public record Mention(String actorId, int charStart, int charEnd, int sentenceIdx, MatchKind kind) {}
