package io.newsgraph.cli;

import io.newsgraph.config.ConfigResolver;
import io.newsgraph.config.JobConfig;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Ingest articles and update every table for the dates they touch.",
    description = {
      "Ingests news articles, annotates actors and sentiment, and writes all tables for the dates touched.",
      "Files a successful earlier run read (same path, size and checksum) are skipped.",
      "Without --master, Spark runs embedded in this JVM (local[*]). Under spark-submit the master and all",
      "Spark settings come from spark-submit."
    })
final class RunCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--input",
      split = ",",
      arity = "1..*",
      paramLabel = "PATH",
      description =
          "Input files or folders, any Hadoop path (file:, hdfs://, s3a://, globs): .jsonl, .ndjson, "
              + ".json, .txt, optionally .gz/.bz2/.zst. Several after one --input (a shell glob works unquoted), "
              + "repeated, or comma-separated. Folders are walked for supported inputs; other files are skipped "
              + "and listed in the manifest with the reason.")
  List<String> inputs;

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description =
          "Run date: undated articles take it (date_inferred=true); rejects are filed under it. "
              + "Default: today (UTC).")
  String date;

  @Option(
      names = "--max-reject-rate",
      paramLabel = "RATE",
      description = "Exit with code 3 when rejects / records exceed this share (default: 0.01).")
  Double maxRejectRate;

  @Option(
      names = "--split-bytes",
      paramLabel = "BYTES",
      hidden = true,
      description = "Read uncompressed JSONL in ranges of this many bytes (default: 64 MiB).")
  Long splitBytes;

  @Mixin JobOptions job;

  @Override
  public Integer call() throws Exception {
    JobConfig config =
        ConfigResolver.resolve(job.flags(inputs, date, maxRejectRate, splitBytes, true));
    return JobLauncher.launch(spec.commandLine(), "run", config, j -> j.run());
  }
}
