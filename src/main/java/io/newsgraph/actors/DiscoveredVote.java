package io.newsgraph.actors;

import java.util.ArrayList;
import java.util.List;

/**
 * The name and type a discovered actor is listed under, voted by the articles that name it. Each
 * article gives one vote: the name it wrote and the type the tagger gave it there (the linker
 * already settles one name and type per actor in an article).
 *
 * <ul>
 *   <li>type: the one most articles gave; a tie goes to the type declared first in {@link
 *       ActorType} (person, organization, country, group, place), then to the smaller string;
 *   <li>name: among the articles of the winning type, the form most of them wrote; a tie goes to
 *       the smaller string (UTF-16 order).
 * </ul>
 *
 * Votes only add up, so the outcome depends on the totals alone: the same whether a corpus comes in
 * one run or night by night, in whatever order. Reusable: {@link #reset()} between actors.
 */
public final class DiscoveredVote {

  /** The winning name and type (table value, lower case). */
  public record Outcome(String name, String type) {}

  private record Tally(String name, String type, long articles) {}

  private final List<Tally> tallies = new ArrayList<>();

  /** Adds {@code articles} votes for a name written and typed so; the pair may come again. */
  public void add(String name, String type, long articles) {
    if (name == null || type == null) {
      throw new IllegalArgumentException("a vote needs a name and a type");
    }
    if (articles < 0) {
      throw new IllegalArgumentException("negative vote count " + articles);
    }
    tallies.add(new Tally(name, type, articles));
  }

  public void reset() {
    tallies.clear();
  }

  /** The outcome of the votes added since the last reset; null when there were none. */
  public Outcome outcome() {
    if (tallies.isEmpty()) {
      return null;
    }
    // an actor has a handful of (name, type) pairs: quadratic sums over them cost less than maps
    String type = null;
    long typeVotes = -1;
    for (Tally t : tallies) {
      if (type != null && t.type().equals(type)) {
        continue;
      }
      long n = votes(null, t.type());
      if (n > typeVotes || (n == typeVotes && typeOrder(t.type(), type) < 0)) {
        type = t.type();
        typeVotes = n;
      }
    }
    String name = null;
    long nameVotes = -1;
    for (Tally t : tallies) {
      if (!t.type().equals(type) || t.name().equals(name)) {
        continue;
      }
      long n = votes(t.name(), type);
      if (n > nameVotes || (n == nameVotes && t.name().compareTo(name) < 0)) {
        name = t.name();
        nameVotes = n;
      }
    }
    return new Outcome(name, type);
  }

  /** Votes for a type, and for one name of it when name is not null. */
  private long votes(String name, String type) {
    long n = 0;
    for (Tally t : tallies) {
      if (t.type().equals(type) && (name == null || t.name().equals(name))) {
        n += t.articles();
      }
    }
    return n;
  }

  /**
   * Negative when type a comes before b in the tie order: ActorType's declaration order, then
   * strings that are no ActorType in string order after them.
   */
  static int typeOrder(String a, String b) {
    int ra = rank(a);
    int rb = rank(b);
    return ra != rb ? Integer.compare(ra, rb) : a.compareTo(b);
  }

  private static int rank(String type) {
    ActorType t = ActorType.parse(type);
    return t == null ? ActorType.values().length : t.ordinal();
  }
}
