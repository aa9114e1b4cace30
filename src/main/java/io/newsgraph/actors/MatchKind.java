package io.newsgraph.actors;

import java.util.Locale;

/** How a mention was matched; the table value is the lower-case name. */
public enum MatchKind {
  ALIAS, DEMONYM, METONYM, COREF, DISCOVERED;

  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }
}
