package io.newsgraph.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.text.IntList;
import io.newsgraph.text.SentenceSplitter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Runs the matcher on the real seed article; skipped when ../shared is not there. */
class SeedArticleTest {

  static final Path SEED =
      Path.of("").toAbsolutePath().resolve("../shared/corpora/seed.jsonl").normalize();

  @Test
  void seedArticle() throws Exception {
    io.newsgraph.testing.Required.assume(Files.isRegularFile(SEED), "no " + SEED);
    String line = Files.readAllLines(SEED, StandardCharsets.UTF_8).get(0);
    String doc = JsonFields.document(line);
    IntList sentences = new IntList();
    int ns = SentenceSplitter.INSTANCE.split(doc, sentences);
    ActorMatcher matcher = new ActorMatcher(ActorMatcherTest.testDictionary());
    List<Mention> mentions = matcher.match(doc, sentences);
    StringBuilder dump = new StringBuilder();
    Set<String> ids = new LinkedHashSet<>();
    for (Mention m : mentions) {
      ids.add(m.actorId());
      dump.append(m.sentenceIdx())
          .append(' ')
          .append(m.actorId())
          .append(' ')
          .append(m.kind().value())
          .append(" '")
          .append(doc, m.charStart(), m.charEnd())
          .append("'\n");
    }
    System.out.println(ns + " sentences\n" + dump);
    for (String id :
        List.of(
            "IRN",
            "hezbollah",
            "ISR",
            "LBN",
            "hamas",
            "USA",
            "gaza",
            "YEM",
            "IRQ",
            "SYR",
            "ali-khamenei",
            "kamal-kharrazi",
            "antony-blinken",
            "mark-esper",
            "houthis",
            "un-security-council",
            "financial-times",
            "washington-examiner")) {
      assertTrue(ids.contains(id), id + " not found in\n" + dump);
    }
    assertTrue(has(mentions, doc, "IRN", MatchKind.DEMONYM, "Iranian"), dump.toString());
    assertTrue(has(mentions, doc, "IRN", MatchKind.METONYM, "Tehran"), dump.toString());
    assertTrue(has(mentions, doc, "kamal-kharrazi", MatchKind.COREF, "Kharrazi"), dump.toString());
    assertTrue(has(mentions, doc, "hezbollah", MatchKind.ALIAS, "Hezbollah"), dump.toString());
    // the title is sentence 0 and names Hezbollah and (by demonym) Iran
    assertEquals(0, mentions.get(0).sentenceIdx());
    assertEquals("IRN", mentions.get(0).actorId());
    // "Washington Examiner" is one organisation, not the weak metonym of the United States
    assertTrue(
        mentions.stream()
            .noneMatch(m -> m.kind() == MatchKind.METONYM && m.actorId().equals("USA")),
        dump.toString());
  }

  static boolean has(List<Mention> ms, String doc, String id, MatchKind kind, String surface) {
    return ms.stream()
        .anyMatch(
            m ->
                m.actorId().equals(id)
                    && m.kind() == kind
                    && doc.substring(m.charStart(), m.charEnd()).equals(surface));
  }
}
