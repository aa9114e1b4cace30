package io.newsgraph.cli;

import io.newsgraph.config.ConfigResolver;
import io.newsgraph.config.JobConfig;
import io.newsgraph.pipeline.NewsgraphJob;
import io.newsgraph.pipeline.RunManifest;
import io.newsgraph.pipeline.SparkSessions;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Ingest news articles, annotate actors and sentiment, and write all tables for the dates touched.",
        "Without --master, Spark runs embedded in this JVM (local[*]). Under spark-submit the master and all Spark",
        "settings come from spark-submit."})
final class RunCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--input", split = ",", paramLabel = "PATH",
      description = "Input files or folders (walked recursively), any Hadoop path: .jsonl/.ndjson/.json, .txt, "
          + "optionally .gz/.bz2/.zst. Repeat or comma-separate.")
  List<String> inputs;

  @Option(names = "--warehouse", paramLabel = "DIR", description = "Output warehouse root (default: ./warehouse).")
  String warehouse;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "Run date: undated articles take it (date_inferred=true); rejects are filed under it. "
          + "Default: today (UTC).")
  String date;

  @Option(names = "--actors", paramLabel = "FILE",
      description = "CSV of actors that adds to or overrides the built-in dictionary (same actor_id replaces).")
  String actors;

  @Option(names = "--master", paramLabel = "URL", description = "Spark master, e.g. local[2] or spark://host:7077.")
  String master;

  @Option(names = "--max-reject-rate", paramLabel = "RATE",
      description = "Exit with code 3 when rejects / records exceed this share (default: 0.01).")
  Double maxRejectRate;

  @Option(names = "--min-pair-articles", paramLabel = "N",
      description = "Keep co-mention pairs named together in at least N articles of a day (default: 1).")
  Integer minPairArticles;

  @Option(names = "--split-bytes", paramLabel = "BYTES", hidden = true,
      description = "Read uncompressed JSONL in ranges of this many bytes (default: 64 MiB).")
  Long splitBytes;

  @Option(names = "--config", paramLabel = "FILE",
      description = "Properties file with any of the long options above as keys; flags win over it.")
  String configFile;

  @Override
  public Integer call() throws Exception {
    JobConfig config = ConfigResolver.resolve(new ConfigResolver.Flags(inputs, warehouse, date, actors, master,
        maxRejectRate, minPairArticles, splitBytes, configFile));
    long t0 = System.nanoTime();
    SparkSession spark = SparkSessions.create(config);
    RunManifest m;
    try {
      m = new NewsgraphJob(spark, config).run();
    } finally {
      if (config.embedded()) {
        spark.stop();
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    new RunSummary(m, (System.nanoTime() - t0) / 1_000_000).print(out);
    out.flush();
    RunManifest.Counts c = m.totals();
    double rate = c.recordsIn() == 0 ? 0 : (double) c.rejects() / c.recordsIn();
    if (rate > config.maxRejectRate()) {
      spec.commandLine().getErr().printf("newsgraph: %d of %d records rejected (%.2f%%), over --max-reject-rate %.2f%%%n",
          c.rejects(), c.recordsIn(), 100 * rate, 100 * config.maxRejectRate());
      return NewsgraphCli.EXIT_REJECTS;
    }
    return NewsgraphCli.EXIT_OK;
  }
}
