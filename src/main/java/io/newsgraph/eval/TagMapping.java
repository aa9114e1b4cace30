package io.newsgraph.eval;

import io.newsgraph.actors.ActorDictionary;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Maps Reuters-21578 indexers' tag codes ({@code usa}, {@code west-germany}, {@code volcker},
 * {@code opec}) to newsgraph actor ids. Read from a CSV {@code tag_kind,tag,actor_id} (the default
 * is the classpath resource {@value #DEFAULT_RESOURCE}); {@code actor_id} may hold several {@code
 * |}-separated ids that stand for the same thing (a tag is found when any of them is mentioned), or
 * be empty for a tag we do not model (listed, unmapped).
 */
public final class TagMapping {

  public static final String DEFAULT_RESOURCE = "/io/newsgraph/eval/reuters-tags.csv";

  /** The three tag fields of a Reuters record. */
  public enum Kind {
    PLACES,
    PEOPLE,
    ORGS;

    /** The JSON field / CSV value: {@code places}, {@code people}, {@code orgs}. */
    public String field() {
      return name().toLowerCase(Locale.ROOT);
    }

    static Kind of(String s) {
      for (Kind k : values()) {
        if (k.field().equals(s)) {
          return k;
        }
      }
      return null;
    }
  }

  private final Map<Kind, Map<String, List<String>>> byKind;

  private TagMapping(Map<Kind, Map<String, List<String>>> byKind) {
    this.byKind = byKind;
  }

  /** The mapping shipped on the classpath. */
  public static TagMapping loadDefault() {
    InputStream in = TagMapping.class.getResourceAsStream(DEFAULT_RESOURCE);
    if (in == null) {
      throw new IllegalStateException("classpath resource not found: " + DEFAULT_RESOURCE);
    }
    try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return parse(r, "reuters-tags.csv");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses a mapping CSV ({@code #} comments, header {@code tag_kind,tag,actor_id}). */
  public static TagMapping parse(Reader csv, String sourceName) {
    Map<Kind, Map<String, List<String>>> m = new EnumMap<>(Kind.class);
    for (Kind k : Kind.values()) {
      m.put(k, new LinkedHashMap<>());
    }
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setCommentMarker('#')
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true)
            .get();
    boolean header = false;
    try (CSVParser p = CSVParser.builder().setReader(csv).setFormat(format).get()) {
      for (CSVRecord r : p) {
        if (!header) {
          if (r.size() < 3
              || !"tag_kind".equals(r.get(0))
              || !"tag".equals(r.get(1))
              || !"actor_id".equals(r.get(2))) {
            throw new IllegalArgumentException(
                sourceName + ": header must be tag_kind,tag,actor_id");
          }
          header = true;
          continue;
        }
        if (r.size() != 3) {
          throw new IllegalArgumentException(
              sourceName
                  + " record "
                  + r.getRecordNumber()
                  + ": expected 3 fields, got "
                  + r.size());
        }
        Kind k = Kind.of(r.get(0));
        if (k == null) {
          throw new IllegalArgumentException(
              sourceName
                  + " record "
                  + r.getRecordNumber()
                  + ": tag_kind must be places, people or orgs, not '"
                  + r.get(0)
                  + "'");
        }
        List<String> ids = new ArrayList<>();
        for (String id : r.get(2).split("\\|")) {
          if (!id.isBlank()) {
            ids.add(id.strip());
          }
        }
        if (m.get(k).put(r.get(1), List.copyOf(ids)) != null) {
          throw new IllegalArgumentException(
              sourceName
                  + " record "
                  + r.getRecordNumber()
                  + ": duplicate tag "
                  + k.field()
                  + "/"
                  + r.get(1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + sourceName, e);
    }
    return new TagMapping(m);
  }

  /** True when the file lists the tag (mapped or deliberately unmapped). */
  public boolean isListed(Kind kind, String tag) {
    return byKind.get(kind).containsKey(tag);
  }

  /** The actor ids a tag stands for; empty when the tag is unmapped or not listed. */
  public List<String> actorIds(Kind kind, String tag) {
    List<String> ids = byKind.get(kind).get(tag);
    return ids == null ? List.of() : ids;
  }

  public boolean isMapped(Kind kind, String tag) {
    return !actorIds(kind, tag).isEmpty();
  }

  /** All listed tags of a kind, in file order. */
  public Map<String, List<String>> tags(Kind kind) {
    return Collections.unmodifiableMap(byKind.get(kind));
  }

  /**
   * Mapped ids missing from the dictionary, as {@code kind/tag -> id} strings (empty when all
   * resolve).
   */
  public List<String> missingIn(ActorDictionary dict) {
    List<String> out = new ArrayList<>();
    for (Kind k : Kind.values()) {
      for (Map.Entry<String, List<String>> e : byKind.get(k).entrySet()) {
        for (String id : e.getValue()) {
          if (dict.get(id) == null) {
            out.add(k.field() + "/" + e.getKey() + " -> " + id);
          }
        }
      }
    }
    return out;
  }
}
