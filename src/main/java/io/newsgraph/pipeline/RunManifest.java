package io.newsgraph.pipeline;

import java.util.List;
import java.util.Map;

/**
 * What {@code _runs/<run_id>.json} holds: the settings, every input file with its fingerprint and what became of
 * its records, rows per table, and time per stage. For each file and in total,
 * {@code records_in = articles + duplicates + rejects}.
 */
public record RunManifest(
    String runId,
    String version,
    int schemaVersion,
    String status,
    String startedAt,
    String finishedAt,
    Map<String, Object> config,
    List<FileEntry> inputs,
    Counts totals,
    Map<String, Long> rejectsByReason,
    Map<String, Long> rowsWritten,
    List<String> datesTouched,
    long pairsBelowMinimum,
    Map<String, Long> stageMillis,
    String error) {

  /** Records of one input file by outcome. blankLines are not records and are listed apart. */
  public record FileEntry(String path, long bytes, long modificationTime, String format, Counts counts) {}

  public record Counts(long recordsIn, long articles, long duplicates, long rejects, long blankLines,
      long datesInferred) {
    public boolean balanced() {
      return recordsIn == articles + duplicates + rejects;
    }
  }
}
