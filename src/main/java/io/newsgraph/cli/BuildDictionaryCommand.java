package io.newsgraph.cli;

import io.newsgraph.actors.ActorDictionary;
import io.newsgraph.actors.phoenix.DictionaryBuilder;
import java.io.Writer;
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
    name = "build-dictionary",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Generate the default actor dictionary from curated rows and Phoenix.",
    description = {
      "Generate the default actor dictionary: the hand-curated rows merged with the office holders (with their",
      "dated roles), armed groups, NGOs and companies of the Phoenix / CountryInfo dictionaries (MIT).",
      "The same files give the same output, byte for byte."
    })
final class BuildDictionaryCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--phoenix",
      required = true,
      paramLabel = "DIR",
      description =
          "Folder with Phoenix.Countries.actors.txt, Phoenix.International.actors.txt and "
              + "Phoenix.MilNonState.actors.txt.")
  Path phoenix;

  @Option(
      names = "--curated",
      required = true,
      paramLabel = "FILE",
      description = "The hand-curated dictionary CSV (src/main/dictionary/curated-actors.csv).")
  Path curated;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description = "Dictionary CSV to write.")
  Path out;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(phoenix)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--phoenix: no such folder: " + phoenix);
    }
    for (String f :
        List.of(
            DictionaryBuilder.COUNTRIES,
            DictionaryBuilder.INTERNATIONAL,
            DictionaryBuilder.NON_STATE)) {
      if (!Files.isRegularFile(phoenix.resolve(f))) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--phoenix: " + f + " not found in " + phoenix);
      }
    }
    if (!Files.isRegularFile(curated)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--curated: no such file: " + curated);
    }
    ActorDictionary cur;
    try (var r = Files.newBufferedReader(curated, StandardCharsets.UTF_8)) {
      cur = ActorDictionary.parse(r, curated.getFileName().toString());
    }
    DictionaryBuilder.Result result = new DictionaryBuilder(cur).build(phoenix);
    List<String> comments =
        List.of(
            "newsgraph default actor dictionary, GENERATED: do not edit. Loaded by ActorDictionary.loadDefault().",
            "Regenerate: jobs/newsgraph build-dictionary --phoenix ../shared/dictionaries/phoenix \\",
            "    --curated src/main/dictionary/curated-actors.csv --out src/main/resources/io/newsgraph/actors/default-actors.csv",
            "Rows: the hand-curated actors (src/main/dictionary/curated-actors.csv), then actors derived from the",
            "Phoenix / CountryInfo dictionaries of the Open Event Data Alliance and the Computational Event Data System",
            "project (MIT licence: PHOENIX-LICENSE.txt beside this file). Columns as in curated-actors.csv, plus roles:",
            "'|'-separated COUNTRY:ROLE:START:END (CAMEO code split into country and role, ISO dates, empty = not given).",
            "Users override or add rows with --actors FILE (same actor_id replaces the default row).");
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      ActorDictionary.write(result.actors(), comments, w);
    }
    DictionaryBuilder.Stats s = result.stats();
    spec.commandLine()
        .getOut()
        .printf(
            "wrote %s: %d actors (%d curated; from %d Phoenix entries: %d people, %d organisations, %d groups);"
                + " %d Phoenix actors were curated ones (%d roles added to them); %d forms dropped (shared or"
                + " curated), %d entries without a usable form, %d unreadable dates%n",
            out,
            result.actors().size(),
            s.curated(),
            s.phoenixEntries(),
            s.people(),
            s.organizations(),
            s.groups(),
            s.mergedIntoCurated(),
            s.rolesAddedToCurated(),
            s.formsDropped(),
            s.entriesWithoutForms(),
            s.badDates());
    return NewsgraphCli.EXIT_OK;
  }
}
