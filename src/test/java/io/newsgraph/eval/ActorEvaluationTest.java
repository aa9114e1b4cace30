package io.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.actors.ActorDictionary;
import io.newsgraph.eval.TagMapping.Kind;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActorEvaluationTest {

  private static Path fixture() throws URISyntaxException {
    return Path.of(ActorEvaluationTest.class.getResource("tiny-tagged.jsonl").toURI());
  }

  private static ActorDictionary reutersDictionary() {
    return ActorDictionary.load(
        io.newsgraph.testing.TestPaths.repoRoot().resolve("examples/reuters-1987-actors.csv"));
  }

  @Test
  void defaultMappingResolvesInTheDefaultDictionary() {
    TagMapping m = TagMapping.loadDefault();
    // the mapping's 1987 people and commodity bodies are in the corpus's example --actors file, not
    // in the
    // general default dictionary
    assertEquals(List.of(), m.missingIn(reutersDictionary()));
    assertEquals(List.of("USA"), m.actorIds(Kind.PLACES, "usa"));
    assertEquals(List.of("FRG", "DEU"), m.actorIds(Kind.PLACES, "west-germany"));
    assertEquals(List.of("paul-volcker"), m.actorIds(Kind.PEOPLE, "volcker"));
    assertTrue(m.isListed(Kind.PEOPLE, "young"));
    assertTrue(!m.isMapped(Kind.PEOPLE, "young"));
    assertTrue(!m.isListed(Kind.PLACES, "atlantis"));
  }

  @Test
  void badMappingRowsAreErrors() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            TagMapping.parse(
                new StringReader("tag_kind,tag,actor_id\nplanets,mars,MARS\n"), "x.csv"));
    assertThrows(
        IllegalArgumentException.class,
        () -> TagMapping.parse(new StringReader("kind,tag\n"), "x.csv"));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            TagMapping.parse(
                new StringReader("tag_kind,tag,actor_id\norgs,a,b\norgs,a,c\n"), "x.csv"));
  }

  @Test
  void figuresOnATinyFixture() throws Exception {
    // Paul Volcker (1987) is in the Reuters example file
    ActorEvaluation.Result r =
        new ActorEvaluation(reutersDictionary(), TagMapping.loadDefault()).rounds(1).run(fixture());
    assertEquals(3, r.articles());
    assertEquals(1, r.emptyArticles()); // t-4 has neither title nor text
    // places: france, japan (named), west-germany (through the Bundesbank), usa (through the
    // Federal Reserve and
    // Chicago: "U.S. dollar" names the currency), austria (Vienna), saudi-arabia; atlantis is not
    // listed
    assertEquals(7, r.places().tags());
    assertEquals(6, r.places().mapped());
    assertEquals(6, r.places().found());
    assertEquals(4, r.places().named()); // FRA, JPN, AUT (Vienna), SAU
    assertEquals(List.of(new ActorEvaluation.TagCount("atlantis", 1)), r.places().unmapped());
    assertEquals(1, r.people().mapped());
    assertEquals(1, r.people().found());
    assertEquals(1, r.people().unmappedCount());
    // imf is mapped but not mentioned
    assertEquals(2, r.orgs().mapped());
    assertEquals(1, r.orgs().found());
    assertEquals(List.of(new ActorEvaluation.TagCount("imf", 1)), r.orgs().missed());
    assertEquals(List.of(new ActorEvaluation.Miss("t-3", "orgs", "imf")), r.misses());
    // top country: t-1 France (3 mentions: FRANCE, French, Paris) and t-3 Saudi Arabia / Austria
    // tie broken by
    // first mention (Vienna) -> both tagged; t-2 names no country (the U.S. dollar is a currency)
    assertEquals(2, r.topCountryArticles());
    assertEquals(2, r.topCountryHits());
    assertTrue(r.matchMbPerSec() > 0);

    StringWriter report = new StringWriter();
    ActorEvaluation.printReport(r, new PrintWriter(report));
    assertTrue(report.toString().contains("missed orgs tags (top 1): imf 1"), report.toString());
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    ActorEvaluation.writeJson(r, json);
    assertTrue(json.toString(StandardCharsets.UTF_8).contains("\"named_recall\""));
  }
}
