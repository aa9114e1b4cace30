package io.newsgraph.cli;

import io.newsgraph.config.ConfigResolver;
import io.newsgraph.config.JobConfig;
import io.newsgraph.pipeline.DiscoveredActors;
import io.newsgraph.pipeline.SparkSessions;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "actors",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "List the most frequent discovered actors of a warehouse.",
    description = {
      "Prints the most frequent discovered actors of a warehouse (names not in the dictionary), so that they",
      "can be promoted into an --actors file. With --csv the rows are in the dictionary's format, ready to edit.",
      "Runs Spark embedded in this JVM."
    })
final class ActorsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--top",
      paramLabel = "N",
      defaultValue = "50",
      description = "How many (default: 50).")
  int top;

  @Option(names = "--csv", description = "Print dictionary CSV rows instead of a table.")
  boolean csv;

  @Mixin WarehouseOptions where;

  @Override
  public Integer call() {
    JobConfig config =
        ConfigResolver.resolve(
            new ConfigResolver.Flags(
                List.of(),
                where.warehouse,
                null,
                null,
                null,
                null,
                null,
                null,
                where.configFile,
                false));
    SparkSession spark = SparkSessions.create(config);
    try {
      List<DiscoveredActors.Entry> rows = DiscoveredActors.top(spark, config.warehouse(), top);
      PrintWriter out = spec.commandLine().getOut();
      if (csv) {
        out.println("actor_id,name,type,country,wikidata,aliases,demonyms,metonyms");
        for (DiscoveredActors.Entry e : rows) {
          out.println(DiscoveredActors.csvRow(e));
        }
      } else {
        out.printf("%-40s %-13s %9s %9s%n", "discovered actor", "type", "articles", "mentions");
        for (DiscoveredActors.Entry e : rows) {
          out.printf("%-40s %-13s %9d %9d%n", e.name(), e.type(), e.articles(), e.mentions());
        }
      }
      out.flush();
      return NewsgraphCli.EXIT_OK;
    } finally {
      if (config.embedded()) {
        spark.stop();
      }
    }
  }
}
