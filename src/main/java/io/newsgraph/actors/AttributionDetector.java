package io.newsgraph.actors;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Marks the mentions of news organisations cited as sources as {@link MatchKind#ATTRIBUTION}: "told
 * Reuters", "the Financial Times reported", "according to CNN", "documents seen by Reuters", a
 * headline ending "- The Washington Post", a wire dateline "(Reuters) -". Such a mention says where
 * a story came from, not who it is about, so the daily tables leave it out (README, Actors).
 *
 * <p>News organisations are the organisation actors with a media role (CAMEO sector {@code MED},
 * see {@link ActorRole#media()}). The rule is grammar around the mention, read on the raw text:
 *
 * <ul>
 *   <li>before it, optionally past "the" or "a": a reporting verb or phrase that takes the source
 *       as its object ({@code told}, {@code tells}, {@code according to}, {@code interview with},
 *       {@code speaking to}, {@code statement to}, {@code seen by}, {@code quoted by}, {@code
 *       polled by}, {@code questions from}, {@code wrote in}, ...);
 *   <li>after it, optionally past a comma and one auxiliary or adverb ({@code has}, {@code first},
 *       {@code earlier}, ...): a reporting verb with the source as subject ({@code reported},
 *       {@code said}, {@code wrote}, {@code quoted}, {@code citing}, {@code learned}, {@code
 *       revealed}, ...) or a noun for the source's own figures ({@code poll}, {@code survey},
 *       {@code tally}, {@code calculations});
 *   <li>a headline's credit: the mention (optionally after "The") ends its line and follows " - ",
 *       " – ", " — " or " | ";
 *   <li>a dateline credit: the mention in parentheses followed by a dash ({@code LONDON (Reuters)
 *       -}).
 * </ul>
 *
 * Any other mention of a news organisation ("Reuters cut 500 jobs", "a CNN reporter was hurt")
 * stays as it was. Thread-safe and immutable.
 */
public final class AttributionDetector {

  /** Words before the source, nearest last ({@code according to} is {"according", "to"}). */
  private static final String[][] BEFORE = {
    {"told"},
    {"tells"},
    {"tell"},
    {"telling"},
    {"according", "to"},
    {"interview", "with"},
    {"interviewed", "by"},
    {"speaking", "to"},
    {"spoke", "to"},
    {"speaking", "with"},
    {"spoke", "with"},
    {"talking", "to"},
    {"talked", "to"},
    {"statement", "to"},
    {"comments", "to"},
    {"remarks", "to"},
    {"confirmed", "to"},
    {"seen", "by"},
    {"obtained", "by"},
    {"reviewed", "by"},
    {"quoted", "by"},
    {"cited", "by"},
    {"reported", "by"},
    {"wrote", "in"},
    {"writing", "in"},
    {"published", "by"},
    {"broadcast", "by"},
    {"aired", "by"},
    {"polled", "by"},
    {"surveyed", "by"},
    {"asked", "by"},
    {"questions", "from"},
    {"question", "from"}
  };

  /** Reporting verbs after the source. */
  private static final Set<String> AFTER =
      Set.of(
          "reported",
          "reports",
          "reporting",
          "said",
          "says",
          "wrote",
          "writes",
          "quoted",
          "quotes",
          "cited",
          "cites",
          "citing",
          "revealed",
          "reveals",
          "learned",
          "learnt",
          "confirmed",
          "announced",
          "broadcast",
          "aired",
          "published",
          "obtained",
          "estimated",
          "calculated",
          "tallied",
          "reviewed",
          "report",
          "say",
          "write",
          "quote",
          "cite",
          "reveal",
          "learn",
          "confirm",
          // the source's own figures: "a Reuters poll of economists", "according to a Reuters
          // tally"
          "poll",
          "polls",
          "survey",
          "surveys",
          "tally",
          "calculation",
          "calculations");

  /** One word allowed between the source and its verb. */
  private static final Set<String> BETWEEN =
      Set.of(
          "has",
          "have",
          "had",
          "was",
          "were",
          "first",
          "previously",
          "earlier",
          "also",
          "exclusively",
          "recently",
          "later",
          "then",
          "originally",
          "separately",
          "initially");

  private static final Set<String> ARTICLE = Set.of("the", "a", "an");

  private final Set<String> media;

  /**
   * @param mediaIds ids of the news organisations
   */
  public AttributionDetector(Set<String> mediaIds) {
    this.media = Set.copyOf(mediaIds);
  }

  /** The news organisations of a dictionary: organisations with a media role. */
  public static AttributionDetector of(ActorDictionary dict) {
    Set<String> ids = new HashSet<>();
    for (Actor a : dict.actors()) {
      if (a.type() == ActorType.ORGANIZATION) {
        for (ActorRole r : a.roles()) {
          if (r.media()) {
            ids.add(a.id());
            break;
          }
        }
      }
    }
    return new AttributionDetector(ids);
  }

  /** Number of news organisations known. */
  public int mediaCount() {
    return media.size();
  }

  /**
   * The mentions with those that cite a news organisation as a source turned into kind ATTRIBUTION
   * (same id, offsets and sentence). Returns the same list when nothing changes.
   */
  public List<Mention> apply(CharSequence doc, List<Mention> mentions) {
    if (media.isEmpty()) {
      return mentions;
    }
    List<Mention> out = null;
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (m.kind() != MatchKind.ATTRIBUTION
          && media.contains(m.actorId())
          && attributed(doc, m.charStart(), m.charEnd())) {
        if (out == null) {
          out = new ArrayList<>(mentions);
        }
        out.set(
            i,
            new Mention(
                m.actorId(), m.charStart(), m.charEnd(), m.sentenceIdx(), MatchKind.ATTRIBUTION));
      }
    }
    return out == null ? mentions : out;
  }

  /** Whether the span [start, end) of doc is cited as a source. */
  static boolean attributed(CharSequence doc, int start, int end) {
    return before(doc, start)
        || after(doc, end)
        || headlineCredit(doc, start, end)
        || dateline(doc, start, end);
  }

  private static boolean before(CharSequence doc, int start) {
    int[] w = previousWord(doc, start);
    if (w == null) {
      return false;
    }
    if (is(doc, w, ARTICLE)) {
      w = previousWord(doc, w[0]);
      if (w == null) {
        return false;
      }
    }
    for (String[] phrase : BEFORE) {
      int[] cur = w;
      boolean ok = true;
      for (int k = phrase.length - 1; k >= 0; k--) {
        if (cur == null || !equalsIgnoreCase(doc, cur, phrase[k])) {
          ok = false;
          break;
        }
        if (k > 0) {
          cur = previousWord(doc, cur[0]);
        }
      }
      if (ok) {
        return true;
      }
    }
    return false;
  }

  private static boolean after(CharSequence doc, int end) {
    int p = end;
    // a possessive is outside the span ("Reuters' report" is not a source citing): then no verb
    // follows
    p = skipSpaces(doc, p);
    if (p < doc.length() && doc.charAt(p) == ',') {
      p++;
    }
    int[] w = nextWord(doc, p);
    if (w == null) {
      return false;
    }
    if (is(doc, w, AFTER)) {
      return true;
    }
    if (is(doc, w, BETWEEN)) {
      int[] v = nextWord(doc, w[1]);
      return v != null && is(doc, v, AFTER);
    }
    return false;
  }

  /** "... - The Washington Post" at the end of a line (or of the text). */
  private static boolean headlineCredit(CharSequence doc, int start, int end) {
    int p = end;
    while (p < doc.length()
        && (doc.charAt(p) == ' ' || doc.charAt(p) == '\t' || doc.charAt(p) == '\r')) {
      p++;
    }
    if (p < doc.length() && doc.charAt(p) != '\n') {
      return false;
    }
    int s = start;
    int[] w = previousWord(doc, s);
    if (w != null && is(doc, w, ARTICLE) && onlySpaces(doc, w[1], s)) {
      s = w[0];
    }
    int q = s - 1;
    if (q < 0 || doc.charAt(q) != ' ') {
      return false;
    }
    q--;
    if (q < 1 || !separator(doc.charAt(q)) || doc.charAt(q - 1) != ' ') {
      return false;
    }
    return true;
  }

  /** "LONDON (Reuters) - ..." */
  private static boolean dateline(CharSequence doc, int start, int end) {
    if (start < 1
        || end >= doc.length()
        || doc.charAt(start - 1) != '('
        || doc.charAt(end) != ')') {
      return false;
    }
    int p = skipSpaces(doc, end + 1);
    return p < doc.length() && separator(doc.charAt(p)) && doc.charAt(p) != '|';
  }

  private static boolean separator(char c) {
    return c == '-' || c == '\u2013' || c == '\u2014' || c == '|';
  }

  private static boolean onlySpaces(CharSequence doc, int from, int to) {
    for (int i = from; i < to; i++) {
      if (doc.charAt(i) != ' ') {
        return false;
      }
    }
    return true;
  }

  private static int skipSpaces(CharSequence doc, int p) {
    while (p < doc.length() && (doc.charAt(p) == ' ' || doc.charAt(p) == '\u00A0')) {
      p++;
    }
    return p;
  }

  /**
   * The word ending just before pos, past white space; null if another character (a full stop, a
   * quote, a comma) comes first: the phrase must run into the mention.
   */
  static int[] previousWord(CharSequence doc, int pos) {
    int e = pos;
    while (e > 0 && Character.isWhitespace(doc.charAt(e - 1))) {
      e--;
    }
    int s = e;
    while (s > 0 && Character.isLetter(doc.charAt(s - 1))) {
      s--;
    }
    return s == e ? null : new int[] {s, e};
  }

  /** The word starting at pos, past spaces; null if another character comes first. */
  static int[] nextWord(CharSequence doc, int pos) {
    int s = pos;
    while (s < doc.length() && Character.isWhitespace(doc.charAt(s))) {
      s++;
    }
    int e = s;
    while (e < doc.length() && Character.isLetter(doc.charAt(e))) {
      e++;
    }
    return s == e ? null : new int[] {s, e};
  }

  private static boolean is(CharSequence doc, int[] w, Set<String> words) {
    int len = w[1] - w[0];
    if (len > 12) {
      return false;
    }
    char[] c = new char[len];
    for (int i = 0; i < len; i++) {
      c[i] = Character.toLowerCase(doc.charAt(w[0] + i));
    }
    return words.contains(new String(c));
  }

  private static boolean equalsIgnoreCase(CharSequence doc, int[] w, String word) {
    if (w[1] - w[0] != word.length()) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (Character.toLowerCase(doc.charAt(w[0] + i)) != word.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
