package io.newsgraph.cli;

import io.newsgraph.actors.ActorDictionary;
import io.newsgraph.actors.ActorMatcher;
import io.newsgraph.annotate.ArticleAnnotator;
import io.newsgraph.eval.ActorEvaluation;
import io.newsgraph.eval.ConllEvaluation;
import io.newsgraph.eval.TagMapping;
import io.newsgraph.ner.ConllCorpus;
import io.newsgraph.ner.NerModel;
import io.newsgraph.sentiment.VaderScorer;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Score the actor annotator against a tagged corpus, without Spark.",
    description = {
      "Measure the actor annotator. With --input, against an indexed corpus (Reuters-21578 JSONL with a 'tags'",
      "object): recall of the indexers' PLACES (countries), PEOPLE and ORGS tags, whether the most-mentioned",
      "country is tagged, the most frequent discovered actors, and throughput. With --conll, against CoNLL-format",
      "named-entity data: precision, recall and F1 by type (exact span; person PER, organization and group ORG,",
      "country and place LOC; demonyms not counted), of the annotator and of the name tagger alone, and the",
      "annotator's MB/s per CPU second. Runs without Spark."
    })
final class EvaluateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @CommandLine.ArgGroup(exclusive = true, multiplicity = "1")
  Corpus corpus;

  static final class Corpus {
    @Option(
        names = "--input",
        required = true,
        paramLabel = "FILE",
        description = "JSONL corpus with id, title, text and tags {places, people, orgs}.")
    Path input;

    @Option(
        names = "--conll",
        required = true,
        paramLabel = "FILE",
        description = "CoNLL-format named-entity file (token ... tag per line; IOB1 or IOB2).")
    Path conll;
  }

  @Option(
      names = "--actors",
      paramLabel = "FILE",
      description =
          "CSV of actors that adds to or overrides the built-in dictionary (same actor_id replaces).")
  Path actors;

  @Option(
      names = "--tags",
      paramLabel = "FILE",
      description =
          "Tag mapping CSV tag_kind,tag,actor_id (default: the built-in Reuters-21578 mapping).")
  Path tags;

  @Option(
      names = "--json",
      paramLabel = "OUT",
      description = "Also write the figures as JSON to this file.")
  Path json;

  @Option(
      names = "--misses",
      paramLabel = "OUT",
      description = "Write every mapped tag that was not found as TSV: article_id, kind, tag.")
  Path misses;

  @Option(
      names = "--rounds",
      paramLabel = "N",
      defaultValue = "3",
      description =
          "Throughput rounds (best is reported; 0 skips the benchmark). Default: ${DEFAULT-VALUE}.")
  int rounds;

  @Override
  public Integer call() throws Exception {
    if (corpus.conll != null) {
      return conll(corpus.conll);
    }
    Path input = corpus.input;
    if (!Files.isRegularFile(input)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--input: no such file: " + input);
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
      try (PrintWriter w =
          new PrintWriter(Files.newBufferedWriter(misses, StandardCharsets.UTF_8))) {
        w.println("article_id\tkind\ttag");
        for (ActorEvaluation.Miss m : r.misses()) {
          w.println(m.articleId() + "\t" + m.kind() + "\t" + m.tag());
        }
      }
    }
    return NewsgraphCli.EXIT_OK;
  }

  private int conll(Path file) throws Exception {
    if (!Files.isRegularFile(file)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--conll: no such file: " + file);
    }
    if (rounds < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--rounds must be >= 0");
    }
    ActorDictionary dict = ActorDictionary.load(actors);
    NerModel model = NerModel.loadDefault();
    ArticleAnnotator annotator =
        new ArticleAnnotator(new ActorMatcher(dict), model, VaderScorer.loadDefault());
    List<ConllCorpus.Doc> docs = ConllCorpus.read(file);
    ConllEvaluation.Result r = new ConllEvaluation(annotator, dict, model).run(docs, rounds);
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        "%s: %d documents, %.2f MB of text%nmodel: %s%n%nannotator (tagger + dictionary):%n%s%n"
            + "name tagger alone:%n%s%n",
        file,
        docs.size(),
        r.chars() / 1e6,
        model.description(),
        r.annotator().report(),
        r.tagger().report());
    out.printf(
        java.util.Locale.ROOT,
        "annotator throughput, 1 thread, best of %d: %.1f MB/s per CPU second%n",
        rounds,
        r.annotatorMbPerSec());
    return NewsgraphCli.EXIT_OK;
  }
}
