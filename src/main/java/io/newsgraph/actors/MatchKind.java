package io.newsgraph.actors;

import java.util.Locale;

/**
 * How a mention was matched; the table value is the lower-case name. {@link #ATTRIBUTION}: a news
 * organisation cited as the source ({@link AttributionDetector}), kept in {@code mentions} but left
 * out of the daily tables.
 */
public enum MatchKind {
  ALIAS,
  DEMONYM,
  METONYM,
  COREF,
  DISCOVERED,
  ATTRIBUTION;

  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }
}
