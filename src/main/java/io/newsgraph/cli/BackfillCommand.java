package io.newsgraph.cli;

import io.newsgraph.config.ConfigException;
import io.newsgraph.config.ConfigResolver;
import io.newsgraph.config.JobConfig;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "backfill",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Recompute dates from the warehouse alone, reading no input.",
    description = {
      "Re-annotates the articles of the dates given (so a new --actors file or a new version takes effect),",
      "rewrites their mentions and article_tone, and rebuilds their daily tables and those of the 28 days after",
      "(their rolling values include the dates given). Give --date D for one day, or --from D1 --to D2."
    })
final class BackfillCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "One day to recompute.")
  String date;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day to recompute.")
  String from;

  @Option(
      names = "--to",
      paramLabel = "YYYY-MM-DD",
      description = "Last day to recompute (inclusive).")
  String to;

  @Mixin JobOptions job;

  @Override
  public Integer call() throws Exception {
    if ((date == null) == (from == null || to == null)
        || (date != null && (from != null || to != null))) {
      throw new ConfigException("backfill needs --date D, or --from D1 and --to D2");
    }
    LocalDate first =
        date != null ? ConfigResolver.parseDate(date) : ConfigResolver.parseDate(from);
    LocalDate last = date != null ? first : ConfigResolver.parseDate(to);
    JobConfig config =
        ConfigResolver.resolve(job.flags(List.of(), date != null ? date : to, null, null, false));
    return JobLauncher.launch(spec.commandLine(), "backfill", config, j -> j.backfill(first, last));
  }
}
