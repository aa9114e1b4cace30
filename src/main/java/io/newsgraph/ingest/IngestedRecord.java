package io.newsgraph.ingest;

/** What reading one input record yields: an article, a reject with its reason, or a blank line. */
public sealed interface IngestedRecord permits ArticleRecord, RejectRecord, IngestedRecord.Blank {

  String inputFile();

  /**
   * Whitespace-only lines are not records; they are counted so every line of a file is accounted
   * for.
   */
  record Blank(String inputFile, long offset) implements IngestedRecord {}
}
