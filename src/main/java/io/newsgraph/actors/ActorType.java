package io.newsgraph.actors;

import java.util.Locale;

/** Actor type; the CSV / table value is the lower-case name. */
public enum ActorType {
  PERSON,
  ORGANIZATION,
  COUNTRY,
  GROUP,
  PLACE;

  /** CSV / table value: lower-case name. */
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a CSV value (case-insensitive, trimmed); null if unknown. */
  public static ActorType parse(String s) {
    if (s == null) {
      return null;
    }
    String v = s.trim().toUpperCase(Locale.ROOT);
    for (ActorType t : values()) {
      if (t.name().equals(v)) {
        return t;
      }
    }
    return null;
  }
}
