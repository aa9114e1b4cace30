package io.newsgraph.actors;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Immutable actor dictionary loaded from CSV (UTF-8, RFC 4180, header required): {@code
 * actor_id,name,type,country,wikidata,aliases,demonyms,metonyms}, optionally followed by {@code
 * roles}.
 *
 * <ul>
 *   <li>Lines starting with {@code #} are comments; blank lines are ignored; a UTF-8 BOM is
 *       ignored.
 *   <li>{@code actor_id}: countries ({@code type=country}) use ISO alpha-3 upper case ({@code
 *       IRN}); other actors a lower-case slug ({@code hezbollah}, {@code un-security-council}) or,
 *       for territories, ISO alpha-3.
 *   <li>{@code aliases|demonyms|metonyms}: {@code |}-separated surface forms; {@code ~} in front of
 *       a form makes it weak (matched only with supporting context, see {@link ActorMatcher}).
 *   <li>{@code roles} (optional column): {@code |}-separated dated roles {@code
 *       COUNTRY:ROLE:START:END}, see {@link ActorRole}.
 * </ul>
 *
 * Any bad row raises {@link ActorDictionaryException} naming the file, the line and the field.
 */
public final class ActorDictionary {

  public static final String DEFAULT_RESOURCE = "/io/newsgraph/actors/default-actors.csv";
  static final String[] HEADER = {
    "actor_id", "name", "type", "country", "wikidata", "aliases", "demonyms", "metonyms"
  };

  /** The optional last column. */
  static final String ROLES = "roles";

  private final Map<String, Actor> byId;

  private ActorDictionary(Map<String, Actor> byId) {
    this.byId = Collections.unmodifiableMap(byId);
  }

  private static final class DefaultHolder {
    static final ActorDictionary DEFAULT = readDefault();
  }

  /**
   * The dictionary shipped on the classpath at {@value #DEFAULT_RESOURCE} (parsed once per JVM).
   */
  public static ActorDictionary loadDefault() {
    return DefaultHolder.DEFAULT;
  }

  private static ActorDictionary readDefault() {
    InputStream in = ActorDictionary.class.getResourceAsStream(DEFAULT_RESOURCE);
    if (in == null) {
      throw new ActorDictionaryException(DEFAULT_RESOURCE, "classpath resource not found", null);
    }
    try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return parse(r, "default-actors.csv");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Default dictionary merged with the overrides file (same id replaces); null path = default only.
   */
  public static ActorDictionary load(Path overrides) {
    ActorDictionary def = loadDefault();
    if (overrides == null) {
      return def;
    }
    try (Reader r = Files.newBufferedReader(overrides, StandardCharsets.UTF_8)) {
      return def.merge(parse(r, overrides.getFileName().toString()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read actor dictionary " + overrides, e);
    }
  }

  /** Parses one CSV; sourceName is used in error messages. */
  public static ActorDictionary parse(Reader csv, String sourceName) {
    String text;
    try {
      text = readAll(csv);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read actor dictionary " + sourceName, e);
    }
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    LineIndex lines = new LineIndex(text);
    CSVFormat format =
        CSVFormat.RFC4180.builder().setCommentMarker('#').setIgnoreEmptyLines(true).get();
    Map<String, Actor> byId = new LinkedHashMap<>();
    Map<String, Long> lineOfId = new HashMap<>();
    boolean headerSeen = false;
    int columns = HEADER.length;
    try (CSVParser parser =
        CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
      for (CSVRecord rec : parser) {
        long line = lines.recordLine(rec.getCharacterPosition());
        if (!headerSeen) {
          columns = checkHeader(rec, sourceName, line);
          headerSeen = true;
          continue;
        }
        Actor a = parseRow(rec, sourceName, line, columns);
        Long prev = lineOfId.putIfAbsent(a.id(), line);
        if (prev != null) {
          throw new ActorDictionaryException(
              sourceName,
              line,
              "actor_id",
              "duplicate id '" + a.id() + "' (first defined on line " + prev + ")");
        }
        byId.put(a.id(), a);
      }
    } catch (IOException | UncheckedIOException e) {
      throw new ActorDictionaryException(sourceName, "CSV syntax error: " + e.getMessage(), e);
    } catch (IllegalStateException e) { // commons-csv reports e.g. unterminated quotes this way
      throw new ActorDictionaryException(sourceName, "CSV syntax error: " + e.getMessage(), e);
    }
    if (!headerSeen) {
      throw new ActorDictionaryException(
          sourceName, 1, "header", "missing header (expected " + String.join(",", HEADER) + ")");
    }
    return new ActorDictionary(byId);
  }

  /** Builds a dictionary from actors already in memory (same id: the later one wins). */
  public static ActorDictionary of(Collection<Actor> actors) {
    Map<String, Actor> m = new LinkedHashMap<>();
    for (Actor a : actors) {
      m.put(a.id(), a);
    }
    return new ActorDictionary(m);
  }

  /**
   * This dictionary with the overrides' actors added; an override with the same id replaces the
   * actor.
   */
  public ActorDictionary merge(ActorDictionary overrides) {
    Map<String, Actor> m = new LinkedHashMap<>(byId);
    m.putAll(overrides.byId);
    return new ActorDictionary(m);
  }

  /**
   * Writes actors as dictionary CSV with the {@code roles} column, after the given comment lines
   * ({@code # } is prefixed). {@link #parse} reads it back to equal actors.
   */
  public static void write(Collection<Actor> actors, List<String> comments, Appendable out)
      throws IOException {
    for (String c : comments) {
      out.append(c.isEmpty() ? "#" : "# " + c).append('\n');
    }
    CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();
    try (CSVPrinter p = new CSVPrinter(out, format)) {
      List<String> header = new ArrayList<>(List.of(HEADER));
      header.add(ROLES);
      p.printRecord(header);
      for (Actor a : actors) {
        p.printRecord(
            a.id(),
            a.name(),
            a.type().value(),
            a.country(),
            a.wikidata(),
            String.join("|", a.aliases()),
            String.join("|", a.demonyms()),
            String.join("|", a.metonyms()),
            ActorRole.formatAll(a.roles()));
      }
    }
  }

  /** Actors in file order (overrides appended, replaced ones keep their place). */
  public Collection<Actor> actors() {
    return byId.values();
  }

  /** The actor with that id, or null. */
  public Actor get(String id) {
    return byId.get(id);
  }

  public int size() {
    return byId.size();
  }

  /** Checks the header and returns its number of columns (8, or 9 with {@code roles}). */
  private static int checkHeader(CSVRecord rec, String file, long line) {
    for (int i = 0; i < HEADER.length; i++) {
      String got = i < rec.size() ? rec.get(i).trim() : "";
      if (!HEADER[i].equals(got)) {
        throw new ActorDictionaryException(
            file,
            line,
            HEADER[i],
            "bad header: expected '"
                + HEADER[i]
                + "' as column "
                + (i + 1)
                + " but found '"
                + got
                + "' (header must be "
                + String.join(",", HEADER)
                + ")");
      }
    }
    if (rec.size() == HEADER.length + 1 && ROLES.equals(rec.get(HEADER.length).trim())) {
      return HEADER.length + 1;
    }
    if (rec.size() != HEADER.length) {
      throw new ActorDictionaryException(
          file,
          line,
          "header",
          "bad header: "
              + rec.size()
              + " columns, expected "
              + HEADER.length
              + " (or "
              + (HEADER.length + 1)
              + " with a last column '"
              + ROLES
              + "')");
    }
    return HEADER.length;
  }

  private static Actor parseRow(CSVRecord rec, String file, long line, int columns) {
    int n = rec.size();
    if (n < columns) {
      throw new ActorDictionaryException(
          file,
          line,
          n < HEADER.length ? HEADER[n] : ROLES,
          "missing (row has " + n + " fields, expected " + columns + ")");
    }
    if (n > columns) {
      throw new ActorDictionaryException(
          file, line, "(extra)", "row has " + n + " fields, expected " + columns);
    }
    String id = rec.get(0).trim();
    String name = rec.get(1).trim();
    String typeS = rec.get(2).trim();
    String country = rec.get(3).trim();
    String wikidata = rec.get(4).trim();
    if (id.isEmpty()) {
      throw new ActorDictionaryException(file, line, "actor_id", "empty id");
    }
    if (name.isEmpty()) {
      throw new ActorDictionaryException(file, line, "name", "empty name");
    }
    ActorType type = ActorType.parse(typeS);
    if (type == null) {
      throw new ActorDictionaryException(
          file,
          line,
          "type",
          "unknown type '"
              + typeS
              + "' (expected one of person, organization, country, group, place)");
    }
    if (type == ActorType.COUNTRY) {
      if (!isAlpha3(id)) {
        throw new ActorDictionaryException(
            file,
            line,
            "actor_id",
            "bad country id '" + id + "' (countries use ISO 3166-1 alpha-3 upper case, e.g. IRN)");
      }
    } else if (!isAlpha3(id) && !isSlug(id)) {
      throw new ActorDictionaryException(
          file,
          line,
          "actor_id",
          "bad id '"
              + id
              + "' (expected a lower-case slug like 'un-security-council' or ISO alpha-3)");
    }
    if (!country.isEmpty() && !isAlpha3(country)) {
      throw new ActorDictionaryException(
          file,
          line,
          "country",
          "bad country code '"
              + country
              + "' (expected ISO 3166-1 alpha-3 upper case, e.g. IRN, or empty)");
    }
    if (!wikidata.isEmpty() && !isQid(wikidata)) {
      throw new ActorDictionaryException(
          file,
          line,
          "wikidata",
          "bad Q-id '" + wikidata + "' (expected Q followed by digits, e.g. Q794, or empty)");
    }
    List<String> aliases = forms(rec.get(5), file, line, "aliases");
    List<String> demonyms = forms(rec.get(6), file, line, "demonyms");
    List<String> metonyms = forms(rec.get(7), file, line, "metonyms");
    if (!hasWordChar(name)) {
      throw new ActorDictionaryException(
          file, line, "name", "name '" + name + "' has no letters or digits");
    }
    List<ActorRole> roles = List.of();
    if (columns > HEADER.length) {
      try {
        roles = ActorRole.parseAll(rec.get(HEADER.length));
      } catch (IllegalArgumentException e) {
        throw new ActorDictionaryException(file, line, ROLES, e.getMessage());
      }
    }
    return new Actor(
        id,
        name,
        type,
        country,
        wikidata,
        aliases,
        demonyms,
        metonyms,
        Actor.SOURCE_DICTIONARY,
        roles);
  }

  private static List<String> forms(String field, String file, long line, String fieldName) {
    String f = field.trim();
    if (f.isEmpty()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String part : f.split("\\|", -1)) {
      String p = part.trim();
      if (p.isEmpty()) {
        continue;
      }
      String surface = Actor.surface(p).trim();
      if (!hasWordChar(surface)) {
        throw new ActorDictionaryException(
            file, line, fieldName, "form '" + p + "' has no letters or digits");
      }
      out.add(Actor.isWeak(p) ? Actor.WEAK_PREFIX + surface : surface);
    }
    return out;
  }

  private static boolean hasWordChar(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (io.newsgraph.text.Tokenizer.isWordChar(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  static boolean isAlpha3(String s) {
    if (s.length() != 3) {
      return false;
    }
    for (int i = 0; i < 3; i++) {
      char c = s.charAt(i);
      if (c < 'A' || c > 'Z') {
        return false;
      }
    }
    return true;
  }

  static boolean isSlug(String s) {
    if (s.isEmpty() || s.charAt(0) == '-' || s.charAt(s.length() - 1) == '-') {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
      if (!ok || (c == '-' && s.charAt(i - 1) == '-')) {
        return false;
      }
    }
    return true;
  }

  static boolean isQid(String s) {
    if (s.length() < 2 || s.charAt(0) != 'Q' || s.charAt(1) == '0') {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static String readAll(Reader r) throws IOException {
    StringBuilder sb = new StringBuilder(1 << 16);
    char[] buf = new char[1 << 14];
    int n;
    while ((n = r.read(buf)) > 0) {
      sb.append(buf, 0, n);
    }
    return sb.toString();
  }

  /**
   * Maps char positions to 1-based line numbers; skips comment/blank lines before a record start.
   */
  private static final class LineIndex {
    private final String text;
    private final int[] lineStarts;

    LineIndex(String text) {
      this.text = text;
      List<Integer> starts = new ArrayList<>();
      starts.add(0);
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
          starts.add(i + 1);
        }
      }
      lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    long recordLine(long charPosition) {
      int line = lineOf((int) charPosition);
      // commons-csv reports the position before skipped comment / blank lines
      while (line + 1 < lineStarts.length && skippable(line)) {
        line++;
      }
      return line + 1L;
    }

    private boolean skippable(int line) {
      int s = lineStarts[line];
      int e = line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length();
      if (s < e && text.charAt(s) == '#') {
        return true;
      }
      for (int i = s; i < e; i++) {
        char c = text.charAt(i);
        if (c != '\r' && c != '\n') {
          return false;
        }
      }
      return true;
    }

    private int lineOf(int pos) {
      int idx = java.util.Arrays.binarySearch(lineStarts, pos);
      return idx >= 0 ? idx : -idx - 2;
    }
  }
}
