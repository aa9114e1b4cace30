package io.newsgraph.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AttributionDetectorTest {

  /** Span of the first occurrence of name in doc. */
  private static boolean cited(String doc, String name) {
    int s = doc.indexOf(name);
    return AttributionDetector.attributed(doc, s, s + name.length());
  }

  @Test
  void reportingVerbsBeforeTheSourceMakeItACitation() {
    assertTrue(cited("The minister told Reuters on Monday that talks would resume.", "Reuters"));
    assertTrue(cited("A spokesman told the Financial Times the deal was off.", "Financial Times"));
    assertTrue(cited("Prices will rise, according to CNN.", "CNN"));
    assertTrue(cited("Prices will rise, According To the BBC.", "BBC"));
    assertTrue(cited("In an interview with Al Jazeera, the envoy said no.", "Al Jazeera"));
    assertTrue(cited("Documents seen by Reuters show the plan.", "Reuters"));
    assertTrue(cited("He was speaking to the Associated Press in Kyiv.", "Associated Press"));
    assertTrue(cited("The senator,\ntold\nReuters she would vote no.", "Reuters"));
    assertTrue(cited("The forecast of economists polled by Reuters is 2%.", "Reuters"));
    assertTrue(cited("In response to questions from the BBC, the ministry said no.", "BBC"));
    assertTrue(cited("Output fell, according to a Reuters tally of ministry data.", "Reuters"));
  }

  @Test
  void reportingVerbsAfterTheSourceMakeItACitation() {
    assertTrue(
        cited(
            "The Financial Times reported that the bank would sell the unit.", "Financial Times"));
    assertTrue(cited("Reuters, citing two sources, said the talks had stalled.", "Reuters"));
    assertTrue(cited("CNN first reported the strike.", "CNN"));
    assertTrue(cited("The Washington Post has learned that the memo exists.", "Washington Post"));
    assertTrue(cited("Bloomberg said the fund lost money.", "Bloomberg"));
    assertTrue(cited("A Reuters poll of 40 economists expects a cut.", "Reuters"));
  }

  @Test
  void headlineCreditsAndDatelinesAreCitations() {
    assertTrue(
        cited("Storm hits the coast - The Washington Post\n\nThe storm...", "Washington Post"));
    assertTrue(cited("Storm hits the coast - Washington Post", "Washington Post"));
    assertTrue(cited("Storm hits the coast | BBC News  \nText", "BBC News"));
    assertTrue(cited("Storm hits the coast \u2014 Reuters", "Reuters"));
    assertTrue(cited("LONDON (Reuters) - Oil prices fell on Monday.", "Reuters"));
  }

  @Test
  void otherMentionsOfNewsOrganisationsStayActors() {
    assertFalse(cited("Reuters cut 500 jobs in its news division.", "Reuters"));
    assertFalse(cited("A CNN reporter was hurt in the blast.", "CNN"));
    assertFalse(cited("A Reuters photographer won the prize.", "Reuters"));
    assertFalse(cited("The BBC's director resigned after the report.", "BBC"));
    assertFalse(
        cited("Protesters marched to the offices of the Financial Times.", "Financial Times"));
    assertFalse(cited("The government told. Reuters staff left the building.", "Reuters"));
    // a dash inside a sentence is not a headline credit unless the name ends the line
    assertFalse(cited("Three outlets - Reuters among them - were barred.", "Reuters"));
    // "told" in an earlier clause is not this mention's verb
    assertFalse(cited("He told them, Reuters staff included, to leave.", "Reuters"));
  }

  @Test
  void onlyNewsOrganisationsBecomeAttributions() {
    String doc = "Iran's foreign minister told Reuters that Hezbollah reported no losses.";
    int r = doc.indexOf("Reuters");
    int h = doc.indexOf("Hezbollah");
    List<Mention> in =
        List.of(
            new Mention("IRN", 0, 4, 0, MatchKind.ALIAS),
            new Mention("reuters", r, r + 7, 0, MatchKind.ALIAS),
            new Mention("hezbollah", h, h + 9, 0, MatchKind.ALIAS));
    List<Mention> out = new AttributionDetector(Set.of("reuters")).apply(doc, in);
    assertEquals(
        List.of(in.get(0), new Mention("reuters", r, r + 7, 0, MatchKind.ATTRIBUTION), in.get(2)),
        out);
    List<Mention> none = List.of(in.get(0), in.get(2));
    assertSame(none, new AttributionDetector(Set.of("reuters")).apply(doc, none));
  }

  @Test
  void newsOrganisationsAreTheOrganisationsWithAMediaRole() {
    String csv =
        "actor_id,name,type,country,wikidata,aliases,demonyms,metonyms,roles\n"
            + "reuters,Reuters,organization,GBR,,,,,GBR:MED::\n"
            + "gray-tv,Gray Television,organization,USA,,,,,USA:MNCMED::\n"
            + "imf,IMF,organization,,,,,,:IGOBUS::\n"
            + "jane-doe,Jane Doe,person,USA,,,,,USA:MED::\n"
            + "medco,Medco,organization,USA,,,,,USA:AMED::\n";
    AttributionDetector d =
        AttributionDetector.of(ActorDictionary.parse(new StringReader(csv), "t.csv"));
    assertEquals(2, d.mediaCount());
    String doc = "Jane Doe told Reuters and Gray Television reported it, and the IMF said so.";
    List<Mention> in =
        List.of(
            m(doc, "jane-doe", "Jane Doe"),
            m(doc, "reuters", "Reuters"),
            m(doc, "gray-tv", "Gray Television"),
            m(doc, "imf", "IMF"));
    List<MatchKind> kinds = d.apply(doc, in).stream().map(Mention::kind).toList();
    assertEquals(
        List.of(MatchKind.ALIAS, MatchKind.ATTRIBUTION, MatchKind.ATTRIBUTION, MatchKind.ALIAS),
        kinds);
  }

  private static Mention m(String doc, String id, String surface) {
    int s = doc.indexOf(surface);
    return new Mention(id, s, s + surface.length(), 0, MatchKind.ALIAS);
  }
}
