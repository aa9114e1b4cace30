package io.newsgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.actors.ActorDictionary;
import io.newsgraph.actors.ActorMatcher;
import io.newsgraph.actors.Discovery;
import io.newsgraph.actors.MatchKind;
import io.newsgraph.actors.Mention;
import io.newsgraph.ner.EntityType;
import io.newsgraph.ner.NameSpan;
import io.newsgraph.text.DocTokens;
import io.newsgraph.text.IntList;
import io.newsgraph.text.SentenceSplitter;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The linking rules on hand-written articles and hand-placed tagger spans (the tagger itself is not
 * run here).
 */
class NameLinkerTest {

  static final ActorDictionary DICT =
      ActorDictionary.parse(
          new StringReader(
              """
      actor_id,name,type,country,wikidata,aliases,demonyms,metonyms
      JOR,Jordan,country,JOR,,~Jordan|Hashemite Kingdom of Jordan,Jordanian,Amman
      PRT,Portugal,country,PRT,,,Portuguese,Lisbon
      USA,United States,country,USA,,U.S.|US,American,
      hamas,Hamas,group,PSE,,,,
      yahya-sinwar,Yahya Sinwar,person,PSE,,~Sinwar,,
      """),
          "test");
  static final ActorMatcher MATCHER = new ActorMatcher(DICT);
  final NameLinker linker = new NameLinker(DICT, 0.0);

  record Result(String doc, NameLinker.Linked linked) {
    List<String> rendered() {
      List<String> out = new ArrayList<>();
      for (Mention m : linked.mentions()) {
        out.add(
            m.actorId()
                + " "
                + m.kind().value()
                + " '"
                + doc.substring(m.charStart(), m.charEnd())
                + "'");
      }
      return out;
    }
  }

  /**
   * Links doc with tagger spans given as (surface, type); each surface is found after the previous
   * one. A surface written "~Woods" is a span of words news also writes in lower case (the tagger's
   * case lexicon says so).
   */
  static Result link(NameLinker linker, String doc, Object... spans) {
    IntList bounds = new IntList();
    SentenceSplitter.INSTANCE.split(doc, bounds);
    DocTokens tokens = new DocTokens().fill(doc, bounds);
    List<NameSpan> ns = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < spans.length; i += 2) {
      String surface = (String) spans[i];
      boolean common = surface.startsWith("~");
      surface = common ? surface.substring(1) : surface;
      int start = doc.indexOf(surface, from);
      int end = start + surface.length();
      from = end;
      int first = -1;
      int last = -1;
      int[] raw = tokens.rawTokens();
      for (int t = 0; t < tokens.firstToken(tokens.sentenceCount()); t++) {
        if (raw[2 * t] >= start && raw[2 * t] < end) {
          first = first < 0 ? t : first;
          last = t;
        }
      }
      ns.add(new NameSpan(first, last + 1, start, end, (EntityType) spans[i + 1], 0.9, common));
    }
    return new Result(doc, linker.link(tokens, MATCHER.match(tokens), ns));
  }

  @Test
  void exactDictionaryMentionTakesTheTaggersConfidence() {
    Result r =
        link(
            linker,
            "Hamas said Yahya Sinwar was in Gaza.",
            "Hamas",
            EntityType.ORG,
            "Yahya Sinwar",
            EntityType.PER);
    assertEquals(List.of("hamas alias 'Hamas'", "yahya-sinwar alias 'Yahya Sinwar'"), r.rendered());
    assertTrue(r.linked().mentions().stream().allMatch(m -> m.confidence() == 0.9));
    assertTrue(r.linked().discovered().isEmpty());
  }

  @Test
  void aCommonWordIsANameOnlyAsAShorterFormOfOneTheArticleGives() {
    // "woods" and "shell" are words too: alone they are no name, after the full name they are it
    Result alone = link(linker, "Woods said the course was hard.", "~Woods", EntityType.PER);
    assertEquals(List.of(), alone.rendered());
    Result person =
        link(
            linker,
            "Tiger Woods won on Sunday. Woods said the course was hard.",
            "Tiger Woods",
            EntityType.PER,
            "~Woods",
            EntityType.PER);
    assertEquals(
        List.of("x:tiger-woods discovered 'Tiger Woods'", "x:tiger-woods coref 'Woods'"),
        person.rendered());
    Result company =
        link(
            linker,
            "Shell Oil Co raised prices. Shell said demand was strong.",
            "Shell Oil Co",
            EntityType.ORG,
            "~Shell",
            EntityType.ORG);
    assertEquals(
        List.of("x:shell-oil discovered 'Shell Oil Co'", "x:shell-oil coref 'Shell'"),
        company.rendered());
  }

  @Test
  void weakFormIsThePersonOrOrganisationWhenTheTypeFits() {
    // "Sinwar" is a weak form: the matcher leaves it alone in an article that does not name him in
    // full
    Result person = link(linker, "Sinwar was not seen on Monday.", "Sinwar", EntityType.PER);
    assertEquals(List.of("yahya-sinwar alias 'Sinwar'"), person.rendered());
    Result place = link(linker, "They drove to Sinwar on Monday.", "Sinwar", EntityType.LOC);
    assertEquals(List.of("x:sinwar discovered 'Sinwar'"), place.rendered());
  }

  @Test
  void weakPlaceFormsStayAlone() {
    // the tagger's LOC does not say whether "Jordan" is the country or the river; a PER Jordan is
    // not the country
    Result country = link(linker, "Talks resumed in Jordan on Monday.", "Jordan", EntityType.LOC);
    assertEquals(List.of(), country.rendered());
    Result man =
        link(linker, "Coach Mark Jordan resigned on Monday.", "Mark Jordan", EntityType.PER);
    assertEquals(List.of("x:mark-jordan discovered 'Mark Jordan'"), man.rendered());
    Result single = link(linker, "The striker Jordan scored twice.", "Jordan", EntityType.PER);
    assertEquals(List.of("x:jordan discovered 'Jordan'"), single.rendered());
  }

  @Test
  void capitalsAreTheMatchersCall() {
    Result r =
        link(linker, "Officials in Lisbon said the deal was done.", "Lisbon", EntityType.LOC);
    // the matcher takes "Lisbon ... said" as a metonym of Portugal itself; the span confirms it
    assertEquals(List.of("PRT metonym 'Lisbon'"), r.rendered());
    // after "Bank of" the matcher's metonym rules leave it: a place tagged there is the city, not
    // Portugal
    Result bank = link(linker, "The Bank of Lisbon raised rates.", "Lisbon", EntityType.LOC);
    assertEquals(List.of("x:lisbon discovered 'Lisbon'"), bank.rendered());
  }

  @Test
  void newNamesAreDiscoveredWithTheTaggersType() {
    Result r =
        link(
            linker,
            "Ana Ferreira of Norvane Shipping Ltd met envoys in Kerema.",
            "Ana Ferreira",
            EntityType.PER,
            "Norvane Shipping Ltd",
            EntityType.ORG,
            "Kerema",
            EntityType.LOC);
    assertEquals(
        List.of(
            "x:ana-ferreira discovered 'Ana Ferreira'",
            "x:norvane-shipping discovered 'Norvane Shipping Ltd'",
            "x:kerema discovered 'Kerema'"),
        r.rendered());
    List<String> types =
        r.linked().discovered().stream().map(d -> d.type().value() + " " + d.name()).toList();
    assertEquals(
        List.of("person Ana Ferreira", "organization Norvane Shipping Ltd", "place Kerema"), types);
  }

  @Test
  void corefJoinsSurnamesAndShortOrganisationNames() {
    Result r =
        link(
            linker,
            "Pieter van Dam runs Salomon Brothers Inc. Van Dam said Salomon would grow. Dam agreed.",
            "Pieter van Dam",
            EntityType.PER,
            "Salomon Brothers Inc",
            EntityType.ORG,
            "Salomon",
            EntityType.ORG,
            "Dam",
            EntityType.PER);
    assertEquals(
        List.of(
            "x:pieter-van-dam discovered 'Pieter van Dam'",
            "x:salomon-brothers discovered 'Salomon Brothers Inc'",
            "x:salomon-brothers coref 'Salomon'",
            "x:pieter-van-dam coref 'Dam'"),
        r.rendered());
  }

  @Test
  void aPersonJoinsACompanyNamedAfterHimNotAnyOrganisation() {
    Result firm =
        link(
            linker,
            "Chrysler Corp cut prices. Chrysler said sales fell.",
            "Chrysler Corp",
            EntityType.ORG,
            "Chrysler",
            EntityType.PER);
    assertEquals(
        List.of("x:chrysler discovered 'Chrysler Corp'", "x:chrysler coref 'Chrysler'"),
        firm.rendered());
    Result admin =
        link(
            linker,
            "The Halvard Administration said Halvard would veto it.",
            "Halvard Administration",
            EntityType.ORG,
            "Halvard",
            EntityType.PER);
    assertEquals(
        List.of(
            "x:halvard-administration discovered 'Halvard Administration'",
            "x:halvard discovered 'Halvard'"),
        admin.rendered());
  }

  @Test
  void legalFormsAloneSingleLettersAndSignOffsAreNoNames() {
    Result r = link(linker, "Shares of Hamblin Norvane and Co Inc rose.", "Co Inc", EntityType.ORG);
    assertTrue(r.linked().discovered().isEmpty());
    Result letters =
        link(linker, "Shares rose, S and P said.", "S", EntityType.ORG, "P", EntityType.ORG);
    assertEquals(List.of(), letters.rendered());
    Result signOff =
        link(
            linker,
            "Shares of Norvane rose.\n\nReuter",
            "Norvane",
            EntityType.ORG,
            "Reuter",
            EntityType.PER);
    assertEquals(List.of("x:norvane discovered 'Norvane'"), signOff.rendered());
  }

  @Test
  void capsHeadlineNameConfirmedByAShorterForm() {
    Result r =
        link(
            linker,
            "ROBERTO DURAN WINS\n\nDuran won on points.",
            "ROBERTO DURAN",
            EntityType.PER,
            "Duran",
            EntityType.PER);
    assertEquals(
        List.of("x:roberto-duran discovered 'ROBERTO DURAN'", "x:roberto-duran coref 'Duran'"),
        r.rendered());
  }

  @Test
  void capsHeadlineNamesNeedTheArticlesText() {
    Result alone =
        link(
            linker,
            "NORVANE POSTS 4TH QTR LOSS\n\nThe shipper lost money.",
            "NORVANE",
            EntityType.ORG,
            "4TH",
            EntityType.ORG);
    assertEquals(List.of(), alone.rendered());
    Result named =
        link(
            linker,
            "NORVANE POSTS LOSS\n\nNorvane lost money.",
            "NORVANE",
            EntityType.ORG,
            "Norvane",
            EntityType.ORG);
    assertEquals(
        List.of("x:norvane discovered 'NORVANE'", "x:norvane discovered 'Norvane'"),
        named.rendered());
  }

  @Test
  void countryInsideAnOrganisationNameStays() {
    Result r = link(linker, "The U.S. Treasury sold bonds.", "U.S. Treasury", EntityType.ORG);
    assertEquals(
        List.of("USA alias 'U.S.'", "x:us-treasury discovered 'U.S. Treasury'"), r.rendered());
    Discovery d = r.linked().discovered().get(0);
    assertEquals("U.S. Treasury", d.name());
    assertEquals(MatchKind.DISCOVERED, d.mention().kind());
  }

  @Test
  void allCapsIsNineInTenLettersUpperCaseWhereverTheLowerOnesAre() {
    assertTrue(NameLinker.isAllCaps("IRAN WARNS ISRAEL".toCharArray(), 0, 17));
    assertFalse(NameLinker.isAllCaps("Iran warns Israel".toCharArray(), 0, 17));
    // lower-case letters first, then 20 capitals: 1 or 2 lower ones are within one in ten, 3 not
    String caps = " BCDEFGHIJ KLMNOPQRSTU";
    assertTrue(NameLinker.isAllCaps(("a" + caps).toCharArray(), 0, 1 + caps.length()));
    assertTrue(NameLinker.isAllCaps(("ab" + caps).toCharArray(), 0, 2 + caps.length()));
    assertFalse(NameLinker.isAllCaps(("abc" + caps).toCharArray(), 0, 3 + caps.length()));
    assertFalse(NameLinker.isAllCaps("A".toCharArray(), 0, 1));
  }

  @Test
  void weakFormsAreComparedWithoutDotsCaseOrExtraSpace() {
    ActorDictionary dict =
        ActorDictionary.parse(
            new StringReader(
                """
        actor_id,name,type,country,wikidata,aliases,demonyms,metonyms
        jr-ewing,John Ross Ewing,person,USA,,~J.R. Ewing,,
        """),
            "test");
    NameLinker l = new NameLinker(dict, 0.0);
    // "JR  Ewing" is the form "J.R. Ewing" (dots dropped, one space, any case); "J. R. Ewing" has a
    // word more
    Result same = link(l, "Then JR  Ewing left the ranch.", "JR  Ewing", EntityType.PER);
    assertEquals(List.of("jr-ewing alias 'JR  Ewing'"), same.rendered());
    Result other = link(l, "Then J. R. Ewing left the ranch.", "J. R. Ewing", EntityType.PER);
    assertEquals(List.of("x:j-r-ewing discovered 'J. R. Ewing'"), other.rendered());
  }
}
