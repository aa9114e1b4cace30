package io.newsgraph.actors;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/** Corpus and dictionary for the matcher benchmarks (test code). */
final class BenchData {
  private BenchData() {}

  static final Path REUTERS =
      Path.of("")
          .toAbsolutePath()
          .resolve("../shared/corpora/reuters21578-train.jsonl")
          .normalize();

  /**
   * Documents (title + "\n\n" + text) from a JSONL file; the test fixture article when the file is
   * missing.
   */
  static List<String> documents(Path jsonl) {
    List<String> docs = new ArrayList<>();
    if (Files.isRegularFile(jsonl)) {
      try (Stream<String> lines = Files.lines(jsonl, StandardCharsets.UTF_8)) {
        lines
            .filter(l -> !l.isBlank())
            .map(JsonFields::document)
            .filter(d -> !d.isEmpty())
            .forEach(docs::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    } else {
      String doc = ActorMatcherTest.TITLE + "\n\n" + ActorMatcherTest.TEXT;
      for (int i = 0; i < 5000; i++) {
        docs.add(doc);
      }
    }
    return docs;
  }

  /**
   * The default dictionary if it has at least {@code minActors} actors (the real one), else the
   * test fixture plus generated actors up to {@code minActors}: real country names with demonyms
   * and capitals, generated people (common given names and surnames, so surname coreference is
   * exercised) and organisations.
   */
  static ActorDictionary dictionary(int minActors) {
    try {
      ActorDictionary def = ActorDictionary.loadDefault();
      if (def.size() >= minActors) {
        return def;
      }
    } catch (RuntimeException e) {
      // no default resource: fall through to synthetic
    }
    ActorDictionary fixture;
    try (Reader r =
        new InputStreamReader(
            BenchData.class.getResourceAsStream("/io/newsgraph/actors/test-actors.csv"),
            StandardCharsets.UTF_8)) {
      fixture = ActorDictionary.parse(r, "test-actors.csv");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    StringBuilder csv = new StringBuilder(ActorDictionaryTest.HEADER);
    int n = fixture.size();
    for (String[] c : COUNTRIES) {
      if (fixture.get(c[0]) == null && n < minActors) {
        csv.append(c[0])
            .append(',')
            .append(c[1])
            .append(",country,")
            .append(c[0])
            .append(",,,")
            .append(c[2])
            .append(',')
            .append(c[3])
            .append('\n');
        n++;
      }
    }
    Random rnd = new Random(42);
    String[] given = {
      "James",
      "John",
      "Robert",
      "Michael",
      "William",
      "David",
      "Richard",
      "Thomas",
      "Charles",
      "Paul",
      "Mark",
      "George",
      "Kenneth",
      "Steven",
      "Edward",
      "Brian",
      "Ronald",
      "Anthony",
      "Kevin",
      "Jason",
      "Mary",
      "Patricia",
      "Jennifer",
      "Linda",
      "Elizabeth",
      "Susan",
      "Margaret",
      "Helmut",
      "Jacques",
      "Yasuhiro",
      "Mikhail",
      "Nigel",
      "Gerhard",
      "Karl",
      "Pierre",
      "Ali",
      "Mohammed",
      "Hassan",
      "Ahmed",
      "Li"
    };
    String[] surnames = {
      "Baker",
      "Volcker",
      "Reagan",
      "Thatcher",
      "Kohl",
      "Chirac",
      "Nakasone",
      "Gorbachev",
      "Lawson",
      "Stoltenberg",
      "Poehl",
      "Balladur",
      "Miyazawa",
      "Sumita",
      "Yeutter",
      "Lyng",
      "Smith",
      "Johnson",
      "Williams",
      "Brown",
      "Jones",
      "Miller",
      "Davis",
      "Wilson",
      "Anderson",
      "Taylor",
      "Moore",
      "Jackson",
      "Martin",
      "Lee",
      "Thompson",
      "White",
      "Harris",
      "Clark",
      "Lewis",
      "Robinson",
      "Walker",
      "Young",
      "Allen",
      "King",
      "Wright",
      "Scott",
      "Green",
      "Adams",
      "Nelson",
      "Hill",
      "Campbell",
      "Mitchell",
      "Roberts",
      "Carter"
    };
    String[] orgWords = {
      "American",
      "National",
      "General",
      "First",
      "United",
      "Pacific",
      "Atlantic",
      "Continental",
      "International",
      "Federal",
      "Western",
      "Eastern",
      "Northern",
      "Southern",
      "Central",
      "Global",
      "Royal",
      "Standard",
      "Allied",
      "Consolidated",
      "Union",
      "Mutual",
      "Security",
      "Capital",
      "Energy",
      "Oil",
      "Gas",
      "Steel",
      "Motors",
      "Chemical",
      "Foods",
      "Mining",
      "Airlines",
      "Shipping",
      "Electric",
      "Petroleum"
    };
    String[] orgSuffix = {
      "Corp",
      "Inc",
      "Co",
      "Group",
      "Bank",
      "Holdings",
      "Ltd",
      "Industries",
      "Council",
      "Agency",
      "Ministry",
      "Association"
    };
    int p = 0;
    while (n < minActors) {
      if (p % 2 == 0) {
        String g = given[rnd.nextInt(given.length)];
        String s = surnames[rnd.nextInt(surnames.length)];
        csv.append("p-")
            .append(p)
            .append(',')
            .append(g)
            .append(' ')
            .append(s)
            .append(",person,USA,,")
            .append(g.charAt(0))
            .append(". ")
            .append(s)
            .append(",,\n");
      } else {
        String a = orgWords[rnd.nextInt(orgWords.length)];
        String b = orgWords[rnd.nextInt(orgWords.length)];
        String sfx = orgSuffix[rnd.nextInt(orgSuffix.length)];
        String acr = ("" + a.charAt(0) + b.charAt(0) + sfx.charAt(0)).toUpperCase();
        csv.append("o-")
            .append(p)
            .append(',')
            .append(a)
            .append(' ')
            .append(b)
            .append(' ')
            .append(sfx)
            .append(",organization,,,")
            .append(a)
            .append(' ')
            .append(b)
            .append('|')
            .append(acr)
            .append(p)
            .append(",,\n");
      }
      p++;
      n++;
    }
    return fixture.merge(
        ActorDictionary.parse(new StringReader(csv.toString()), "synthetic-actors.csv"));
  }

  private static final String[][] COUNTRIES = {
    {"AFG", "Afghanistan", "Afghan|Afghans", "Kabul"},
    {"ARG", "Argentina", "Argentine|Argentinian", "Buenos Aires"},
    {"AUS", "Australia", "Australian|Australians", "Canberra"},
    {"AUT", "Austria", "Austrian", "Vienna"},
    {"BEL", "Belgium", "Belgian", "Brussels"},
    {"BRA", "Brazil", "Brazilian|Brazilians", "Brasilia"},
    {"CAN", "Canada", "Canadian|Canadians", "Ottawa"},
    {"CHL", "Chile", "Chilean", "Santiago"},
    {"CHN", "China", "Chinese", "Beijing|Peking"},
    {"COL", "Colombia", "Colombian", "Bogota"},
    {"DNK", "Denmark", "Danish", "Copenhagen"},
    {"ECU", "Ecuador", "Ecuadorean|Ecuadorian", "Quito"},
    {"EGY", "Egypt", "Egyptian|Egyptians", "Cairo"},
    {"FIN", "Finland", "Finnish", "Helsinki"},
    {"FRA", "France", "French", "Paris"},
    {"DEU", "West Germany", "German|Germans", "Bonn"},
    {"GRC", "Greece", "Greek|Greeks", "Athens"},
    {"IND", "India", "Indian|Indians", "New Delhi"},
    {"IDN", "Indonesia", "Indonesian", "Jakarta"},
    {"IRL", "Ireland", "Irish", "Dublin"},
    {"ITA", "Italy", "Italian|Italians", "Rome"},
    {"KEN", "Kenya", "Kenyan", "Nairobi"},
    {"KOR", "South Korea", "South Korean|Korean", "Seoul"},
    {"KWT", "Kuwait", "Kuwaiti", "Kuwait City"},
    {"MYS", "Malaysia", "Malaysian", "Kuala Lumpur"},
    {"MEX", "Mexico", "Mexican|Mexicans", "Mexico City"},
    {"NLD", "Netherlands", "Dutch", "The Hague|Amsterdam"},
    {"NZL", "New Zealand", "New Zealander", "Wellington"},
    {"NGA", "Nigeria", "Nigerian|Nigerians", "Lagos|Abuja"},
    {"NOR", "Norway", "Norwegian", "Oslo"},
    {"PAK", "Pakistan", "Pakistani|Pakistanis", "Islamabad"},
    {"PER", "Peru", "Peruvian", "Lima"},
    {"PHL", "Philippines", "Philippine|Filipino", "Manila"},
    {"POL", "Poland", "Polish", "Warsaw"},
    {"PRT", "Portugal", "Portuguese", "Lisbon"},
    {"QAT", "Qatar", "Qatari", "Doha"},
    {"RUS", "Soviet Union", "Soviet|Soviets|Russian|Russians", "Moscow|Kremlin"},
    {"SAU", "Saudi Arabia", "Saudi|Saudis", "Riyadh"},
    {"ZAF", "South Africa", "South African", "Pretoria"},
    {"ESP", "Spain", "Spanish", "Madrid"},
    {"SWE", "Sweden", "Swedish", "Stockholm"},
    {"CHE", "Switzerland", "Swiss", "Berne|Bern"},
    {"TWN", "Taiwan", "Taiwanese", "Taipei"},
    {"THA", "Thailand", "Thai", "Bangkok"},
    {"TUR", "Turkey", "Turkish|Turks", "Ankara"},
    {"ARE", "United Arab Emirates", "Emirati", "Abu Dhabi"},
    {"VEN", "Venezuela", "Venezuelan", "Caracas"},
    {"VNM", "Vietnam", "Vietnamese", "Hanoi"},
    {"ZMB", "Zambia", "Zambian", "Lusaka"},
    {"ZWE", "Zimbabwe", "Zimbabwean", "Harare"},
    {"CUB", "Cuba", "Cuban|Cubans", "Havana"},
    {"LBY", "Libya", "Libyan|Libyans", "Tripoli"},
    {"DZA", "Algeria", "Algerian", "Algiers"},
    {"MAR", "Morocco", "Moroccan", "Rabat"},
    {"SGP", "Singapore", "Singaporean", ""},
    {"HKG", "Hong Kong", "", ""},
    {"BGD", "Bangladesh", "Bangladeshi", "Dhaka"},
    {"LKA", "Sri Lanka", "Sri Lankan", "Colombo"},
    {"URY", "Uruguay", "Uruguayan", "Montevideo"},
    {"BOL", "Bolivia", "Bolivian", "La Paz"},
    {"PAN", "Panama", "Panamanian", "Panama City"},
  };
}
