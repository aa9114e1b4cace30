package io.newsgraph.config;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Every setting of a run, resolved once (see {@link ConfigResolver}) and immutable afterwards.
 * Spark's own settings are not here: they come the usual Spark way (--conf, spark-defaults.conf).
 */
public record JobConfig(
    List<String> inputs,
    String warehouse,
    LocalDate runDate,
    String actorsFile,
    String master,
    double maxRejectRate,
    int minPairArticles,
    long splitBytes,
    int rawMaxChars,
    String runId,
    boolean countAttributions)
    implements Serializable {

  public static final double DEFAULT_MAX_REJECT_RATE = 0.01;
  public static final int DEFAULT_MIN_PAIR_ARTICLES = 1;

  /**
   * Uncompressed JSONL files are read in byte ranges of this size, so one big file still spreads
   * over cores.
   */
  public static final long DEFAULT_SPLIT_BYTES = 64L << 20;

  /**
   * Rejected raw records are kept up to this many characters; the manifest tells when a record was
   * cut.
   */
  public static final int DEFAULT_RAW_MAX_CHARS = 4096;

  public static final String DEFAULT_WAREHOUSE = "warehouse";

  public JobConfig {
    inputs = List.copyOf(Objects.requireNonNull(inputs, "inputs"));
    Objects.requireNonNull(warehouse, "warehouse");
    Objects.requireNonNull(runDate, "runDate");
    Objects.requireNonNull(runId, "runId");
    if (maxRejectRate < 0 || maxRejectRate > 1) {
      throw new IllegalArgumentException(
          "max-reject-rate must be within 0..1, got " + maxRejectRate);
    }
    if (minPairArticles < 1) {
      throw new IllegalArgumentException(
          "min-pair-articles must be at least 1, got " + minPairArticles);
    }
    if (splitBytes < 1 << 20) {
      throw new IllegalArgumentException("split-bytes must be at least 1 MiB, got " + splitBytes);
    }
  }

  /**
   * A run that leaves news organisations cited as sources out of the daily tables (the default).
   */
  public JobConfig(
      List<String> inputs,
      String warehouse,
      LocalDate runDate,
      String actorsFile,
      String master,
      double maxRejectRate,
      int minPairArticles,
      long splitBytes,
      int rawMaxChars,
      String runId) {
    this(
        inputs,
        warehouse,
        runDate,
        actorsFile,
        master,
        maxRejectRate,
        minPairArticles,
        splitBytes,
        rawMaxChars,
        runId,
        false);
  }

  /** True when no master was given: the job starts Spark inside this JVM. */
  public boolean embedded() {
    return master == null || master.isBlank();
  }
}
