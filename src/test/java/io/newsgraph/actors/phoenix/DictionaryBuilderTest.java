package io.newsgraph.actors.phoenix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.actors.Actor;
import io.newsgraph.actors.ActorDictionary;
import io.newsgraph.actors.ActorRole;
import io.newsgraph.actors.ActorType;
import io.newsgraph.cli.NewsgraphCli;
import io.newsgraph.testing.TestPaths;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DictionaryBuilderTest {

  /** A country file in the source's format, written for this test (people invented, one real). */
  static final String COUNTRIES =
      """
      # comment line
      ISRAEL_  [ISR]
      +ISRAELI_
      +JERUSALEM_

      # National Institutions
      ISRAELI_DEFENSE_FORCES  [ISRMIL]

      BENJAMIN_NETANYAHU_  # CountryInfo.txt
      +BIBI_NETANYAHU_
      +NETANYAHU
      +ISRAELI_PRIME_MINISTER_BENJAMIN_NETANYAHU
      \t[ISRELI 670101-960618]
      \t[ISRGOV 960618-990706]
      \t[ISRGOV >20090401] # Prime Minister
      DAVID_BEN_AMI_  # CountryInfo.txt
      +BEN_AMI_ADMINISTRATION
      \t[ISRGOV 2004017-20061201]
      \t[ISRGOV <050101]
      MOSHE_MCCLOSKEY_VAN_DER_BERG_  [ISRBUS 20010101-20021231]
      LABOR_PARTY_  [ISRGOV 990101-010101]
      HASSAN_AL-TAYEB_  # CountryInfo.txt
      \t[ISRELI]
      HASSAN_AL-TAYYEB_  # CountryInfo.txt
      +HASSAN_AL-TAYEB_
      \t[ISRELI]
      """;

  static final String INTERNATIONAL =
      """
      SECRETARY-GENERAL_KOFI_ANNAN
      +KOFI_ATTA_ANNAN_
      \t[IGOUNO 970101-061231]
      UN_SECRETARY_GENERAL
      \t[IGOUNO]
      GRAY_TELEVISION_INC_\t[MNCUSAMED]\t# Broadcasting
      RED_CRESCENT_FRIENDS_  [NGOISRHLH]
      BANCORP_INC_  [MNCUSA]
      """;
  static final String NON_STATE =
      """
      ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_ [YEMREB] #  comment
      +ADEN_ISLAMIC_ARMY_
      +JAYSH_ADAN_
      HEZBOLLAH_ [LBNREB]
      +PARTY_OF_GOD_
      """;
  static final String CURATED =
      """
      actor_id,name,type,country,wikidata,aliases,demonyms,metonyms
      ISR,Israel,country,ISR,,State of Israel,Israeli|Israelis,Jerusalem
      YEM,Yemen,country,YEM,,,Yemeni,
      LBN,Lebanon,country,LBN,,,Lebanese,
      USA,United States,country,USA,,,American,
      benjamin-netanyahu,Benjamin Netanyahu,person,ISR,,Netanyahu,,
      hezbollah,Hezbollah,group,LBN,,Hizbollah,,
      kofi-annan-show,Kofi Annan Show,organization,,,,,
      """;

  private static ActorDictionary build() throws Exception {
    ActorDictionary curated = ActorDictionary.parse(new StringReader(CURATED), "curated.csv");
    DictionaryBuilder.Result r =
        new DictionaryBuilder(curated)
            .build(
                PhoenixReader.read(new StringReader(COUNTRIES)),
                PhoenixReader.read(new StringReader(INTERNATIONAL)),
                PhoenixReader.read(new StringReader(NON_STATE)));
    return ActorDictionary.of(r.actors());
  }

  @Test
  void theReaderSplitsEntriesAliasesAndDatedCodes() throws Exception {
    List<PhoenixEntry> e = PhoenixReader.read(new StringReader(COUNTRIES));
    assertEquals(
        List.of(
            "ISRAEL_",
            "ISRAELI_DEFENSE_FORCES",
            "BENJAMIN_NETANYAHU_",
            "DAVID_BEN_AMI_",
            "MOSHE_MCCLOSKEY_VAN_DER_BERG_",
            "LABOR_PARTY_",
            "HASSAN_AL-TAYEB_",
            "HASSAN_AL-TAYYEB_"),
        e.stream().map(PhoenixEntry::name).toList());
    PhoenixEntry bibi = e.get(2);
    assertEquals(
        List.of("BIBI_NETANYAHU_", "NETANYAHU", "ISRAELI_PRIME_MINISTER_BENJAMIN_NETANYAHU"),
        bibi.aliases());
    assertEquals("CountryInfo.txt", bibi.comment());
    assertEquals(
        List.of(
            new PhoenixCode(
                "ISRELI", LocalDate.of(1967, 1, 1), LocalDate.of(1996, 6, 18), true, false),
            new PhoenixCode(
                "ISRGOV", LocalDate.of(1996, 6, 18), LocalDate.of(1999, 7, 6), true, false),
            new PhoenixCode("ISRGOV", LocalDate.of(2009, 4, 1), null, true, false)),
        bibi.codes());
    // seven digits is no date; "<" is an end
    assertEquals(
        List.of(
            new PhoenixCode("ISRGOV", null, LocalDate.of(2006, 12, 1), true, true),
            new PhoenixCode("ISRGOV", null, LocalDate.of(2005, 1, 1), true, false)),
        e.get(3).codes());
    assertEquals(List.of(new PhoenixCode("ISR", null, null, false, false)), e.get(0).codes());
  }

  @Test
  void namesAreWrittenAsNewsWritesThem() {
    Function<String, String> person =
        s -> PhoenixNames.tidy(s, true, w -> w.equals("ISRAELI")).words();
    assertEquals("Benjamin Netanyahu", person.apply("ISRAELI_PRIME_MINISTER_BENJAMIN_NETANYAHU"));
    assertEquals("Moshe McCloskey van der Berg", person.apply("MOSHE_MCCLOSKEY_VAN_DER_BERG_"));
    assertEquals("Hassan al-Tayeb", person.apply("HASSAN_AL-TAYEB_"));
    assertEquals("Ban Ki-moon", person.apply("UN_SECRETARY-GENERAL_BAN_KI-MOON"));
    assertEquals("Martin O'Neill", person.apply("DR_MARTIN_O'NEILL_"));
    assertEquals("Netanyahu", person.apply("PRIME_MINISTER_NETANYAHU"));
    PhoenixNames.Tidy org =
        PhoenixNames.tidy("THE_ADEN_ABYAN_ISLAMIC_ARMY_OF_THE_SOUTH_(AAIA)_", false, w -> false);
    assertEquals("Aden Abyan Islamic Army of the South", org.words());
    assertEquals(List.of("AAIA"), org.acronyms());
    assertEquals("BNC Bancorp", PhoenixNames.tidy("BNC_BANCORP_", false, w -> false).words());
    assertEquals(
        "al-Shabaab Youth", PhoenixNames.tidy("AL-SHABAAB_YOUTH", false, w -> false).words());
  }

  @Test
  void peopleComeWithTheirDatedRolesAndCuratedRowsKeepTheirIds() throws Exception {
    ActorDictionary d = build();
    Actor bibi = d.get("benjamin-netanyahu");
    assertEquals(List.of("Netanyahu"), bibi.aliases(), "curated forms stay as they were");
    assertEquals(
        List.of(
            new ActorRole("ISR", "ELI", LocalDate.of(1967, 1, 1), LocalDate.of(1996, 6, 18)),
            new ActorRole("ISR", "GOV", LocalDate.of(1996, 6, 18), LocalDate.of(1999, 7, 6)),
            new ActorRole("ISR", "GOV", LocalDate.of(2009, 4, 1), null)),
        bibi.roles());
    Actor ben = d.get("david-ben-ami");
    assertEquals(ActorType.PERSON, ben.type());
    assertEquals(List.of(), ben.aliases(), "an administration is not the person");
    assertEquals("ISR", ben.country());
    assertEquals(
        List.of(
            new ActorRole("ISR", "GOV", null, LocalDate.of(2006, 12, 1)),
            new ActorRole("ISR", "GOV", null, LocalDate.of(2005, 1, 1))),
        ben.roles());
    Actor annan = d.get("kofi-annan");
    assertEquals("Kofi Annan", annan.name());
    assertEquals(List.of("Kofi Atta Annan"), annan.aliases());
    assertEquals(
        List.of(new ActorRole("", "IGOUNO", LocalDate.of(1997, 1, 1), LocalDate.of(2006, 12, 31))),
        annan.roles());
    assertEquals("Moshe McCloskey van der Berg", d.get("moshe-mccloskey-van-der-berg").name());
  }

  @Test
  void institutionsCountriesAndOneWordFormsStayOut() throws Exception {
    ActorDictionary d = build();
    ActorDictionary curated = ActorDictionary.parse(new StringReader(CURATED), "curated.csv");
    List<Actor> phoenix = d.actors().stream().filter(a -> curated.get(a.id()) == null).toList();
    assertEquals(
        List.of(
            "david-ben-ami",
            "moshe-mccloskey-van-der-berg",
            "hassan-al-tayyeb",
            "kofi-annan",
            "gray-television-inc",
            "red-crescent-friends",
            "aden-abyan-islamic-army"),
        phoenix.stream().map(Actor::id).toList());
    for (Actor a : phoenix) {
      for (String f : a.aliases()) {
        assertTrue(Actor.surface(f).contains(" "), a.id() + ": " + f);
      }
    }
  }

  @Test
  void aFormTwoPhoenixActorsShareIsDroppedFromBoth() throws Exception {
    ActorDictionary d = build();
    // "Hassan al-Tayeb" is the first one's name and the second one's alias: neither may claim it;
    // the first is
    // left with no form and is not listed
    assertNull(d.get("hassan-al-tayeb"));
    assertEquals(List.of(), d.get("hassan-al-tayyeb").aliases());
  }

  @Test
  void groupsOrganisationsAndMediaRoles() throws Exception {
    ActorDictionary d = build();
    Actor aden = d.get("aden-abyan-islamic-army");
    assertEquals(ActorType.GROUP, aden.type());
    assertEquals("YEM", aden.country());
    // the parenthesised acronym is no form: a lone acronym (ISA, AAIA) names too many things
    assertEquals(List.of("Aden Islamic Army", "Jaysh Adan"), aden.aliases());
    assertEquals(List.of(new ActorRole("YEM", "REB", null, null)), aden.roles());
    // Phoenix's Hezbollah is the curated one: no second row, no Phoenix forms
    assertEquals(List.of("Hizbollah"), d.get("hezbollah").aliases());
    assertEquals(1, d.actors().stream().filter(a -> a.name().contains("Hezbollah")).count());
    Actor gray = d.get("gray-television-inc");
    assertEquals(ActorType.ORGANIZATION, gray.type());
    assertEquals("USA", gray.country());
    assertEquals(List.of(new ActorRole("USA", "MNCMED", null, null)), gray.roles());
    assertTrue(gray.roles().get(0).media());
    assertEquals("ISR", d.get("red-crescent-friends").country());
    assertNull(d.get("bancorp-inc"), "a name of company words alone is the tail of many names");
    Map<ActorType, Long> types =
        d.actors().stream().collect(Collectors.groupingBy(Actor::type, Collectors.counting()));
    assertEquals(5L, types.get(ActorType.PERSON), types.toString());
  }

  @Test
  void theCommandWritesTheSameFileTwice(@TempDir Path dir) throws Exception {
    Path phoenix = Files.createDirectories(dir.resolve("phoenix"));
    Files.writeString(phoenix.resolve(DictionaryBuilder.COUNTRIES), COUNTRIES);
    Files.writeString(phoenix.resolve(DictionaryBuilder.INTERNATIONAL), INTERNATIONAL);
    Files.writeString(phoenix.resolve(DictionaryBuilder.NON_STATE), NON_STATE);
    Path curated = Files.writeString(dir.resolve("curated.csv"), CURATED);
    assertEquals(
        0,
        NewsgraphCli.execute(
            "build-dictionary",
            "--phoenix",
            phoenix.toString(),
            "--curated",
            curated.toString(),
            "--out",
            dir.resolve("a.csv").toString()));
    assertEquals(
        0,
        NewsgraphCli.execute(
            "build-dictionary",
            "--phoenix",
            phoenix.toString(),
            "--curated",
            curated.toString(),
            "--out",
            dir.resolve("b.csv").toString()));
    assertEquals(Files.readString(dir.resolve("a.csv")), Files.readString(dir.resolve("b.csv")));
    assertEquals(
        2,
        NewsgraphCli.execute(
            "build-dictionary",
            "--phoenix",
            dir.resolve("none").toString(),
            "--curated",
            curated.toString(),
            "--out",
            dir.resolve("c.csv").toString()));
    Files.delete(phoenix.resolve(DictionaryBuilder.NON_STATE));
    assertEquals(
        2,
        NewsgraphCli.execute(
            "build-dictionary",
            "--phoenix",
            phoenix.toString(),
            "--curated",
            curated.toString(),
            "--out",
            dir.resolve("c.csv").toString()));
  }

  /**
   * The shipped default dictionary is what the command makes from ../shared/dictionaries/phoenix
   * today.
   */
  @Test
  void theShippedDictionaryIsReproducible(@TempDir Path dir) throws Exception {
    Path phoenix = TestPaths.repoRoot().resolve("../shared/dictionaries/phoenix").normalize();
    io.newsgraph.testing.Required.assume(
        Files.isDirectory(phoenix), "no ../shared/dictionaries/phoenix here");
    Path out = dir.resolve("default-actors.csv");
    assertEquals(
        0,
        NewsgraphCli.execute(
            "build-dictionary",
            "--phoenix",
            phoenix.toString(),
            "--curated",
            TestPaths.repoRoot().resolve("src/main/dictionary/curated-actors.csv").toString(),
            "--out",
            out.toString()));
    try (InputStream in =
        ActorDictionary.class.getResourceAsStream(ActorDictionary.DEFAULT_RESOURCE)) {
      assertTrue(
          java.util.Arrays.equals(in.readAllBytes(), Files.readAllBytes(out)),
          "default-actors.csv differs from a fresh build-dictionary: regenerate it (README, Actors)");
    }
  }
}
