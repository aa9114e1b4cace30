package io.newsgraph.annotate;

import io.newsgraph.actors.Actor;
import io.newsgraph.actors.ActorDictionary;
import io.newsgraph.actors.ActorType;
import io.newsgraph.actors.Discovery;
import io.newsgraph.actors.MatchKind;
import io.newsgraph.actors.Mention;
import io.newsgraph.ner.EntityType;
import io.newsgraph.ner.NameSpan;
import io.newsgraph.text.DocTokens;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Joins the name tagger's spans with the dictionary's mentions of one article:
 *
 * <ul>
 *   <li>a span that is exactly a dictionary mention (alias, demonym, metonym, coreference) is that
 *       actor, with the tagger's confidence;
 *   <li>a span that is written as a weak dictionary form of a person or organisation that the
 *       matcher left alone is that actor when the tagger's type fits (a person for PER, an
 *       organisation or group for ORG); a weak place form the matcher left alone ("America",
 *       "Jordan") stays alone, as the tagger's LOC does not say which place it is; a capital the
 *       matcher's metonym rules did not take for its country ("in Moscow") is the city, discovered;
 *       a PER "Jordan" is a man, not the country;
 *   <li>a span over no dictionary mention is a discovered actor {@code x:<name>} of the tagger's
 *       type (PER person, ORG organization, LOC place); so is a person or organisation span whose
 *       dictionary mentions inside are only places, countries or demonyms ("U.S. Treasury",
 *       "Japanese Finance Ministry": the country stays mentioned);
 *   <li>any other span that crosses dictionary mentions leaves them as they are (the dictionary
 *       knows the actor);
 *   <li>dictionary mentions the tagger does not cover ("U.S." in a headline, lower-case forms)
 *       count as before;
 *   <li>in-article coreference: a one-word person name that is the last word of a longer person
 *       name in the article ("Sinwar" after "Yahya Sinwar") and an organisation name whose words
 *       begin a longer one ("Salomon" and "Salomon Brothers Inc") are that actor ({@code coref});
 *   <li>company-law suffixes (Inc, Corp, Co, Ltd, Plc ...) are left out of ids, so "Salomon
 *       Brothers" and "Salomon Brothers Inc" are one actor in every article.
 * </ul>
 *
 * A discovered name is kept only if it has two letters or more and words besides legal forms ("Co
 * Inc" is the tail of a name, not a name), and not if it is one word that news also writes in lower
 * case ("the Bank said", "Federal funds": a common noun), unless it is a shorter form of a longer
 * name of the article ("Woods" after "Tiger Woods"); a name in a headline in capitals only if the
 * article also names it in an ordinary sentence; a lone word on the last line of an article is a
 * wire sign-off ("Reuter", "More"), not a name. MISC spans (events, nationalities, titles) are not
 * actors and are dropped. Not thread-safe (it reuses a key buffer): one per annotator.
 */
public final class NameLinker {

  /** The linked mentions of an article (in text order) and the actors discovered in it. */
  public record Linked(List<Mention> mentions, List<Discovery> discovered) {}

  /** Legal-form words of company names: the same company with and without them is one actor. */
  private static final Set<String> LEGAL_FORMS =
      Set.of(
          "inc",
          "corp",
          "corporation",
          "co",
          "cos",
          "ltd",
          "limited",
          "plc",
          "llc",
          "lp",
          "llp",
          "sa",
          "ag",
          "nv",
          "bv",
          "gmbh",
          "spa",
          "srl",
          "ab",
          "asa",
          "oy",
          "kk");

  private final ActorDictionary dictionary;
  private final double minConfidence;

  /**
   * Every dictionary form, normalised ({@link #formKey}), with its actor and the kind of form: an
   * open-addressing table probed with the key chars of a span, so the spans that are no form (most
   * of them) cost no String.
   */
  private final String[] formKeys;

  private final FormActor[] formActors;

  /**
   * Pairs (index into formKeys + 1, key hash) per slot, 0 = empty: a probe reads one slot, not a
   * key String, unless the hashes agree.
   */
  private final int[] formSlots;

  /** The key of the span being looked up ({@link #formActor}). */
  private char[] keyBuf = new char[64];

  private record FormActor(Actor actor, MatchKind kind) {}

  /**
   * @param minConfidence discovered names whose tagger confidence is below this are left out
   *     (dictionary mentions are kept whatever the tagger says)
   */
  public NameLinker(ActorDictionary dictionary, double minConfidence) {
    this.dictionary = dictionary;
    this.minConfidence = minConfidence;
    Map<String, FormActor> forms = new HashMap<>();
    for (Actor a : dictionary.actors()) {
      forms.putIfAbsent(formKey(a.name()), new FormActor(a, MatchKind.ALIAS));
      for (String f : a.aliases()) {
        forms.putIfAbsent(formKey(Actor.surface(f)), new FormActor(a, MatchKind.ALIAS));
      }
      for (String f : a.metonyms()) {
        forms.putIfAbsent(formKey(Actor.surface(f)), new FormActor(a, MatchKind.METONYM));
      }
    }
    int capacity = Integer.highestOneBit(Math.max(forms.size(), 1) * 2) * 2;
    formKeys = new String[forms.size()];
    formActors = new FormActor[forms.size()];
    formSlots = new int[2 * capacity];
    int i = 0;
    for (Map.Entry<String, FormActor> e : forms.entrySet()) {
      formKeys[i] = e.getKey();
      formActors[i] = e.getValue();
      int h = e.getKey().hashCode();
      int p = slot(h, capacity - 1);
      while (formSlots[2 * p] != 0) {
        p = (p + 1) & (capacity - 1);
      }
      formSlots[2 * p] = ++i;
      formSlots[2 * p + 1] = h;
    }
  }

  private static int slot(int hash, int mask) {
    return (hash * 0x9E3779B9) >>> 7 & mask;
  }

  /**
   * The dictionary form chars[from, to) is written as ({@link #formKey} of it is a key of the
   * table), or null. Builds the key in {@link #keyBuf} with its String hash, so no String is made.
   */
  private FormActor formActor(char[] chars, int from, int to) {
    if (keyBuf.length < to - from) {
      keyBuf = new char[Math.max(to - from, 2 * keyBuf.length)];
    }
    char[] k = keyBuf;
    int len = 0;
    int h = 0;
    boolean inWord = false;
    for (int p = from; p < to; p++) {
      char c = chars[p];
      if (Character.isWhitespace(c)) {
        inWord = false;
      } else if (c != '.') {
        if (!inWord && len > 0) {
          k[len++] = ' ';
          h = 31 * h + ' ';
        }
        inWord = true;
        c = Character.toLowerCase(c);
        k[len++] = c;
        h = 31 * h + c;
      }
    }
    int[] sl = formSlots;
    int mask = (sl.length >>> 1) - 1;
    for (int p = slot(h, mask); sl[2 * p] != 0; p = (p + 1) & mask) {
      if (sl[2 * p + 1] != h) {
        continue;
      }
      String key = formKeys[sl[2 * p] - 1];
      if (key.length() == len && sameChars(key, k, len)) {
        return formActors[sl[2 * p] - 1];
      }
    }
    return null;
  }

  private static boolean sameChars(String key, char[] k, int len) {
    for (int i = 0; i < len; i++) {
      if (key.charAt(i) != k[i]) {
        return false;
      }
    }
    return true;
  }

  /** A form as compared with a tagged span: lower case, no dots, one space between words. */
  static String formKey(String s) {
    return String.join(" ", words(s, false));
  }

  public Linked link(DocTokens tokens, List<Mention> known, List<NameSpan> spans) {
    if (spans.isEmpty()) {
      return new Linked(known, List.of());
    }
    Mention[] out = known.toArray(new Mention[0]);
    List<NameSpan> names = new ArrayList<>();
    List<Mention> added = new ArrayList<>();
    Mention formMention;
    int first = 0;
    for (NameSpan s : spans) {
      if (s.type() == EntityType.MISC) {
        continue;
      }
      while (first < out.length && out[first].charEnd() <= s.charStart()) {
        first++;
      }
      int overlapping = 0;
      int exact = -1;
      boolean inside = true;
      boolean onlyPlaces = true;
      for (int m = first; m < out.length && out[m].charStart() < s.charEnd(); m++) {
        Mention k = out[m];
        if (k.charEnd() <= s.charStart()) {
          continue;
        }
        overlapping++;
        if (k.charStart() == s.charStart() && k.charEnd() == s.charEnd()) {
          exact = m;
        }
        inside &= k.charStart() >= s.charStart() && k.charEnd() <= s.charEnd();
        onlyPlaces &= isPlace(k);
      }
      if (exact >= 0) {
        out[exact] = out[exact].withConfidence(s.confidence());
      } else if (overlapping == 0 && (formMention = formMention(tokens, s)) != null) {
        if (formMention != SKIP) {
          added.add(formMention);
        }
      } else if (s.confidence() >= minConfidence
          && (overlapping == 0 || (inside && onlyPlaces && s.type() != EntityType.LOC))) {
        names.add(s);
      }
    }
    if (names.isEmpty() && added.isEmpty()) {
      return new Linked(Arrays.asList(out), List.of());
    }
    List<Mention> mentions = new ArrayList<>(out.length + names.size() + added.size());
    mentions.addAll(Arrays.asList(out));
    mentions.addAll(added);
    List<Discovery> discovered = names.isEmpty() ? List.of() : resolve(tokens, names, mentions);
    mentions.sort(ArticleAnnotator.BY_POSITION);
    return new Linked(mentions, discovered);
  }

  /** {@link #formMention}'s answer for a place the matcher did not take: no mention at all. */
  private static final Mention SKIP = new Mention("", 0, 0, 0, MatchKind.METONYM);

  /**
   * The dictionary person or organisation a span is written as, when the tagger's type fits it;
   * null when it is no dictionary form, a capital the matcher did not take for its country, or the
   * type does not fit; {@link #SKIP} for a weak place form the matcher left alone.
   */
  private Mention formMention(DocTokens tokens, NameSpan s) {
    FormActor fa = formActor(tokens.chars(), s.charStart(), s.charEnd());
    if (fa == null) {
      return null;
    }
    ActorType t = fa.actor().type();
    if (fa.kind() == MatchKind.METONYM) {
      // a capital the matcher's metonym rules did not take for its country ("in Moscow"): the city,
      // discovered
      return null;
    }
    if (s.type() == EntityType.LOC && (t == ActorType.COUNTRY || t == ActorType.PLACE)) {
      // a weak place form the matcher left alone: the tagger's LOC does not say which place
      // ("America" the continent
      // or the country, "Jordan" the river or the kingdom), so it is neither the dictionary's place
      // nor a new one
      return SKIP;
    }
    boolean fits =
        switch (s.type()) {
          case PER -> t == ActorType.PERSON;
          case ORG -> t == ActorType.ORGANIZATION || t == ActorType.GROUP;
          case LOC, MISC -> false;
        };
    return fits
        ? new Mention(
            fa.actor().id(),
            s.charStart(),
            s.charEnd(),
            sentenceOf(tokens, s.firstToken()),
            fa.kind(),
            s.confidence())
        : null;
  }

  private static int sentenceOf(DocTokens tokens, int token) {
    int lo = 0;
    int hi = tokens.sentenceCount() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (tokens.firstToken(mid) <= token) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  private boolean isPlace(Mention k) {
    if (k.kind() == MatchKind.DEMONYM || k.kind() == MatchKind.METONYM) {
      return true;
    }
    Actor a = dictionary.get(k.actorId());
    return a != null && (a.type() == ActorType.COUNTRY || a.type() == ActorType.PLACE);
  }

  /** Ids for the discovered names, coreference within the article; adds their mentions. */
  private List<Discovery> resolve(DocTokens tokens, List<NameSpan> names, List<Mention> mentions) {
    char[] chars = tokens.chars();
    int n = names.size();
    String[] written = new String[n];
    String[][] words = new String[n][];
    // the words of each name joined by spaces: compared, looked up and turned into ids below, so
    // made once per name
    String[] joined = new String[n];
    EntityType[] types = new EntityType[n];
    boolean[] company = new boolean[n];
    int[] sentence = new int[n];
    for (int i = 0; i < n; i++) {
      NameSpan s = names.get(i);
      written[i] = collapseSpaces(chars, s.charStart(), s.charEnd());
      String[] all = words(written[i], true);
      company[i] = endsInLegalForm(all);
      types[i] = company[i] ? EntityType.ORG : s.type();
      words[i] = keyWords(all, types[i]);
      joined[i] = String.join(" ", words[i]);
      sentence[i] = sentenceOf(tokens, s.firstToken());
    }
    boolean[] capsHeadline = new boolean[n];
    Set<String> inText = new HashSet<>();
    // whether each sentence is written in capitals, worked out once per sentence (0 not yet, 1 no,
    // 2 yes): an article names many in one headline
    byte[] caps = new byte[tokens.sentenceCount()];
    for (int i = 0; i < n; i++) {
      int k = sentence[i];
      if (caps[k] == 0) {
        caps[k] = isAllCaps(chars, tokens.sentenceStart(k), tokens.sentenceEnd(k)) ? (byte) 2 : 1;
      }
      capsHeadline[i] = caps[k] == 2;
      if (!capsHeadline[i]) {
        inText.add(joined[i]);
      }
    }
    boolean[] kept = new boolean[n];
    // a name of one word that news also writes in lower case waits for the coreference test below
    boolean[] commonWord = new boolean[n];
    for (int i = 0; i < n; i++) {
      NameSpan s = names.get(i);
      boolean name = isName(written[i], words[i]) && !isSignOff(tokens, s, sentence[i]);
      commonWord[i] = name && s.commonWords() && s.endToken() - s.firstToken() == 1;
      kept[i] = name && !commonWord[i];
    }
    // a name in a headline in capitals counts when the text names it too, in full or by a shorter
    // form
    boolean[] confirmed = new boolean[n];
    for (int i = 0; i < n; i++) {
      if (kept[i] && !capsHeadline[i]) {
        int t = corefTarget(i, types, words, joined, kept, company);
        if (t >= 0) {
          confirmed[t] = true;
        }
      }
    }
    for (int i = 0; i < n; i++) {
      if (capsHeadline[i] && !confirmed[i] && !inText.contains(joined[i])) {
        kept[i] = false;
      }
    }
    // one word that news also writes in lower case is a name when it is a shorter form of a longer
    // name the article keeps (after the headline check, which such a word does not confirm):
    // "Woods" after "Tiger Woods", "King" after "Billie Jean King"
    for (int i = 0; i < n; i++) {
      if (commonWord[i] && corefTarget(i, types, words, joined, kept, company) >= 0) {
        kept[i] = true;
      }
    }
    Map<String, Discovery> byId = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      NameSpan s = names.get(i);
      if (!kept[i]) {
        continue;
      }
      int target = corefTarget(i, types, words, joined, kept, company);
      MatchKind kind = MatchKind.DISCOVERED;
      int canonical = i;
      if (target >= 0) {
        kind = MatchKind.COREF;
        canonical = target;
      }
      if (words[canonical].length == 0) {
        continue;
      }
      String id = Discovery.idFor(joined[canonical]);
      Mention m = new Mention(id, s.charStart(), s.charEnd(), sentence[i], kind, s.confidence());
      mentions.add(m);
      if (kind == MatchKind.DISCOVERED) {
        Discovery d = new Discovery(m, written[i], types[i].actorType());
        byId.merge(id, d, (x, y) -> y.name().length() > x.name().length() ? y : x);
      }
    }
    return new ArrayList<>(byId.values());
  }

  /**
   * A name whose words (split at commas too) end in a legal form ("Chrysler Corp", "Drexel Burnham
   * Lambert Inc") is a company, whatever else.
   */
  private static boolean endsInLegalForm(String[] w) {
    return w.length > 1 && LEGAL_FORMS.contains(w[w.length - 1]);
  }

  /**
   * The name of the article that name i is a shorter form of, or -1: a one-word person name that
   * ends exactly one longer person name ("Sinwar", "Yahya Sinwar"); a person or organisation name
   * whose words begin a longer organisation's ("Salomon", "Salomon Brothers Inc"), a person's name
   * those of a company ("Chrysler" tagged as a person beside "Chrysler Corp"). Two candidates:
   * none. joined: each name's words joined by spaces.
   */
  private static int corefTarget(
      int i,
      EntityType[] types,
      String[][] words,
      String[] joined,
      boolean[] kept,
      boolean[] company) {
    EntityType type = types[i];
    String[] w = words[i];
    if (w.length == 0 || type == EntityType.LOC) {
      return -1;
    }
    int found = -1;
    for (int j = 0; j < types.length; j++) {
      String[] v = words[j];
      if (j == i || !kept[j] || v.length < w.length) {
        continue;
      }
      boolean match;
      if (types[j] == EntityType.ORG) {
        // a person's name joins only a company's ("Chrysler" beside "Chrysler Corp"), not any
        // organisation whose name
        // begins with it ("Reagan" beside "Reagan Administration")
        match = startsWith(v, w) && (type == EntityType.ORG ? v.length > w.length : company[j]);
      } else if (types[j] == EntityType.PER && type == EntityType.PER) {
        match = w.length == 1 && v.length > 1 && v[v.length - 1].equals(w[0]);
      } else {
        match = false;
      }
      if (match) {
        if (found >= 0 && !joined[found].equals(joined[j])) {
          return -1; // two candidates: ambiguous
        }
        found = j;
      }
    }
    return found;
  }

  /** Two letters or more, and words besides legal forms. */
  private static boolean isName(String written, String[] words) {
    int letters = 0;
    for (int p = 0; p < written.length() && letters < 2; p++) {
      if (Character.isLetter(written.charAt(p))) {
        letters++;
      }
    }
    if (letters < 2 || words.length == 0) {
      return false;
    }
    for (String w : words) {
      if (!LEGAL_FORMS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A lone word on an article's last line: a wire service's sign-off or a "More" marker, not a
   * name.
   */
  private static boolean isSignOff(DocTokens tokens, NameSpan s, int sentence) {
    return sentence == tokens.sentenceCount() - 1
        && sentence > 0
        && tokens.firstToken(sentence + 1) - tokens.firstToken(sentence) == 1;
  }

  /** A sentence written in capitals: nine in ten of its letters upper case. */
  static boolean isAllCaps(char[] c, int from, int to) {
    int upper = 0;
    int lower = 0;
    for (int p = from; p < to; p++) {
      char ch = c[p];
      if (ch < 128) {
        if (ch >= 'A' && ch <= 'Z') {
          upper++;
        } else if (ch >= 'a' && ch <= 'z') {
          lower++;
          // even if every char left were upper case, too many are lower: an ordinary sentence is
          // settled after a few words, not at its end
          if (lower * 10 > upper + (to - p - 1)) {
            return false;
          }
        }
      } else if (Character.isUpperCase(ch)) {
        upper++;
      } else if (Character.isLowerCase(ch)) {
        lower++;
      }
    }
    return upper >= 2 && lower * 10 <= upper;
  }

  private static boolean startsWith(String[] v, String[] w) {
    for (int k = 0; k < w.length; k++) {
      if (!v[k].equals(w[k])) {
        return false;
      }
    }
    return true;
  }

  /** The lower-case words that identify a name: an organisation's legal-form words left out. */
  static String[] keyWords(String name, EntityType type) {
    return keyWords(words(name, true), type);
  }

  /** As {@link #keyWords(String, EntityType)}, from the name's {@code words(name, true)}. */
  private static String[] keyWords(String[] w, EntityType type) {
    if (type != EntityType.ORG) {
      return w;
    }
    int end = w.length;
    while (end > 0
        && (LEGAL_FORMS.contains(w[end - 1])
            || w[end - 1].equals("and")
            || w[end - 1].equals("&"))) {
      end--;
    }
    if (end == 0) {
      return w; // only legal forms: isName turns it down
    }
    return Arrays.copyOf(w, end);
  }

  /**
   * The lower-case words of a name: split at white space (and at commas when {@code commas}), dots
   * dropped ("U.S." is "us"). A loop, not a regular expression: it runs for every name of every
   * article.
   */
  static String[] words(String s, boolean commas) {
    // two passes over the name, counting the words and then making them, instead of a list and a
    // builder per name
    int len = s.length();
    char[] w = new char[len];
    int count = 0;
    int wl = 0;
    for (int i = 0; i <= len; i++) {
      char c = i < len ? s.charAt(i) : ' ';
      if (Character.isWhitespace(c) || (commas && c == ',')) {
        if (wl > 0) {
          count++;
          wl = 0;
        }
      } else if (c != '.') {
        wl++;
      }
    }
    String[] out = new String[count];
    count = 0;
    for (int i = 0; i <= len; i++) {
      char c = i < len ? s.charAt(i) : ' ';
      if (Character.isWhitespace(c) || (commas && c == ',')) {
        if (wl > 0) {
          out[count++] = new String(w, 0, wl);
          wl = 0;
        }
      } else if (c != '.') {
        w[wl++] = Character.toLowerCase(c);
      }
    }
    return out;
  }

  private static String collapseSpaces(char[] c, int from, int to) {
    StringBuilder b = new StringBuilder(to - from);
    boolean space = false;
    for (int p = from; p < to; p++) {
      char ch = c[p];
      if (Character.isWhitespace(ch)) {
        space = true;
      } else {
        if (space && b.length() > 0) {
          b.append(' ');
        }
        space = false;
        b.append(ch);
      }
    }
    return b.toString();
  }
}
