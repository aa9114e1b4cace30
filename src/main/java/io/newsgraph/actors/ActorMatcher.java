package io.newsgraph.actors;

import io.newsgraph.text.DocTokens;
import io.newsgraph.text.HashBloom;
import io.newsgraph.text.IntList;
import io.newsgraph.text.SentenceSplitter;
import io.newsgraph.text.Tokenizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds dictionary actors in a document. Thread-safe after construction: build once per JVM and
 * share; {@link #match} keeps its working arrays in a per-thread scratch and allocates only the
 * result.
 *
 * <h2>How it matches</h2>
 *
 * Every surface form of every actor (name, aliases, demonyms, metonyms) is tokenised with {@link
 * Tokenizer} and inserted into a token trie; text is tokenised the same way and the longest form
 * starting at each token wins (left to right, non-overlapping). Tokens are normalised on both
 * sides: dots are dropped ({@code U.S.} = {@code US}, {@code U.N.} = {@code UN}), a possessive
 * {@code 's}/{@code ’s} is stripped ({@code Hezbollah’s}; the mention span excludes it), curly
 * apostrophes are folded to {@code '}. Consecutive tokens of a multi-token form may be separated by
 * whitespace (including a single wire line break) or one hyphen ({@code al-Qaeda} = {@code al
 * Qaeda}); any other punctuation breaks the form. Hyphenated compounds ({@code U.S.-Japan}, {@code
 * Israel-Hamas war}) therefore yield one mention per part.
 *
 * <h2>Case rules</h2>
 *
 * <ul>
 *   <li>A form containing a capital matches only text with the same capitalisation; lower-case
 *       words inside a form may also appear capitalised ({@code Bank of England} matches {@code
 *       Bank Of England}; {@code al-Qaeda} matches {@code Al-Qaeda}). So {@code US} never matches
 *       {@code us}, {@code Chad} never {@code chad}.
 *   <li>An all-lower-case form matches text in any case.
 *   <li>In an ALL-CAPS sentence (a headline like {@code IRAN WARNS ISRAEL}: at most 1 lower-case
 *       letter per 10 upper-case ones) matching is case-insensitive, but only for forms with at
 *       least 4 letters or written as acronyms in the dictionary ({@code US}, {@code U.N.}, {@code
 *       OPEC}).
 *   <li>Wire-style capitalisation after abbreviations ({@code the U.S. And Japan}) does not matter:
 *       tokens are matched one by one and no form continues with {@code And}.
 * </ul>
 *
 * <h2>Currencies</h2>
 *
 * A country form directly followed by a currency word ({@code U.S. dollar}, {@code Swiss francs},
 * {@code Australian dlrs}, {@code Japanese yen}) names the currency, not the country: it yields no
 * mention and does not support weak forms. A currency word that is also a verb ({@code won}, {@code
 * marks}, {@code pounds}, {@code crowns}) is a currency only after a demonym ({@code Korean won},
 * {@code German marks}, {@code British pounds}); after a country's name it is the verb ({@code
 * Pakistan won the toss}, {@code Israel pounds Gaza}) and the country is mentioned. A capital used
 * as a metonym is dropped after {@code <Capitalised> of} ({@code Bank of Tokyo}, {@code Mayor of
 * London}) and before an event word ({@code the Paris accord}, {@code Vienna talks}, {@code Paris
 * Club}): there it names the city or is part of a name, not the government.
 *
 * <h2>Weak forms ({@code ~} in the CSV)</h2>
 *
 * A form written with a leading {@code ~} ({@code ~Jordan}, {@code ~Washington}, {@code ~Georgia})
 * is weak: a weak match is kept only if the same document has a strong mention (strong form or
 * coreference) of the same actor, or of the actor's {@code country}; otherwise it is dropped. A
 * strong form always beats a weak one for the same text. When several weak candidates share a form,
 * the one whose actor is itself mentioned wins over one whose country is mentioned; remaining ties
 * go to dictionary order.
 *
 * <h2>Coreference</h2>
 *
 * After a person actor has been matched by a multi-token form ({@code Kamal Kharrazi}), a later
 * single token equal to the last token of one of that person's multi-token forms ({@code Kharrazi})
 * maps to the person with kind {@link MatchKind#COREF} — within the same document only, not in
 * ALL-CAPS sentences, and only if no other person matched (by a multi-token form) anywhere in the
 * document has the same surname. Coreference wins over a single-token dictionary form for that
 * token.
 */
public final class ActorMatcher {

  static final int WEAK = 1;
  static final int ANYCASE = 2;
  static final int CAPS_OK = 4;
  static final int MULTI = 8;

  /** Raw-match marker (kept in the req slot): the form is followed by a currency word. */
  private static final int CURRENCY_FLAG = 1 << 20;

  /** Raw-match marker: the form is followed by a currency word that is also a verb. */
  private static final int VERB_CURRENCY_FLAG = 1 << 22;

  /**
   * Words after which a capital names the place of an event, not its government ({@code Paris
   * accord}).
   */
  private static final String[] EVENT = {
    "accord",
    "accords",
    "agreement",
    "agreements",
    "meeting",
    "meetings",
    "talks",
    "summit",
    "pact",
    "conference",
    "club",
    "round",
    "convention",
    "declaration",
    "protocol",
    "treaty",
    "communique",
    "group",
    "process"
  };

  /**
   * Raw-match marker: the form follows "&lt;Capitalised&gt; of" ({@code Bank of Tokyo}, {@code
   * Mayor of London}).
   */
  private static final int OF_FLAG = 1 << 21;

  private static final int EXACT_ROOT = 0;
  private static final int FOLD_ROOT = 1;
  private static final Set<String> NOT_SURNAMES = Set.of("Jr", "Sr", "II", "III", "IV", "V");

  /**
   * Words after which a country form names a currency, not the country ({@code U.S. dollar}, {@code
   * Swiss francs}).
   */
  private static final String[] CURRENCY = {
    "dollar",
    "dollars",
    "dlr",
    "dlrs",
    "franc",
    "francs",
    "yen",
    "sterling",
    "lira",
    "lire",
    "peso",
    "pesos",
    "krona",
    "kronor",
    "krone",
    "kroner",
    "rupee",
    "rupees",
    "rand",
    "guilder",
    "guilders",
    "schilling",
    "schillings",
    "drachma",
    "drachmas",
    "escudo",
    "escudos",
    "peseta",
    "pesetas",
    "cruzado",
    "cruzados",
    "austral",
    "australs",
    "ringgit",
    "rupiah",
    "baht",
    "yuan",
    "renminbi",
    "rouble",
    "roubles",
    "ruble",
    "rubles",
    "dinar",
    "dinars",
    "riyal",
    "riyals",
    "shekel",
    "shekels",
    "lira's",
    "euro",
    "euros",
    "cent",
    "cents",
    "currency"
  };

  /**
   * Currency words that are also verbs: a currency only after a demonym ("Korean won", "Pakistan
   * won the toss").
   */
  private static final String[] VERB_CURRENCY = {
    "won", "mark", "marks", "pound", "pounds", "crown", "crowns"
  };

  private final Actor[] actors;
  private final int[] countryIdx;
  private final boolean[] isPerson;
  private final boolean[] isCountry;
  private final TokenVocab exactVocab = new TokenVocab();
  private final TokenVocab foldVocab = new TokenVocab();
  private final LongIntMap edges = new LongIntMap();

  /**
   * The root's child for each token id of the exact and fold vocabularies (-1: no form starts with
   * it). Every match starts at a root, so this flat array answers the most frequent edge look-up
   * without probing {@link #edges}.
   */
  private final int[] exactRootChild;

  private final int[] foldRootChild;

  /**
   * Whether a trie node has children: a walk that reaches a leaf (most one-token forms) stops
   * without looking up the next token.
   */
  private final boolean[] hasChildren;

  /** Trie nodes that got a child while building (turned into {@link #hasChildren}). */
  private IntList parents = new IntList();

  private static final MatchKind[] KINDS = MatchKind.values();

  /**
   * Hashes of the tokens a match can start with (first tokens of forms, and surnames for
   * coreference), per root. Frequent words such as "the", "of", "said" are tokens of some forms but
   * start none; only these filters keep them from a vocabulary look-up at every position. 2^20 bits
   * (128 KB) each: with the generated dictionary's ~14,000 first tokens and its surnames the
   * default 2^17 bits let ~7% of other tokens through (141k of the 2.57M benchmark tokens went on
   * to a vocabulary look-up that found nothing).
   */
  private final HashBloom exactStarts = new HashBloom(20);

  private final HashBloom foldStarts = new HashBloom(20);

  /**
   * First tokens of the all-lower-case forms (ANYCASE), the only fold forms outside ALL-CAPS
   * sentences: "The Hague", "New York", "Bank of England" put "the", "new", "bank" into {@link
   * #foldStarts} for headlines only.
   */
  private final HashBloom anyCaseStarts;

  /**
   * The hashes of {@link #anyCaseStarts} while building: the default dictionary has a handful, and
   * a filter sized to them stays in the L1 cache where a 2^20-bit one (128 KB) missed it on most of
   * the tokens it was probed for (every token of a document).
   */
  private IntList anyCaseStartHashes = new IntList();

  private int nodeCount = 2;
  private final int[] entryStart;
  private final int[] entryEnd;
  private final int[] eActor;
  private final int[] eKind;
  private final int[] eFlags;
  private final int[][] surnameOf;
  private final boolean anyCaseForms;
  private final ThreadLocal<Scratch> scratch;

  private final ActorDictionary dictionary;

  public ActorMatcher(ActorDictionary dict) {
    dictionary = dict;
    actors = dict.actors().toArray(new Actor[0]);
    int na = actors.length;
    Map<String, Integer> idx = new HashMap<>();
    for (int i = 0; i < na; i++) {
      idx.put(actors[i].id(), i);
    }
    countryIdx = new int[na];
    isPerson = new boolean[na];
    isCountry = new boolean[na];
    for (int i = 0; i < na; i++) {
      Integer c = idx.get(actors[i].country());
      countryIdx[i] = c == null ? (actors[i].type() == ActorType.COUNTRY ? i : -1) : c;
      isPerson[i] = actors[i].type() == ActorType.PERSON;
      isCountry[i] = actors[i].type() == ActorType.COUNTRY;
    }
    List<List<int[]>> nodeEntries = new ArrayList<>();
    nodeEntries.add(null);
    nodeEntries.add(null);
    Map<Integer, List<Integer>> surnames = new HashMap<>();
    boolean anyCase = false;
    for (int a = 0; a < na; a++) {
      Actor actor = actors[a];
      List<String> aliasForms = new ArrayList<>();
      boolean nameListed = false;
      for (String f : actor.aliases()) {
        if (Actor.surface(f).equals(actor.name())) {
          nameListed = true;
        }
      }
      if (!nameListed) {
        aliasForms.add(actor.name());
      }
      aliasForms.addAll(actor.aliases());
      anyCase |= addForms(a, aliasForms, MatchKind.ALIAS, nodeEntries, surnames);
      anyCase |= addForms(a, actor.demonyms(), MatchKind.DEMONYM, nodeEntries, null);
      anyCase |= addForms(a, actor.metonyms(), MatchKind.METONYM, nodeEntries, null);
    }
    anyCaseForms = anyCase;
    // flatten entries
    entryStart = new int[nodeCount];
    entryEnd = new int[nodeCount];
    int total = 0;
    for (List<int[]> l : nodeEntries) {
      total += l == null ? 0 : l.size();
    }
    eActor = new int[total];
    eKind = new int[total];
    eFlags = new int[total];
    int p = 0;
    for (int node = 0; node < nodeCount; node++) {
      entryStart[node] = p;
      List<int[]> l = nodeEntries.get(node);
      if (l != null) {
        for (int[] e : l) {
          eActor[p] = e[0];
          eKind[p] = e[1];
          eFlags[p] = e[2];
          p++;
        }
      }
      entryEnd[node] = p;
    }
    surnameOf = new int[exactVocab.size()][];
    for (Map.Entry<Integer, List<Integer>> e : surnames.entrySet()) {
      surnameOf[e.getKey()] =
          e.getValue().stream().mapToInt(Integer::intValue).distinct().toArray();
    }
    exactVocab.trim();
    foldVocab.trim();
    exactRootChild = rootChildren(EXACT_ROOT, exactVocab);
    foldRootChild = rootChildren(FOLD_ROOT, foldVocab);
    hasChildren = new boolean[nodeCount];
    for (int i = 0; i < parents.size(); i++) {
      hasChildren[parents.get(i)] = true;
    }
    parents = null;
    anyCaseStarts = sizedFilter(anyCaseStartHashes);
    anyCaseStartHashes = null;
    scratch = ThreadLocal.withInitial(() -> new Scratch(actors.length));
  }

  /** A filter of the hashes with about 64 bits per hash, 2^12 to 2^20 bits. */
  private static HashBloom sizedFilter(IntList hashes) {
    int log2 = 12;
    while (log2 < 20 && (1L << log2) < 64L * hashes.size()) {
      log2++;
    }
    HashBloom b = new HashBloom(log2);
    for (int k = 0; k < hashes.size(); k++) {
      b.add(hashes.get(k));
    }
    return b;
  }

  private int[] rootChildren(int root, TokenVocab vocab) {
    int[] child = new int[vocab.size()];
    for (int tid = 0; tid < child.length; tid++) {
      child[tid] = edges.get(((long) root << 32) | tid);
    }
    return child;
  }

  /** Number of trie nodes (for diagnostics). */
  int nodeCount() {
    return nodeCount;
  }

  // ------------------------------------------------------------------------------------------------ build

  private boolean addForms(
      int a,
      List<String> forms,
      MatchKind kind,
      List<List<int[]>> nodeEntries,
      Map<Integer, List<Integer>> surnames) {
    boolean anyCase = false;
    IntList tok = new IntList();
    for (String form : forms) {
      boolean weak = Actor.isWeak(form);
      String surface = Actor.surface(form);
      tok.clear();
      int n = Tokenizer.INSTANCE.tokenize(surface, tok);
      if (n == 0) {
        continue;
      }
      List<String> keys = new ArrayList<>(n);
      int letters = 0;
      boolean hasUpper = false;
      boolean hasLower = false;
      for (int i = 0; i < n; i++) {
        String k = normalise(surface, tok.get(2 * i), tok.get(2 * i + 1));
        keys.add(k);
        for (int c = 0; c < k.length(); c++) {
          char ch = k.charAt(c);
          if (Tokenizer.isLetter(ch)) {
            letters++;
          }
          hasUpper |= Tokenizer.isUpper(ch);
          hasLower |= Tokenizer.isLower(ch);
        }
      }
      int flags = (weak ? WEAK : 0) | (n > 1 ? MULTI : 0);
      List<String> foldKeys = new ArrayList<>(n);
      for (String k : keys) {
        StringBuilder sb = new StringBuilder(k.length());
        for (int c = 0; c < k.length(); c++) {
          sb.append(TokenVocab.lower(k.charAt(c)));
        }
        foldKeys.add(sb.toString());
      }
      if (!hasUpper) {
        anyCase = true;
        insert(FOLD_ROOT, foldVocab, foldKeys, a, kind, flags | ANYCASE | CAPS_OK, nodeEntries);
        continue;
      }
      boolean acronym = !hasLower;
      if (letters >= 4 || acronym) {
        insert(FOLD_ROOT, foldVocab, foldKeys, a, kind, flags | CAPS_OK, nodeEntries);
      }
      Set<List<String>> variants = new LinkedHashSet<>();
      variants.add(keys);
      List<String> title = new ArrayList<>(keys);
      List<String> first = new ArrayList<>(keys);
      for (int i = 0; i < n; i++) {
        title.set(i, capitalise(keys.get(i)));
      }
      first.set(0, capitalise(keys.get(0)));
      variants.add(title);
      variants.add(first);
      for (List<String> v : variants) {
        insert(EXACT_ROOT, exactVocab, v, a, kind, flags, nodeEntries);
      }
      if (surnames != null && !weak && n > 1 && isPerson[a]) {
        String last = keys.get(n - 1);
        if (last.length() >= 2
            && !NOT_SURNAMES.contains(last)
            && Tokenizer.isUpper(last.charAt(0))) {
          int tid = exactVocab.add(last);
          exactStarts.add(exactVocab.hashOf(tid));
          surnames.computeIfAbsent(tid, x -> new ArrayList<>()).add(a);
        }
      }
    }
    return anyCase;
  }

  private static String capitalise(String k) {
    if (k.isEmpty() || !Tokenizer.isLower(k.charAt(0))) {
      return k;
    }
    return Character.toUpperCase(k.charAt(0)) + k.substring(1);
  }

  private void insert(
      int root,
      TokenVocab vocab,
      List<String> keys,
      int actor,
      MatchKind kind,
      int flags,
      List<List<int[]>> nodeEntries) {
    int node = root;
    for (String k : keys) {
      int tid = vocab.add(k);
      if (node == root) {
        (root == EXACT_ROOT ? exactStarts : foldStarts).add(vocab.hashOf(tid));
        if (root == FOLD_ROOT && (flags & ANYCASE) != 0) {
          anyCaseStartHashes.add(vocab.hashOf(tid));
        }
      }
      long ek = ((long) node << 32) | tid;
      int child = edges.get(ek);
      if (child < 0) {
        child = nodeCount++;
        edges.put(ek, child);
        parents.add(node);
        nodeEntries.add(null);
      }
      node = child;
    }
    List<int[]> l = nodeEntries.get(node);
    if (l == null) {
      l = new ArrayList<>(1);
      nodeEntries.set(node, l);
    }
    for (int[] e : l) {
      if (e[0] == actor) { // same actor reached twice: keep the first kind, strong beats weak
        int weak = e[2] & flags & WEAK;
        e[2] = ((e[2] | flags) & ~WEAK) | weak;
        return;
      }
    }
    l.add(new int[] {actor, kind.ordinal(), flags});
  }

  /**
   * Normalised key of token s[ts,te): possessive stripped, dots dropped, curly apostrophes folded.
   */
  static String normalise(CharSequence s, int ts, int te) {
    return normalise(s.toString().toCharArray(), ts, te);
  }

  static String normalise(char[] s, int ts, int te) {
    int pe = possessiveEnd(s, ts, te);
    StringBuilder sb = new StringBuilder(pe - ts);
    for (int i = ts; i < pe; i++) {
      char c = s[i];
      if (c != '.') {
        sb.append(normalised(c));
      }
    }
    return sb.toString();
  }

  /** Whether {@code normalise(s, ts, te)} equals key, without building it. */
  static boolean normalisedEquals(char[] s, int ts, int te, String key) {
    int pe = possessiveEnd(s, ts, te);
    int k = 0;
    int len = key.length();
    for (int i = ts; i < pe; i++) {
      char c = s[i];
      if (c != '.') {
        if (k == len || normalised(c) != key.charAt(k)) {
          return false;
        }
        k++;
      }
    }
    return k == len;
  }

  private static char normalised(char c) {
    return c == '\u2019' || c == '\u2018' ? '\'' : c;
  }

  /** End of token s[ts,te) without a possessive 's / ’s. */
  static int possessiveEnd(char[] s, int ts, int te) {
    if (te - ts >= 3) {
      char last = s[te - 1];
      if ((last == 's' || last == 'S') && Tokenizer.isApostrophe(s[te - 2])) {
        return te - 2;
      }
    }
    return te;
  }

  // ------------------------------------------------------------------------------------------------ match

  /** Splits doc with {@link SentenceSplitter} and matches it. */
  /** The dictionary this matcher finds. */
  public ActorDictionary dictionary() {
    return dictionary;
  }

  public List<Mention> match(String doc) {
    IntList sentences = new IntList();
    SentenceSplitter.INSTANCE.split(doc, sentences);
    return match(doc, sentences);
  }

  /**
   * Matches a document. sentences: [start,end) pairs from {@link SentenceSplitter}. Returns
   * mentions in document order.
   */
  public List<Mention> match(String doc, IntList sentences) {
    return match(DocTokens.of(doc, sentences));
  }

  /**
   * Matches a document already split and tokenised (the annotator shares the tokens with the
   * discoverer).
   */
  public List<Mention> match(DocTokens tokens) {
    Scratch s = scratch.get();
    s.resetDoc();
    int ns = tokens.sentenceCount();
    char[] chars = tokens.chars();
    for (int k = 0; k < ns; k++) {
      matchSentence(chars, tokens, k, s);
    }
    return resolve(s);
  }

  private void matchSentence(char[] doc, DocTokens tokens, int sentIdx, Scratch s) {
    int first = tokens.firstToken(sentIdx);
    int n = tokens.firstToken(sentIdx + 1) - first;
    if (n == 0) {
      return;
    }
    s.ensure(n, tokens.sentenceEnd(sentIdx) - tokens.sentenceStart(sentIdx));
    // the sentence's tokens from 0, as the per-token arrays below are indexed
    int[] t = s.sentenceTokens;
    System.arraycopy(tokens.rawTokens(), 2 * first, t, 0, 2 * n);
    char[] buf = s.buf;
    int[] off = s.off;
    int[] len = s.len;
    int[] foldHash = s.foldHash;
    int[] exactHash = s.exactHash;
    int[] pend = s.pend;
    int upper = 0;
    int lower = 0;
    int bp = 0;
    for (int i = 0; i < n; i++) {
      int ts = t[2 * i];
      int te = t[2 * i + 1];
      int pe = possessiveEnd(doc, ts, te);
      pend[i] = pe;
      int o = bp;
      int h = 0;
      int hl = 0;
      for (int p = ts; p < pe; p++) {
        char c = doc[p];
        if (c < 128) {
          if (c == '.') {
            continue;
          }
          char lc = c;
          if (c >= 'A' && c <= 'Z') {
            upper++;
            lc = (char) (c + 32);
          } else if (c >= 'a' && c <= 'z') {
            lower++;
          }
          buf[bp++] = c;
          h = 31 * h + c;
          hl = 31 * hl + lc;
        } else {
          if (c == '\u2019' || c == '\u2018') {
            c = '\'';
          } else if (Character.isUpperCase(c)) {
            upper++;
          } else if (Character.isLowerCase(c)) {
            lower++;
          }
          buf[bp++] = c;
          h = 31 * h + c;
          hl = 31 * hl + TokenVocab.lower(c);
        }
      }
      int l = bp - o;
      off[i] = o;
      len[i] = l;
      foldHash[i] = TokenVocab.mix(hl);
      exactHash[i] = TokenVocab.mix(h);
    }
    boolean caps = upper >= 2 && lower * 10 <= upper;
    boolean useFold = caps || anyCaseForms;
    HashBloom foldFirst = caps ? foldStarts : anyCaseStarts;
    // token ids are looked up only where a match may start (see exactStarts) or a trie walk goes
    // on; walks are
    // short and rare, so a token looked up twice costs less than keeping ids per token
    int req = caps ? (ANYCASE | CAPS_OK) : ANYCASE;
    int i = 0;
    while (i < n) {
      int bestNode = -1;
      int bestLen = 0;
      int bestReq = 0;
      int exact = !caps && exactStarts.mayContain(exactHash[i]) ? startId(s, i) : -1;
      if (exact >= 0) {
        int node = EXACT_ROOT;
        for (int j = i; j < n; j++) {
          int child;
          if (j == i) {
            child = exactRootChild[exact];
          } else {
            int tid = exactId(s, j);
            if (tid < 0) {
              break;
            }
            child = edges.get(((long) node << 32) | tid);
          }
          if (child < 0) {
            break;
          }
          node = child;
          if (entryEnd[node] > entryStart[node]) {
            bestNode = node;
            bestLen = j - i + 1;
          }
          if (!hasChildren[node] || !joined(doc, t, pend, j, n)) {
            break;
          }
        }
      }
      int fold = useFold && foldFirst.mayContain(foldHash[i]) ? foldId(s, i) : -1;
      if (fold >= 0) {
        int node = FOLD_ROOT;
        for (int j = i; j < n; j++) {
          int child;
          if (j == i) {
            child = foldRootChild[fold];
          } else {
            int tid = foldId(s, j);
            if (tid < 0) {
              break;
            }
            child = edges.get(((long) node << 32) | tid);
          }
          if (child < 0) {
            break;
          }
          node = child;
          if (j - i + 1 > bestLen && hasEntry(node, req)) {
            bestNode = node;
            bestLen = j - i + 1;
            bestReq = req;
          }
          if (!hasChildren[node] || !joined(doc, t, pend, j, n)) {
            break;
          }
        }
      }
      int surname = -1;
      if (exact >= 0 && surnameOf[exact] != null && bestLen <= 1) {
        surname = exact;
      }
      if (bestLen > 0 || surname >= 0) {
        int l = Math.max(bestLen, 1);
        int last = i + l - 1;
        boolean beforeWord =
            bestLen > 0
                && last + 1 < n
                && joined(doc, t, pend, last, n)
                && doc[t[2 * last + 1]] != '-';
        int marks = 0;
        if (beforeWord && isCurrency(buf, off[last + 1], len[last + 1])) {
          marks = CURRENCY_FLAG;
        } else if (beforeWord && isWord(VERB_CURRENCY, buf, off[last + 1], len[last + 1])) {
          marks = VERB_CURRENCY_FLAG;
        }
        if (bestLen > 0
            && i >= 2
            && joined(doc, t, pend, i - 1, n)
            && joined(doc, t, pend, i - 2, n)
            && len[i - 1] == 2
            && buf[off[i - 1]] == 'o'
            && buf[off[i - 1] + 1] == 'f'
            && Tokenizer.isUpper(buf[off[i - 2]])) {
          marks |= OF_FLAG;
        }
        if (bestLen > 0
            && last + 1 < n
            && joined(doc, t, pend, last, n)
            && isWord(EVENT, buf, off[last + 1], len[last + 1])) {
          marks |= OF_FLAG; // "the Paris accord", "Vienna talks": the place of an event, not the
          // government
        }
        s.addRaw(t[2 * i], pend[last], sentIdx, bestNode, bestReq | marks, surname);
        i += l;
      } else {
        i++;
      }
    }
  }

  /**
   * {@link #exactId} of a token that passed {@link #exactStarts}: every start token is a key of the
   * vocabulary, so its own filter (another random read) would let it through too.
   */
  private int startId(Scratch s, int j) {
    return exactVocab.findUnfiltered(s.buf, s.off[j], s.len[j], s.exactHash[j], false);
  }

  private int exactId(Scratch s, int j) {
    return exactVocab.find(s.buf, s.off[j], s.len[j], s.exactHash[j], false);
  }

  private int foldId(Scratch s, int j) {
    return foldVocab.find(s.buf, s.off[j], s.len[j], s.foldHash[j], true);
  }

  private static boolean isCurrency(char[] buf, int off, int len) {
    return isWord(CURRENCY, buf, off, len);
  }

  /** True when buf[off, off+len) equals one of the lower-case words, ignoring case. */
  private static boolean isWord(String[] words, char[] buf, int off, int len) {
    outer:
    for (String w : words) {
      if (w.length() != len) {
        continue;
      }
      for (int c = 0; c < len; c++) {
        if (TokenVocab.lower(buf[off + c]) != w.charAt(c)) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  private boolean hasEntry(int node, int req) {
    for (int e = entryStart[node]; e < entryEnd[node]; e++) {
      if ((eFlags[e] & req) != 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether token i and the next one can be two tokens of one form (no possessive between, a
   * joinable gap). Asked only after a match starts, not for every token.
   */
  private static boolean joined(char[] doc, int[] t, int[] pend, int i, int n) {
    return i + 1 < n && pend[i] == t[2 * i + 1] && joinable(doc, t[2 * i + 1], t[2 * i + 2]);
  }

  /** Gap between two tokens of one form: whitespace only, or a single hyphen / dash. */
  private static boolean joinable(char[] doc, int from, int to) {
    if (to - from == 1) {
      char c = doc[from];
      return c == ' '
          || c == '-'
          || c == '\n'
          || c == '\u2010'
          || c == '\u2011'
          || c == '\u2013'
          || c == '\u00A0'
          || c == '\t';
    }
    for (int p = from; p < to; p++) {
      if (!Character.isWhitespace(doc[p]) && doc[p] != '\u00A0') {
        return false;
      }
    }
    return to > from;
  }

  /** Whether the form of a trie node is some actor's demonym ("Korean"). */
  private boolean demonymForm(int node) {
    if (node < 0) {
      return false;
    }
    for (int e = entryStart[node]; e < entryEnd[node]; e++) {
      if (eKind[e] == MatchKind.DEMONYM.ordinal()) {
        return true;
      }
    }
    return false;
  }

  /** First valid strong entry of a raw match, or -1. */
  private int strongEntry(int node, int req) {
    for (int e = entryStart[node]; e < entryEnd[node]; e++) {
      if ((req == 0 || (eFlags[e] & req) != 0) && (eFlags[e] & WEAK) == 0) {
        return e;
      }
    }
    return -1;
  }

  private List<Mention> resolve(Scratch s) {
    int r = s.rawCount;
    int[] rStart = s.rStart.rawArray();
    int[] rEnd = s.rEnd.rawArray();
    int[] rSent = s.rSent.rawArray();
    int[] rNode = s.rNode.rawArray();
    int[] rReq = s.rReq.rawArray();
    int[] rSurname = s.rSurname.rawArray();
    int[] firstMulti = s.firstMulti;
    boolean[] strong = s.strong;
    // 0. a country form followed by a currency word names the currency: no mention, and not strong
    boolean[] currency = s.currency(r);
    boolean[] ofMetonym = s.ofMetonym(r);
    for (int x = 0; x < r; x++) {
      currency[x] =
          (rReq[x] & CURRENCY_FLAG) != 0
              || ((rReq[x] & VERB_CURRENCY_FLAG) != 0 && demonymForm(rNode[x]));
      ofMetonym[x] = (rReq[x] & OF_FLAG) != 0;
      rReq[x] &= ~(CURRENCY_FLAG | VERB_CURRENCY_FLAG | OF_FLAG);
    }
    // 1. persons matched by a multi-token strong form
    for (int x = 0; x < r; x++) {
      if (rNode[x] >= 0) {
        int e = strongEntry(rNode[x], rReq[x]);
        if (e >= 0
            && (eFlags[e] & MULTI) != 0
            && isPerson[eActor[e]]
            && firstMulti[eActor[e]] < 0) {
          firstMulti[eActor[e]] = x;
          s.touched.add(eActor[e]);
        }
      }
    }
    // 2. coreference of surnames; 3. strong mentions
    int[] coref = s.coref(r);
    for (int x = 0; x < r; x++) {
      coref[x] = -1;
      if (rSurname[x] >= 0) {
        int found = -1;
        int count = 0;
        for (int p : surnameOf[rSurname[x]]) {
          if (firstMulti[p] >= 0) {
            count++;
            found = p;
          }
        }
        if (count == 1 && firstMulti[found] < x) {
          coref[x] = found;
        }
      }
      int a = -1;
      if (coref[x] >= 0) {
        a = coref[x];
      } else if (rNode[x] >= 0) {
        int e = strongEntry(rNode[x], rReq[x]);
        a = e >= 0 ? eActor[e] : -1;
      }
      if (a >= 0 && !strong[a] && !(currency[x] && isCountry[a])) {
        strong[a] = true;
        s.touched.add(a);
      }
    }
    // 4. emit
    List<Mention> out = new ArrayList<>(r);
    for (int x = 0; x < r; x++) {
      if (coref[x] >= 0) {
        out.add(new Mention(actors[coref[x]].id(), rStart[x], rEnd[x], rSent[x], MatchKind.COREF));
        continue;
      }
      int node = rNode[x];
      if (node < 0) {
        continue;
      }
      int e = strongEntry(node, rReq[x]);
      if (e < 0) {
        int bestScore = 0;
        for (int w = entryStart[node]; w < entryEnd[node]; w++) {
          if (rReq[x] != 0 && (eFlags[w] & rReq[x]) == 0) {
            continue;
          }
          int a = eActor[w];
          int score = strong[a] ? 2 : (countryIdx[a] >= 0 && strong[countryIdx[a]]) ? 1 : 0;
          if (score > bestScore) {
            bestScore = score;
            e = w;
          }
        }
      }
      if (e >= 0
          && !(currency[x] && isCountry[eActor[e]])
          && !(ofMetonym[x] && eKind[e] == MatchKind.METONYM.ordinal())) {
        out.add(new Mention(actors[eActor[e]].id(), rStart[x], rEnd[x], rSent[x], KINDS[eKind[e]]));
      }
    }
    return out;
  }

  /** Per-thread working memory. */
  private static final class Scratch {
    int[] sentenceTokens = new int[256];
    char[] buf = new char[1024];
    int[] off = new int[128];
    int[] len = new int[128];
    int[] foldHash = new int[128];
    int[] exactHash = new int[128];
    int[] pend = new int[128];
    final IntList rStart = new IntList(64);
    final IntList rEnd = new IntList(64);
    final IntList rSent = new IntList(64);
    final IntList rNode = new IntList(64);
    final IntList rReq = new IntList(64);
    final IntList rSurname = new IntList(64);
    int rawCount;
    int[] corefArr = new int[64];
    boolean[] currencyArr = new boolean[64];
    boolean[] ofArr = new boolean[64];
    final boolean[] strong;
    final int[] firstMulti;
    final IntList touched = new IntList(64);

    Scratch(int actors) {
      strong = new boolean[actors];
      firstMulti = new int[actors];
      Arrays.fill(firstMulti, -1);
    }

    void resetDoc() {
      for (int i = 0; i < touched.size(); i++) {
        int a = touched.get(i);
        strong[a] = false;
        firstMulti[a] = -1;
      }
      touched.clear();
      rStart.clear();
      rEnd.clear();
      rSent.clear();
      rNode.clear();
      rReq.clear();
      rSurname.clear();
      rawCount = 0;
    }

    void ensure(int nTokens, int chars) {
      if (buf.length < chars) {
        buf = new char[Math.max(chars, buf.length * 2)];
      }
      if (off.length < nTokens) {
        int c = Math.max(nTokens, off.length * 2);
        sentenceTokens = new int[2 * c];
        off = new int[c];
        len = new int[c];
        foldHash = new int[c];
        exactHash = new int[c];
        pend = new int[c];
      }
    }

    void addRaw(int start, int end, int sent, int node, int req, int surname) {
      rStart.add(start);
      rEnd.add(end);
      rSent.add(sent);
      rNode.add(node);
      rReq.add(req);
      rSurname.add(surname);
      rawCount++;
    }

    boolean[] currency(int n) {
      if (currencyArr.length < n) {
        currencyArr = new boolean[Math.max(n, currencyArr.length * 2)];
      }
      return currencyArr;
    }

    boolean[] ofMetonym(int n) {
      if (ofArr.length < n) {
        ofArr = new boolean[Math.max(n, ofArr.length * 2)];
      }
      return ofArr;
    }

    int[] coref(int n) {
      if (corefArr.length < n) {
        corefArr = new int[Math.max(n, corefArr.length * 2)];
      }
      return corefArr;
    }
  }
}
