package io.newsgraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code newsgraph} command. Exit codes a scheduler can act on: 0 done, 1 failure, 2 usage
 * error, 3 the run finished but rejected more input than --max-reject-rate allows, 4 another run
 * holds the warehouse (retry later).
 */
@Command(
    name = "newsgraph",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Actor co-mentions and sentiment trends from news corpora, as Parquet.",
    footer = {
      "",
      "Exit codes: 0 done, 1 failure (retry), 2 usage or setup error (do not retry), 3 done but over",
      "--max-reject-rate, 4 another run holds the warehouse lock (retry later)."
    },
    subcommands = {
      RunCommand.class,
      BackfillCommand.class,
      ActorsCommand.class,
      EvaluateCommand.class,
      TrainNerCommand.class,
      BuildDictionaryCommand.class,
      CommandLine.HelpCommand.class
    })
public final class NewsgraphCli implements Runnable {

  public static final int EXIT_OK = 0;
  public static final int EXIT_FAILURE = 1;
  public static final int EXIT_USAGE = 2;
  public static final int EXIT_REJECTS = 3;
  public static final int EXIT_LOCKED = 4;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  // Read from the arguments in execute(): the error handler needs it before any command object is
  // trusted.
  @CommandLine.Option(
      names = "--verbose",
      scope = CommandLine.ScopeType.INHERIT,
      description = "Print the stack trace with an error.")
  boolean verbose;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "name a command, e.g. 'newsgraph run --help'");
  }

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line and returns the exit code (tests call this instead of main). */
  public static int execute(String... args) {
    CommandLine cl = new CommandLine(new NewsgraphCli());
    // wide enough that each command's one-line summary stands on one line beside the longest
    // command name
    cl.setUsageHelpWidth(100);
    boolean verbose = java.util.Arrays.asList(args).contains("--verbose");
    cl.setExitCodeExceptionMapper(
        e ->
            e instanceof io.newsgraph.config.ConfigException
                    || e instanceof CommandLine.ParameterException
                ? EXIT_USAGE
                : EXIT_FAILURE);
    cl.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          if (e instanceof io.newsgraph.pipeline.WarehouseLockedException) {
            cmd.getErr().println("newsgraph: " + e.getMessage());
            return EXIT_LOCKED;
          }
          if (e instanceof io.newsgraph.config.ConfigException
              || e instanceof io.newsgraph.actors.ActorDictionaryException) {
            // A setup error fails the same way every time: one line naming it, the trace only on
            // request.
            cmd.getErr().println("newsgraph: " + e.getMessage());
            if (verbose) {
              e.printStackTrace(cmd.getErr());
            }
            return EXIT_USAGE;
          }
          cmd.getErr().println("newsgraph: run failed: " + e);
          e.printStackTrace(cmd.getErr());
          return EXIT_FAILURE;
        });
    return cl.execute(args);
  }
}
