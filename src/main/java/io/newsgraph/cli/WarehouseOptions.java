package io.newsgraph.cli;

import picocli.CommandLine.Option;

/** The options of every command that reads or writes a warehouse. */
final class WarehouseOptions {

  @Option(
      names = "--warehouse",
      paramLabel = "DIR",
      description = "Warehouse root folder (default: ./warehouse).")
  String warehouse;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description =
          "Java properties file with any of the long option names as keys; flags win over it.")
  String configFile;
}
