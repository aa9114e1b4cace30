package io.newsgraph.pipeline;

import java.util.List;
import java.util.Map;

/**
 * What {@code _runs/<run_id>.json} holds: the settings, every input file with its fingerprint and
 * what became of its records, rows per table, and time per stage. For each file and in total,
 * {@code records_in = articles + duplicates + rejects}.
 */
public record RunManifest(
    String runId,
    String version,
    int schemaVersion,
    /**
     * running, committing (article-level tables being swapped in), succeeded; interrupted runs
     * become recovered.
     */
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
    String error,
    /**
     * For a backfill: the dates recomputed from the warehouse; for a run: the dates an interrupted
     * run left.
     */
    List<String> datesRecomputed,
    /**
     * Files a folder walk found and did not read (hidden, not an input format, content not as
     * named), with why.
     */
    List<SkippedInput> skippedInputs,
    /**
     * The git commit the job was built from ("unknown" outside a git checkout), "-dirty" with local
     * changes.
     */
    String commit,
    /** Per table, how many date partitions this run rewrote. */
    Map<String, Integer> datesWritten) {

  public record SkippedInput(String path, long bytes, String reason) {}

  /**
   * Records of one input file by outcome (blankLines are not records and are listed apart). status
   * is {@code read}, or {@code skipped} when a successful earlier run ingested a file of the same
   * path, size and checksum (then counts are zero).
   */
  public record FileEntry(
      String path,
      long bytes,
      long modificationTime,
      String checksum,
      String format,
      /**
       * running, committing (article-level tables being swapped in), succeeded; interrupted runs
       * become recovered.
       */
      String status,
      Counts counts) {}

  public record Counts(
      long recordsIn,
      long articles,
      long duplicates,
      long rejects,
      long blankLines,
      long datesInferred) {
    public static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0);

    public boolean balanced() {
      return recordsIn == articles + duplicates + rejects;
    }
  }
}
