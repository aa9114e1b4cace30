package io.newsgraph.cli;

import io.newsgraph.config.ConfigResolver;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options of the commands that run the job (run, backfill); they resolve through {@link
 * ConfigResolver}.
 */
final class JobOptions {

  @Mixin WarehouseOptions where;

  @Option(
      names = "--actors",
      paramLabel = "FILE",
      description =
          "CSV of actors added to the built-in dictionary; a row with an existing actor_id replaces it.")
  String actors;

  @Option(
      names = "--master",
      paramLabel = "URL",
      description =
          "Spark master when not under spark-submit, e.g. local[2] or spark://host:7077 "
              + "(default: Spark embedded in this JVM, local[*]).")
  String master;

  @Option(
      names = "--min-pair-articles",
      paramLabel = "N",
      description =
          "Keep co-mention pairs named together in at least N articles of a day (default: 1).")
  Integer minPairArticles;

  @Option(
      names = "--count-attributions",
      description =
          "Count news organisations cited as sources ('told Reuters', mention kind attribution) in "
              + "comentions_daily, dyad_daily and actor_daily too (default: only in mentions).")
  Boolean countAttributions;

  ConfigResolver.Flags flags(
      List<String> inputs,
      String date,
      Double maxRejectRate,
      Long splitBytes,
      boolean inputRequired) {
    return new ConfigResolver.Flags(
        inputs,
        where.warehouse,
        date,
        actors,
        master,
        maxRejectRate,
        minPairArticles,
        splitBytes,
        where.configFile,
        inputRequired,
        countAttributions);
  }
}
