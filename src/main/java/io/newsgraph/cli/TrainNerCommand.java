package io.newsgraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsgraph.actors.ActorDictionary;
import io.newsgraph.annotate.Document;
import io.newsgraph.ner.ConllCorpus;
import io.newsgraph.ner.PerceptronTrainer;
import io.newsgraph.ner.TaggerGazetteer;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "train-ner",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Train the name tagger on CoNLL-format data.",
    description = {
      "Train the name tagger (an averaged perceptron over word, shape, affix, context, document and gazetteer",
      "features) on CoNLL-format data and write the model file. Prints the development F1 (PER, ORG, LOC; exact",
      "span) after each epoch and keeps the best epoch. Deterministic for a seed. Runs without Spark."
    })
final class TrainNerCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--train",
      required = true,
      paramLabel = "FILE",
      description = "CoNLL-format training data.")
  Path train;

  @Option(
      names = "--dev",
      required = true,
      paramLabel = "FILE",
      description = "CoNLL-format development data: chooses the epoch.")
  Path dev;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "MODEL",
      description = "Model file to write (gzip'd).")
  Path out;

  @Option(
      names = "--actors",
      paramLabel = "FILE",
      description = "Actors CSV added to the built-in dictionary for the gazetteer feature.")
  Path actors;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "1",
      description = "Seed of the document order in each epoch. Default: ${DEFAULT-VALUE}.")
  long seed;

  @Option(
      names = "--epochs",
      paramLabel = "N",
      defaultValue = "12",
      description = "Training epochs; the best on --dev is kept. Default: ${DEFAULT-VALUE}.")
  int epochs;

  @Option(
      names = "--prune",
      paramLabel = "W",
      defaultValue = "0.05",
      description =
          "Leave out features whose largest averaged weight is below W. Default: ${DEFAULT-VALUE}.")
  float prune;

  @Option(
      names = "--unlabelled",
      paramLabel = "FILE",
      arity = "1..*",
      description = {
        "News without labels (JSONL with title and text, one article a line) for the case lexicon:",
        "how each word is written in ordinary sentences. The training text is always counted."
      })
  List<Path> unlabelled = new ArrayList<>();

  @Option(
      names = "--title-case",
      paramLabel = "SHARE",
      defaultValue = "0.3",
      description = {
        "Share of sentences also trained on in headline title case (each training document is seen",
        "twice). 0 turns it off. Default: ${DEFAULT-VALUE}."
      })
  double titleCase;

  @Option(
      names = "--clusters",
      paramLabel = "N",
      defaultValue = "512",
      description = {
        "Word classes learnt from the unlabelled and training text (N fine, N/8 coarse), words",
        "grouped by the words around them. 0 turns them off. Default: ${DEFAULT-VALUE}."
      })
  int clusters;

  @Override
  public Integer call() throws Exception {
    List<Path> inputs = new ArrayList<>(List.of(train, dev));
    inputs.addAll(unlabelled);
    for (Path p : inputs) {
      if (!Files.isRegularFile(p)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "no such file: " + p);
      }
    }
    if (epochs < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--epochs must be >= 1");
    }
    PrintWriter log = spec.commandLine().getOut();
    List<ConllCorpus.Doc> trainDocs = ConllCorpus.read(train);
    List<ConllCorpus.Doc> devDocs = ConllCorpus.read(dev);
    if (titleCase < 0 || titleCase > 1) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--title-case must be between 0 and 1");
    }
    TaggerGazetteer gazetteer = TaggerGazetteer.of(ActorDictionary.load(actors));
    List<String> texts = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (Path p : unlabelled) {
      for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          JsonNode n = json.readTree(line);
          texts.add(Document.of(n.path("title").asText(null), n.path("text").asText(null)));
        }
      }
    }
    StringBuilder provenance =
        new StringBuilder("trained on ")
            .append(train.getFileName())
            .append(" (")
            .append(trainDocs.size())
            .append(" documents), dev ")
            .append(dev.getFileName());
    if (actors != null) {
      provenance.append(", gazetteer + ").append(actors.getFileName());
    }
    if (!unlabelled.isEmpty()) {
      provenance
          .append(clusters > 0 ? ", case lexicon and word classes from " : ", case lexicon from ")
          .append(unlabelled.size())
          .append(" unlabelled files (")
          .append(texts.size())
          .append(" articles)");
    }
    PerceptronTrainer.Result r =
        new PerceptronTrainer(gazetteer, seed, epochs, prune, titleCase, clusters, log)
            .train(trainDocs, devDocs, texts, provenance.toString());
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (OutputStream os = Files.newOutputStream(out)) {
      r.model().write(os);
    }
    log.printf("kept epoch %d: %s%n%s", r.bestEpoch(), r.model().description(), r.dev().report());
    log.printf(
        "wrote %s (%d features, %d bytes)%n", out, r.model().featureCount(), Files.size(out));
    return NewsgraphCli.EXIT_OK;
  }
}
