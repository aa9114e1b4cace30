package io.newsgraph.actors;

import java.util.List;
import java.util.Objects;

/**
 * A dictionary (or discovered) actor.
 *
 * <p>{@code aliases}, {@code demonyms} and {@code metonyms} are the surface forms as written in the
 * CSV; a form prefixed with {@code ~} is <em>weak</em> (see {@link ActorMatcher}). The name is
 * always matched as an alias too (strong, unless the aliases list it as {@code ~name}), even though
 * it is not repeated in {@code aliases}.
 *
 * @param country ISO alpha-3 of the actor's country, or "" (never null)
 * @param wikidata Q-id or "" (never null)
 * @param source {@link #SOURCE_DICTIONARY} or {@link #SOURCE_DISCOVERED}
 * @param roles dated roles (office holders from the Phoenix dictionaries); empty for most actors
 */
public record Actor(
    String id,
    String name,
    ActorType type,
    String country,
    String wikidata,
    List<String> aliases,
    List<String> demonyms,
    List<String> metonyms,
    String source,
    List<ActorRole> roles) {

  public static final String SOURCE_DICTIONARY = "dictionary";
  public static final String SOURCE_DISCOVERED = "discovered";

  /** Prefix of a weak surface form in the CSV. */
  public static final char WEAK_PREFIX = '~';

  public Actor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    country = country == null ? "" : country;
    wikidata = wikidata == null ? "" : wikidata;
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    demonyms = demonyms == null ? List.of() : List.copyOf(demonyms);
    metonyms = metonyms == null ? List.of() : List.copyOf(metonyms);
    source = source == null ? SOURCE_DICTIONARY : source;
    roles = roles == null ? List.of() : List.copyOf(roles);
  }

  /** An actor without roles. */
  public Actor(
      String id,
      String name,
      ActorType type,
      String country,
      String wikidata,
      List<String> aliases,
      List<String> demonyms,
      List<String> metonyms,
      String source) {
    this(id, name, type, country, wikidata, aliases, demonyms, metonyms, source, List.of());
  }

  /** True if the surface form is weak ({@code ~Jordan}). */
  public static boolean isWeak(String form) {
    return !form.isEmpty() && form.charAt(0) == WEAK_PREFIX;
  }

  /** The surface form without a weak prefix. */
  public static String surface(String form) {
    return isWeak(form) ? form.substring(1) : form;
  }
}
