package io.newsgraph.cli;

import io.newsgraph.config.ConfigResolver;
import java.util.List;
import picocli.CommandLine.Option;

/** The options every job command shares; they resolve through {@link ConfigResolver}. */
final class JobOptions {

  @Option(names = "--warehouse", paramLabel = "DIR", description = "Output warehouse root (default: ./warehouse).")
  String warehouse;

  @Option(names = "--actors", paramLabel = "FILE",
      description = "CSV of actors that adds to or overrides the built-in dictionary (same actor_id replaces).")
  String actors;

  @Option(names = "--master", paramLabel = "URL", description = "Spark master, e.g. local[2] or spark://host:7077.")
  String master;

  @Option(names = "--min-pair-articles", paramLabel = "N",
      description = "Keep co-mention pairs named together in at least N articles of a day (default: 1).")
  Integer minPairArticles;

  @Option(names = "--count-attributions",
      description = "Count news organisations cited as sources ('told Reuters', mention kind attribution) in "
          + "comentions_daily, dyad_daily and actor_daily too (default: only in mentions).")
  Boolean countAttributions;

  @Option(names = "--config", paramLabel = "FILE",
      description = "Properties file with any of the long options as keys; flags win over it.")
  String configFile;

  ConfigResolver.Flags flags(List<String> inputs, String date, Double maxRejectRate, Long splitBytes,
      boolean inputRequired) {
    return new ConfigResolver.Flags(inputs, warehouse, date, actors, master, maxRejectRate, minPairArticles,
        splitBytes, configFile, inputRequired, countAttributions);
  }
}
