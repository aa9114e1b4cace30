package io.newsgraph.actors;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One dated role of an actor, as the Phoenix / CountryInfo dictionaries give it: the CAMEO actor
 * code split into its country ({@code IRN}) and the rest ({@code GOV} government, {@code MIL}
 * military, {@code ELI} elite, {@code OPP} opposition, {@code IGOUNO} a UN body, ...), and when the
 * role held. A later step can then resolve "Iran's foreign minister" by an article's date.
 *
 * <p>CSV form (the {@code roles} column of the dictionary, {@code |} between roles): {@code
 * COUNTRY:ROLE:START:END} with ISO dates, any part but ROLE may be empty: {@code
 * IRN:GOV:1989-06-04:}.
 *
 * @param country ISO alpha-3 of the country the role is in, or "" (international or unknown)
 * @param role the CAMEO code without the country (never empty)
 * @param start first day, or null when the source gives none
 * @param end last day, or null (open or not given)
 */
public record ActorRole(String country, String role, LocalDate start, LocalDate end) {

  public ActorRole {
    country = country == null ? "" : country;
    Objects.requireNonNull(role, "role");
  }

  /** CAMEO's media sector. */
  public static final String MEDIA = "MED";

  /**
   * True when the role is in the media sector: a CAMEO code is a run of three-letter parts and one
   * of them is {@code MED} ({@code MED}, {@code MNCMED}, {@code GOVMED}).
   */
  public boolean media() {
    for (int i = 0; i + 3 <= role.length(); i += 3) {
      if (role.startsWith(MEDIA, i)) {
        return true;
      }
    }
    return false;
  }

  /** The CSV form {@code COUNTRY:ROLE:START:END}. */
  public String format() {
    return country
        + ":"
        + role
        + ":"
        + (start == null ? "" : start)
        + ":"
        + (end == null ? "" : end);
  }

  /** {@link #format()} of every role, joined by {@code |}. */
  public static String formatAll(List<ActorRole> roles) {
    StringBuilder sb = new StringBuilder();
    for (ActorRole r : roles) {
      if (sb.length() > 0) {
        sb.append('|');
      }
      sb.append(r.format());
    }
    return sb.toString();
  }

  /**
   * Parses a {@code |}-separated list of roles in CSV form.
   *
   * @throws IllegalArgumentException naming the bad role and why
   */
  public static List<ActorRole> parseAll(String field) {
    String f = field.trim();
    if (f.isEmpty()) {
      return List.of();
    }
    List<ActorRole> out = new ArrayList<>();
    for (String part : f.split("\\|", -1)) {
      String[] p = part.trim().split(":", -1);
      if (p.length != 4) {
        throw new IllegalArgumentException(
            "role '" + part.trim() + "' is not COUNTRY:ROLE:START:END");
      }
      if (!p[0].isEmpty() && !ActorDictionary.isAlpha3(p[0])) {
        throw new IllegalArgumentException(
            "role '" + part.trim() + "': country '" + p[0] + "' is not ISO alpha-3");
      }
      if (p[1].isEmpty()) {
        throw new IllegalArgumentException("role '" + part.trim() + "' has an empty ROLE");
      }
      out.add(new ActorRole(p[0], p[1], date(p[2], part), date(p[3], part)));
    }
    return out;
  }

  private static LocalDate date(String s, String part) {
    if (s.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(s);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "role '" + part.trim() + "': bad date '" + s + "' (expected YYYY-MM-DD)");
    }
  }
}
