package io.newsgraph.ingest;

import java.io.Serializable;

/**
 * A byte range of one input file that one task reads. Compressed and text files are one split; big
 * uncompressed JSONL files are cut into several at {@code splitBytes}, each reading the lines that
 * start inside its range.
 */
public record InputSplit(String path, long fileSize, long start, long length, InputFormat format)
    implements Serializable {

  public long end() {
    return start + length;
  }

  public boolean wholeFile() {
    return start == 0 && length >= fileSize;
  }
}
