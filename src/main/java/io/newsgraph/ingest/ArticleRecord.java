package io.newsgraph.ingest;

import java.time.LocalDate;

/**
 * One article as ingested. {@code date} is the published date, or the run date with {@code
 * dateInferred} when the input had none or had one that does not parse ({@code publishedRaw} keeps
 * it).
 */
public record ArticleRecord(
    String articleId,
    String source,
    String url,
    String title,
    String publishedRaw,
    LocalDate date,
    boolean dateInferred,
    String text,
    String contentHash,
    int wordCount,
    boolean htmlStripped,
    String inputFile,
    long offset,
    Long line)
    implements IngestedRecord {}
