package io.newsgraph.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorDictionaryTest {

  static final String HEADER = "actor_id,name,type,country,wikidata,aliases,demonyms,metonyms\n";

  static ActorDictionary parse(String csv) {
    return ActorDictionary.parse(new StringReader(csv), "actors.csv");
  }

  static ActorDictionaryException error(String csv) {
    return assertThrows(ActorDictionaryException.class, () -> parse(csv));
  }

  @Test
  void parsesRowsCommentsQuotingAndWeakForms() {
    ActorDictionary d =
        parse(
            "\uFEFF# comment\n"
                + HEADER
                + "IRN,Iran,country,IRN,Q794,\"Islamic Republic of Iran| Persia \",Iranian|Iranians,Tehran\n"
                + "\n"
                + "# another comment\n"
                + "USA,United States,Country,USA,,US|U.S.,American,~Washington\n"
                + "un-security-council,\"UN Security Council\",organization,,Q37470,\"U.N. Security Council\",,\n");
    assertEquals(3, d.size());
    Actor iran = d.get("IRN");
    assertEquals(
        new Actor(
            "IRN",
            "Iran",
            ActorType.COUNTRY,
            "IRN",
            "Q794",
            List.of("Islamic Republic of Iran", "Persia"),
            List.of("Iranian", "Iranians"),
            List.of("Tehran"),
            "dictionary"),
        iran);
    Actor usa = d.get("USA");
    assertEquals(ActorType.COUNTRY, usa.type());
    assertEquals("", usa.wikidata());
    assertEquals(List.of("~Washington"), usa.metonyms());
    assertTrue(Actor.isWeak(usa.metonyms().get(0)));
    assertEquals("Washington", Actor.surface(usa.metonyms().get(0)));
    assertEquals(
        List.of("IRN", "USA", "un-security-council"), d.actors().stream().map(Actor::id).toList());
    assertNull(d.get("XXX"));
  }

  @Test
  void unknownType() {
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 2; i <= 11; i++) {
      csv.append("a").append(i).append(",A,person,,,,,\n");
    }
    ActorDictionaryException e = error(csv + "x,X,countryy,,,,,\n");
    assertEquals(
        "actors.csv line 12, field type: unknown type 'countryy' (expected one of person, organization, "
            + "country, group, place)",
        e.getMessage());
    assertEquals("actors.csv", e.file());
    assertEquals(12, e.line());
    assertEquals("type", e.field());
  }

  @Test
  void lineNumbersCountCommentsBlankLinesAndMultiLineFields() {
    ActorDictionaryException e =
        error(
            "# c1\n"
                + HEADER
                + "\n# c2\n"
                + "a,\"A\nmulti-line name\",person,,,,,\n"
                + "\n"
                + "b,B,person,XX,,,,\n");
    assertEquals(8, e.line());
    assertEquals("country", e.field());
    assertTrue(
        e.getMessage().startsWith("actors.csv line 8, field country: bad country code 'XX'"),
        e.getMessage());
  }

  @Test
  void fieldCount() {
    ActorDictionaryException few = error(HEADER + "a,A,person,,,,\n");
    assertEquals(2, few.line());
    assertEquals("metonyms", few.field());
    assertTrue(few.getMessage().contains("row has 7 fields, expected 8"), few.getMessage());
    ActorDictionaryException many = error(HEADER + "a,A,person,,,,,,\n");
    assertEquals("(extra)", many.field());
    assertTrue(many.getMessage().contains("row has 9 fields"), many.getMessage());
  }

  @Test
  void emptyIdAndName() {
    assertEquals("actor_id", error(HEADER + " ,A,person,,,,,\n").field());
    ActorDictionaryException e = error(HEADER + "a,,person,,,,,\n");
    assertEquals("actors.csv line 2, field name: empty name", e.getMessage());
  }

  @Test
  void badIds() {
    ActorDictionaryException e = error(HEADER + "iran,Iran,country,,,,,\n");
    assertEquals("actor_id", e.field());
    assertTrue(e.getMessage().contains("alpha-3"), e.getMessage());
    assertEquals("actor_id", error(HEADER + "Hamas Group,Hamas,group,,,,,\n").field());
    assertEquals("actor_id", error(HEADER + "a--b,A,group,,,,,\n").field());
    // territories may use alpha-3 as id
    assertEquals(ActorType.PLACE, parse(HEADER + "PSE,Palestine,place,,,,,\n").get("PSE").type());
  }

  @Test
  void duplicateId() {
    ActorDictionaryException e =
        error(HEADER + "a,A,person,,,,,\n# x\nb,B,person,,,,,\na,A2,person,,,,,\n");
    assertEquals(
        "actors.csv line 5, field actor_id: duplicate id 'a' (first defined on line 2)",
        e.getMessage());
  }

  @Test
  void badQidAndCountry() {
    ActorDictionaryException q = error(HEADER + "a,A,person,,794,,,\n");
    assertEquals("wikidata", q.field());
    assertTrue(
        q.getMessage().startsWith("actors.csv line 2, field wikidata: bad Q-id '794'"),
        q.getMessage());
    assertEquals("wikidata", error(HEADER + "a,A,person,,Q0,,,\n").field());
    assertEquals("country", error(HEADER + "a,A,person,irn,,,,\n").field());
  }

  @Test
  void badForms() {
    ActorDictionaryException e = error(HEADER + "a,A,person,,,A|~,,\n");
    assertEquals("aliases", e.field());
    assertEquals("demonyms", error(HEADER + "a,A,person,,,,--,\n").field());
    // empty parts are skipped
    assertEquals(List.of("B", "C"), parse(HEADER + "a,A,person,,,B||C|,,\n").get("a").aliases());
  }

  @Test
  void header() {
    ActorDictionaryException e = error("id,name,type,country,wikidata,aliases,demonyms,metonyms\n");
    assertEquals(1, e.line());
    assertEquals("actor_id", e.field());
    assertEquals("header", error("# only a comment\n").field());
    assertEquals("header", error(HEADER.trim() + ",extra\n").field());
    assertEquals(0, parse(HEADER).size());
  }

  @Test
  void csvSyntaxErrorNamesTheFile() {
    ActorDictionaryException e = error(HEADER + "a,\"unterminated,person,,,,,\n");
    assertTrue(e.getMessage().startsWith("actors.csv"), e.getMessage());
  }

  @Test
  void mergeReplacesById() {
    ActorDictionary base = parse(HEADER + "a,A,person,,,,,\nb,B,person,,,,,\n");
    ActorDictionary over = parse(HEADER + "b,B2,person,,,,,\nc,C,group,,,,,\n");
    ActorDictionary m = base.merge(over);
    assertEquals(List.of("a", "b", "c"), m.actors().stream().map(Actor::id).toList());
    assertEquals("B2", m.get("b").name());
    assertEquals("B", base.get("b").name());
  }

  @Test
  void defaultAndOverridesFile(@TempDir Path dir) throws Exception {
    ActorDictionary def = ActorDictionary.loadDefault();
    assertNotNull(def.get("IRN"));
    assertTrue(def == ActorDictionary.loadDefault());
    Path over = dir.resolve("my-actors.csv");
    Files.writeString(
        over, HEADER + "IRN,Iran (override),country,IRN,,,,\nzz-new,New Actor,group,,,,,\n");
    ActorDictionary d = ActorDictionary.load(over);
    assertEquals("Iran (override)", d.get("IRN").name());
    assertNotNull(d.get("zz-new"));
    assertEquals(def.size() + 1, d.size());
    Files.writeString(over, HEADER + "IRN,Iran,nation,IRN,,,,\n");
    ActorDictionaryException e =
        assertThrows(ActorDictionaryException.class, () -> ActorDictionary.load(over));
    assertTrue(e.getMessage().startsWith("my-actors.csv line 2, field type:"), e.getMessage());
  }
}
