package io.newsgraph.ingest;

/**
 * A record the job could not take, kept with its reason and its raw bytes (cut to a maximum length,
 * {@code rawBytes} tells the original size). {@code line} is null when the record sits in a later
 * split of a large file, where only the byte offset is known.
 */
public record RejectRecord(
    String inputFile,
    long offset,
    Long line,
    RejectReason reason,
    String detail,
    String raw,
    long rawBytes)
    implements IngestedRecord {}
