package io.newsgraph.cli;

import io.newsgraph.actors.ActorDictionary;
import io.newsgraph.eval.ActorEvaluation;
import io.newsgraph.eval.TagMapping;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "evaluate", mixinStandardHelpOptions = true, sortOptions = false,
    header = "Score the actor annotator against a tagged corpus, without Spark.",
    description = {
        "Measure the actor annotator against an indexed corpus (Reuters-21578 JSONL with a 'tags' object):",
        "recall of the indexers' PLACES (countries), PEOPLE and ORGS tags, whether the most-mentioned country is",
        "tagged, the most frequent discovered actors, and matcher throughput. Runs without Spark."})
final class EvaluateCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--input", required = true, paramLabel = "FILE",
      description = "JSONL corpus with id, title, text and tags {places, people, orgs}.")
  Path input;

  @Option(names = "--actors", paramLabel = "FILE",
      description = "CSV of actors that adds to or overrides the built-in dictionary (same actor_id replaces).")
  Path actors;

  @Option(names = "--tags", paramLabel = "FILE",
      description = "Tag mapping CSV tag_kind,tag,actor_id (default: the built-in Reuters-21578 mapping).")
  Path tags;

  @Option(names = "--json", paramLabel = "OUT", description = "Also write the figures as JSON to this file.")
  Path json;

  @Option(names = "--misses", paramLabel = "OUT",
      description = "Write every mapped tag that was not found as TSV: article_id, kind, tag.")
  Path misses;

  @Option(names = "--rounds", paramLabel = "N", defaultValue = "3",
      description = "Throughput rounds (best is reported; 0 skips the benchmark). Default: ${DEFAULT-VALUE}.")
  int rounds;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(input)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--input: no such file: " + input);
    }
    if (rounds < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--rounds must be >= 0");
    }
    ActorDictionary dict = ActorDictionary.load(actors);
    TagMapping mapping;
    if (tags == null) {
      mapping = TagMapping.loadDefault();
    } else {
      try (var r = Files.newBufferedReader(tags, StandardCharsets.UTF_8)) {
        mapping = TagMapping.parse(r, tags.toString());
      }
    }
    ActorEvaluation.Result r = new ActorEvaluation(dict, mapping).rounds(rounds).run(input);
    PrintWriter out = spec.commandLine().getOut();
    ActorEvaluation.printReport(r, out);
    if (json != null) {
      try (OutputStream os = Files.newOutputStream(json)) {
        ActorEvaluation.writeJson(r, os);
      }
    }
    if (misses != null) {
      try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(misses, StandardCharsets.UTF_8))) {
        w.println("article_id\tkind\ttag");
        for (ActorEvaluation.Miss m : r.misses()) {
          w.println(m.articleId() + "\t" + m.kind() + "\t" + m.tag());
        }
      }
    }
    return NewsgraphCli.EXIT_OK;
  }
}
