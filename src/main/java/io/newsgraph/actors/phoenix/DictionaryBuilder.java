package io.newsgraph.actors.phoenix;

import io.newsgraph.actors.Actor;
import io.newsgraph.actors.ActorDictionary;
import io.newsgraph.actors.ActorRole;
import io.newsgraph.actors.ActorType;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds the default dictionary: the hand-curated rows, then the office holders, non-state armed
 * groups, NGOs and companies of the Phoenix / CountryInfo dictionaries (MIT). Deterministic: the
 * same files give the same rows in the same order.
 *
 * <h2>What is taken from Phoenix, and how</h2>
 *
 * <ul>
 *   <li>{@code Phoenix.Countries.actors.txt}: the people, i.e. entries with a dated code or
 *       generated from CountryInfo ({@code # CountryInfo.txt}), with every dated code as a {@link
 *       ActorRole}. Country entries and national institutions are not taken: the curated rows name
 *       countries with their demonyms and capitals.
 *   <li>{@code Phoenix.International.actors.txt}: people with a dated code (UN secretaries-general,
 *       IGO heads), and NGOs and multinationals (codes {@code NGO...}, {@code MNC...}) as
 *       organisations.
 *   <li>{@code Phoenix.MilNonState.actors.txt}: every entry, as a group.
 * </ul>
 *
 * Every code becomes a {@link ActorRole} (dated for office holders; {@code MNCUSAMED} is the role
 * {@code MNCMED} in {@code USA}: the {@code MED} sector marks news organisations for the
 * attribution rule). Names are tidied by {@link PhoenixNames} (titles dropped, news casing). Only
 * forms of two or more words are kept: a lone surname, word or acronym ({@code RICE}, {@code KHAN},
 * {@code ISA}) would be matched in unrelated text, and the matcher's coreference finds a surname
 * after the full name anyway. A form that two Phoenix actors share is dropped from both (it cannot
 * say which one is meant). A Phoenix actor whose name or a form is a curated actor's form of a
 * compatible type (person to person, organisation or group to organisation or group; for these a
 * one-word name such as {@code HEZBOLLAH} counts too) is that curated actor: its roles are added to
 * the curated row, whose id and forms stay as they are. Other forms that collide with a curated
 * form are dropped.
 */
public final class DictionaryBuilder {

  public static final String COUNTRIES = "Phoenix.Countries.actors.txt";
  public static final String INTERNATIONAL = "Phoenix.International.actors.txt";
  public static final String NON_STATE = "Phoenix.MilNonState.actors.txt";

  /**
   * Words that make a dated Countries entry an institution rather than a person, and a person's
   * alias not the person ("REAGAN_ADMINISTRATION", "ASSAD_LOYALISTS").
   */
  static final Set<String> INSTITUTION_WORDS =
      Set.of(
          "PARTY",
          "GOVERNMENT",
          "MINISTRY",
          "COUNCIL",
          "ARMY",
          "FORCES",
          "FORCE",
          "FRONT",
          "MOVEMENT",
          "POLICE",
          "COMMISSION",
          "ASSEMBLY",
          "PARLIAMENT",
          "COURT",
          "BANK",
          "UNION",
          "ORGANIZATION",
          "ORGANISATION",
          "COMMITTEE",
          "AGENCY",
          "OFFICE",
          "DEPARTMENT",
          "CABINET",
          "SENATE",
          "CONGRESS",
          "REGIME",
          "MILITARY",
          "GUARD",
          "GUARDS",
          "BRIGADE",
          "BRIGADES",
          "REBELS",
          "MILITIA",
          "INSTITUTE",
          "UNIVERSITY",
          "COMPANY",
          "CORPORATION",
          "ASSOCIATION",
          "LEAGUE",
          "ALLIANCE",
          "COALITION",
          "AUTHORITY",
          "SERVICE",
          "SERVICES",
          "NAVY",
          "TROOPS",
          "OPPOSITION",
          "GROUP",
          "COUNTRY",
          "REPUBLIC",
          "KINGDOM",
          "STATE",
          "NATIONAL",
          "PROVINCE",
          "CITY",
          "DISTRICT",
          "REGION",
          "ADMINISTRATION",
          "FAMILY",
          "SUPPORTERS",
          "LOYALISTS",
          "FOLLOWERS",
          "CAMP",
          "FACTION",
          "ALLIES");

  /**
   * Words of company names; a name made of these alone ("BANCORP_INC") is the tail of many names,
   * not one.
   */
  static final Set<String> GENERIC_ORG_WORDS =
      Set.of(
          "BANCORP",
          "BANCSHARES",
          "BANCORPORATION",
          "INC",
          "INC.",
          "CORP",
          "CORP.",
          "CORPORATION",
          "CO",
          "CO.",
          "COMPANY",
          "LTD",
          "LTD.",
          "LIMITED",
          "GROUP",
          "HOLDINGS",
          "HOLDING",
          "PLC",
          "LLC",
          "LP",
          "INDUSTRIES",
          "INTERNATIONAL",
          "ENTERPRISES",
          "SYSTEMS",
          "TECHNOLOGIES",
          "PARTNERS",
          "TRUST",
          "FINANCIAL",
          "BANK",
          "SERVICES",
          "RESOURCES",
          "AND",
          "&",
          "THE",
          "OF",
          "SA",
          "AG",
          "NV");

  /** What a build did, for the command's report. */
  public record Stats(
      int curated,
      int phoenixEntries,
      int people,
      int organizations,
      int groups,
      int mergedIntoCurated,
      int rolesAddedToCurated,
      int formsDropped,
      int entriesWithoutForms,
      int badDates) {}

  public record Result(List<Actor> actors, Stats stats) {}

  private enum Kind {
    PERSON,
    ORGANIZATION,
    GROUP
  }

  /** A Phoenix actor on its way into the dictionary. */
  private static final class Candidate {
    final Kind kind;
    String name;
    final LinkedHashSet<String> forms = new LinkedHashSet<>();

    /**
     * Organisation and group names of one word ({@code HEZBOLLAH}): not forms, but they find a
     * curated row.
     */
    final LinkedHashSet<String> oneWordNames = new LinkedHashSet<>();

    final LinkedHashSet<ActorRole> roles = new LinkedHashSet<>();
    String country = "";

    Candidate(Kind kind) {
      this.kind = kind;
    }
  }

  private final ActorDictionary curated;
  private final Set<String> countryIds = new HashSet<>();
  private final Set<String> countryWords = new HashSet<>();
  private int badDates;
  private int formsDropped;
  private int withoutForms;

  public DictionaryBuilder(ActorDictionary curated) {
    this.curated = curated;
    for (Actor a : curated.actors()) {
      if (a.type() == ActorType.COUNTRY) {
        countryIds.add(a.id());
        List<String> words = new ArrayList<>(a.aliases());
        words.add(a.name());
        words.addAll(a.demonyms());
        for (String w : words) {
          String s = Actor.surface(w);
          if (s.indexOf(' ') < 0) {
            countryWords.add(s.replace(".", "").toUpperCase(Locale.ROOT));
          }
        }
      }
    }
  }

  /** Reads the three Phoenix files of dir and merges them with the curated rows. */
  public Result build(Path phoenixDir) throws IOException {
    List<PhoenixEntry> countries = read(phoenixDir.resolve(COUNTRIES));
    List<PhoenixEntry> international = read(phoenixDir.resolve(INTERNATIONAL));
    List<PhoenixEntry> nonState = read(phoenixDir.resolve(NON_STATE));
    return build(countries, international, nonState);
  }

  private static List<PhoenixEntry> read(Path p) throws IOException {
    if (!Files.isRegularFile(p)) {
      throw new IOException("Phoenix file not found: " + p);
    }
    try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
      return PhoenixReader.read(r);
    }
  }

  /** The merge itself, on entries already read (tests pass entries of their own). */
  public Result build(
      List<PhoenixEntry> countries, List<PhoenixEntry> international, List<PhoenixEntry> nonState) {
    List<Candidate> cands = new ArrayList<>();
    for (PhoenixEntry e : countries) {
      if ((e.dated() || e.comment().contains("CountryInfo")) && !institution(e.name())) {
        add(cands, e, Kind.PERSON);
      }
    }
    for (PhoenixEntry e : international) {
      if (e.dated()) {
        if (!institution(e.name())) {
          add(cands, e, Kind.PERSON);
        }
      } else if (!e.codes().isEmpty()
          && (e.codes().get(0).code().startsWith("NGO")
              || e.codes().get(0).code().startsWith("MNC"))) {
        add(cands, e, Kind.ORGANIZATION);
      }
    }
    for (PhoenixEntry e : nonState) {
      add(cands, e, Kind.GROUP);
    }
    int entries = countries.size() + international.size() + nonState.size();

    // one actor per name and kind (a UN head is in the country file and the international one)
    Map<String, Candidate> byName = new LinkedHashMap<>();
    for (Candidate c : cands) {
      String key = c.kind + " " + norm(c.name);
      Candidate first = byName.get(key);
      if (first == null) {
        byName.put(key, c);
      } else {
        first.forms.addAll(c.forms);
        first.oneWordNames.addAll(c.oneWordNames);
        first.roles.addAll(c.roles);
        if (first.country.isEmpty()) {
          first.country = c.country;
        }
      }
    }

    // curated forms: who owns each
    Map<String, Actor> curatedForm = new HashMap<>();
    for (Actor a : curated.actors()) {
      for (String f : allForms(a)) {
        curatedForm.putIfAbsent(norm(f), a);
      }
    }
    Map<String, LinkedHashSet<ActorRole>> addedRoles = new LinkedHashMap<>();
    int merged = 0;
    List<Candidate> kept = new ArrayList<>();
    for (Candidate c : byName.values()) {
      Actor same = curatedForm.get(norm(c.name));
      if (same == null || !compatible(c.kind, same.type())) {
        same = null;
        List<String> keys = new ArrayList<>(c.forms);
        keys.addAll(c.oneWordNames);
        for (String f : keys) {
          Actor a = curatedForm.get(norm(f));
          if (a != null && compatible(c.kind, a.type())) {
            same = a;
            break;
          }
        }
      }
      if (same != null) {
        merged++;
        if (!c.roles.isEmpty()) {
          addedRoles.computeIfAbsent(same.id(), k -> new LinkedHashSet<>()).addAll(c.roles);
        }
        continue;
      }
      int before = c.forms.size();
      c.forms.removeIf(f -> curatedForm.containsKey(norm(f)));
      formsDropped += before - c.forms.size();
      kept.add(c);
    }

    // a form two Phoenix actors share says neither
    Map<String, Integer> holders = new HashMap<>();
    for (Candidate c : kept) {
      Set<String> own = new HashSet<>();
      for (String f : c.forms) {
        if (own.add(norm(f))) {
          holders.merge(norm(f), 1, Integer::sum);
        }
      }
    }
    List<Actor> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    int rolesAdded = 0;
    for (Actor a : curated.actors()) {
      ids.add(a.id());
      LinkedHashSet<ActorRole> extra = addedRoles.get(a.id());
      if (extra != null) {
        LinkedHashSet<ActorRole> all = new LinkedHashSet<>(a.roles());
        all.addAll(extra);
        rolesAdded += all.size() - a.roles().size();
        a =
            new Actor(
                a.id(),
                a.name(),
                a.type(),
                a.country(),
                a.wikidata(),
                a.aliases(),
                a.demonyms(),
                a.metonyms(),
                a.source(),
                new ArrayList<>(all));
      }
      out.add(a);
    }
    int people = 0;
    int orgs = 0;
    int groups = 0;
    for (Candidate c : kept) {
      int before = c.forms.size();
      c.forms.removeIf(f -> holders.get(norm(f)) > 1);
      formsDropped += before - c.forms.size();
      if (c.forms.isEmpty()) {
        withoutForms++;
        continue;
      }
      String name = display(c.name);
      List<String> aliases = new ArrayList<>();
      boolean nameIsForm = false;
      for (String f : c.forms) {
        nameIsForm |= norm(f).equals(norm(name));
        if (!f.equals(name)) {
          aliases.add(f);
        }
      }
      if (!nameIsForm) {
        // the name is always matched unless marked weak; it was dropped as a form (shared or
        // curated), so it
        // may only be matched where the actor is otherwise named
        aliases.add(0, Actor.WEAK_PREFIX + name);
      }
      String id = uniqueId(slug(name), c.country, ids);
      ActorType type =
          switch (c.kind) {
            case PERSON -> ActorType.PERSON;
            case ORGANIZATION -> ActorType.ORGANIZATION;
            case GROUP -> ActorType.GROUP;
          };
      switch (c.kind) {
        case PERSON -> people++;
        case ORGANIZATION -> orgs++;
        case GROUP -> groups++;
      }
      out.add(
          new Actor(
              id,
              name,
              type,
              c.country,
              "",
              aliases,
              List.of(),
              List.of(),
              Actor.SOURCE_DICTIONARY,
              new ArrayList<>(c.roles)));
    }
    return new Result(
        out,
        new Stats(
            curated.size(),
            entries,
            people,
            orgs,
            groups,
            merged,
            rolesAdded,
            formsDropped,
            withoutForms,
            badDates));
  }

  private void add(List<Candidate> out, PhoenixEntry e, Kind kind) {
    boolean person = kind == Kind.PERSON;
    Candidate c = new Candidate(kind);
    List<String> raws = new ArrayList<>();
    raws.add(e.name());
    for (String a : e.aliases()) {
      // an alias line may hold two names run together with '+' (a typo in the source)
      for (String part : a.split("\\+")) {
        if (!part.isEmpty()) {
          raws.add(part);
        }
      }
    }
    for (String raw : raws) {
      if (person && institution(raw)) {
        continue; // "REAGAN_ADMINISTRATION": not the person, and its last word would become a
        // surname
      }
      if (!person && generic(raw)) {
        continue;
      }
      PhoenixNames.Tidy t = PhoenixNames.tidy(raw, person, countryWords::contains);
      if (t == null) {
        continue;
      }
      if (t.tokenCount() >= 2 && usable(t.words())) {
        if (c.name == null) {
          c.name = t.words();
        }
        c.forms.add(t.words());
      } else if (t.tokenCount() == 1 && !person) {
        c.oneWordNames.add(t.words());
      }
    }
    if (c.name == null) {
      withoutForms++;
      return;
    }
    Map<String, Integer> countryVotes = new LinkedHashMap<>();
    for (PhoenixCode code : e.codes()) {
      badDates += code.badDate() ? 1 : 0;
      String k = code.code();
      String country = "";
      String role = k;
      if (k.length() >= 3 && countryIds.contains(k.substring(0, 3))) {
        country = k.substring(0, 3);
        role = k.substring(3);
      } else if (k.length() >= 6
          && (k.startsWith("MNC") || k.startsWith("NGO"))
          && countryIds.contains(k.substring(3, 6))) {
        country = k.substring(3, 6);
        role =
            k.substring(0, 3)
                + k.substring(6); // MNCUSAMED: a US multinational in the media sector, MNCMED
      }
      if (!country.isEmpty()) {
        countryVotes.merge(country, 1, Integer::sum);
      }
      if (!role.isEmpty() && !role.startsWith("~")) {
        c.roles.add(new ActorRole(country, role, code.start(), code.end()));
      }
    }
    int best = 0;
    for (Map.Entry<String, Integer> v : countryVotes.entrySet()) {
      if (v.getValue() > best) {
        best = v.getValue();
        c.country = v.getKey();
      }
    }
    out.add(c);
  }

  private static boolean generic(String raw) {
    for (String w : raw.split("_")) {
      if (!w.isEmpty() && !GENERIC_ORG_WORDS.contains(w)) {
        return false;
      }
    }
    return true;
  }

  private static boolean institution(String raw) {
    for (String w : raw.split("_")) {
      if (INSTITUTION_WORDS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** Letters, digits, spaces, hyphens, apostrophes, dots and '&' only, at least four letters. */
  private static boolean usable(String s) {
    int letters = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
      } else if (!(Character.isDigit(c)
          || c == ' '
          || c == '-'
          || c == '\''
          || c == '.'
          || c == '&')) {
        return false;
      }
    }
    return letters >= 4;
  }

  private static boolean compatible(Kind kind, ActorType type) {
    return kind == Kind.PERSON
        ? type == ActorType.PERSON
        : type == ActorType.ORGANIZATION || type == ActorType.GROUP;
  }

  private static List<String> allForms(Actor a) {
    List<String> f = new ArrayList<>();
    f.add(a.name());
    f.addAll(a.aliases());
    f.addAll(a.demonyms());
    f.addAll(a.metonyms());
    return f;
  }

  /** Case-, dot- and hyphen-blind key of a form: "al-Qaeda", "Al Qaeda" and "AL QAEDA" are one. */
  static String norm(String form) {
    String s =
        Actor.surface(form)
            .toLowerCase(Locale.ROOT)
            .replace(".", "")
            .replace('-', ' ')
            .replace('\u2019', '\'');
    return s.trim().replaceAll("\\s+", " ");
  }

  /**
   * The name as shown: its first letter upper case ("al-Qaida" is written "Al-Qaida" at the start).
   */
  private static String display(String form) {
    return Character.toUpperCase(form.charAt(0)) + form.substring(1);
  }

  static String slug(String name) {
    String s =
        Normalizer.normalize(name, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT);
    s = s.replace("'", "").replaceAll("[^a-z0-9]+", "-");
    s = s.replaceAll("^-+|-+$", "");
    return s.isEmpty() ? "x" : s;
  }

  private static String uniqueId(String slug, String country, Set<String> ids) {
    String id = slug;
    if (ids.contains(id) && !country.isEmpty()) {
      id = slug + "-" + country.toLowerCase(Locale.ROOT);
    }
    int n = 2;
    String base = id;
    while (ids.contains(id)) {
      id = base + "-" + n++;
    }
    ids.add(id);
    return id;
  }
}
