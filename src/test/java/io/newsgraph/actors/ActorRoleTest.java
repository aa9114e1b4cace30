package io.newsgraph.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActorRoleTest {

  @Test
  void rolesReadAndWriteInTheirCsvForm() {
    List<ActorRole> r =
        ActorRole.parseAll("IRN:GOV:1989-06-04:|:IGOUNO:1997-01-01:2006-12-31| IRN:ELI:: ");
    assertEquals(
        List.of(
            new ActorRole("IRN", "GOV", LocalDate.of(1989, 6, 4), null),
            new ActorRole("", "IGOUNO", LocalDate.of(1997, 1, 1), LocalDate.of(2006, 12, 31)),
            new ActorRole("IRN", "ELI", null, null)),
        r);
    assertEquals(
        "IRN:GOV:1989-06-04:|:IGOUNO:1997-01-01:2006-12-31|IRN:ELI::", ActorRole.formatAll(r));
    assertEquals(List.of(), ActorRole.parseAll(" "));
  }

  @Test
  void badRolesAreNamed() {
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> ActorRole.parseAll("IRN:GOV"))
            .getMessage()
            .contains("COUNTRY:ROLE:START:END"));
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> ActorRole.parseAll("irn:GOV::"))
            .getMessage()
            .contains("ISO alpha-3"));
    assertTrue(
        assertThrows(
                IllegalArgumentException.class, () -> ActorRole.parseAll("IRN:GOV:1989-13-01:"))
            .getMessage()
            .contains("bad date '1989-13-01'"));
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> ActorRole.parseAll("IRN:::"))
            .getMessage()
            .contains("empty ROLE"));
  }

  @Test
  void theMediaSectorIsAThreeLetterPartOfTheCode() {
    assertTrue(new ActorRole("GBR", "MED", null, null).media());
    assertTrue(new ActorRole("USA", "MNCMED", null, null).media());
    assertFalse(new ActorRole("USA", "AMED", null, null).media());
    assertFalse(new ActorRole("USA", "GOV", null, null).media());
  }

  @Test
  void theDictionaryReadsAnOptionalRolesColumnAndWritesItBack() throws Exception {
    String csv =
        "actor_id,name,type,country,wikidata,aliases,demonyms,metonyms,roles\n"
            + "javad-zarif,Javad Zarif,person,IRN,,\"Mohammad Javad Zarif\",,,IRN:GOV:2013-08-15:|IRN:ELI::\n"
            + "reuters,Reuters,organization,GBR,,,,,\n";
    ActorDictionary d = ActorDictionary.parse(new StringReader(csv), "t.csv");
    assertEquals(
        List.of(
            new ActorRole("IRN", "GOV", LocalDate.of(2013, 8, 15), null),
            new ActorRole("IRN", "ELI", null, null)),
        d.get("javad-zarif").roles());
    assertEquals(List.of(), d.get("reuters").roles());
    StringWriter w = new StringWriter();
    ActorDictionary.write(d.actors(), List.of("a comment"), w);
    assertTrue(
        w.toString()
            .startsWith(
                "# a comment\nactor_id,name,type,country,wikidata,aliases,demonyms,metonyms,roles\n"),
        w.toString());
    ActorDictionary back = ActorDictionary.parse(new StringReader(w.toString()), "back.csv");
    assertEquals(List.copyOf(d.actors()), List.copyOf(back.actors()));
    // eight columns (no roles) stay valid, as every user's --actors file is
    assertEquals(
        List.of(),
        ActorDictionary.parse(
                new StringReader(
                    "actor_id,name,type,country,wikidata,aliases,demonyms,metonyms\na,A,person,,,,,\n"),
                "u.csv")
            .get("a")
            .roles());
    ActorDictionaryException e =
        assertThrows(
            ActorDictionaryException.class,
            () ->
                ActorDictionary.parse(
                    new StringReader(
                        "actor_id,name,type,country,wikidata,aliases,demonyms,metonyms,roles\na,A,person,,,,,,X\n"),
                    "r.csv"));
    assertEquals("roles", e.field());
    assertEquals(2, e.line());
  }
}
