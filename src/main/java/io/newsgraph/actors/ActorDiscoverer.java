package io.newsgraph.actors;

import io.newsgraph.text.DocTokens;
import io.newsgraph.text.IntList;
import io.newsgraph.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds proper names that the dictionary does not know: capitalised token sequences of 2 to 4 tokens, emitted as
 * {@link Mention}s of kind {@link MatchKind#DISCOVERED} with ids {@code x:<lower-case-hyphenated-name>}
 * ({@code x:kamal-kharrazi}). Thread-safe and stateless apart from immutable word lists.
 *
 * <p>Rules:
 * <ul>
 *   <li>A run is a sequence of capitalised words joined by whitespace or a hyphen, not overlapping a dictionary
 *       mention; particles ({@code bin, ibn, al, el, de, da, di, del, der, van, von, la, le, du, y}), initials
 *       ({@code W.}) and {@code of} (e.g. {@code Bank of Ghana}) may occur inside a run but not at its ends.
 *       A possessive ({@code Kharrazi’s}) ends a run. A run made only of common words of titles and organisation
 *       names ({@code Co Inc}, {@code Central Bank}, {@code Stock Exchange}, {@code Investors Service Inc}) is a
 *       fragment or a common noun phrase and is dropped.</li>
 *   <li>Leading titles are stripped ({@code President}, {@code Prime Minister}, {@code Secretary of State},
 *       {@code Supreme Leader}, {@code Gen.} ...), as are sentence-initial function words ({@code The}, {@code In}
 *       ...). Days, months and Reuters table words split runs. A title is not stripped when the run ends in an
 *       organisation word ({@code General Motors Corp} stays whole).</li>
 *   <li>ALL-CAPS sentences (headlines) are skipped; runs of fewer than 2 or more than 4 name tokens are
 *       dropped.</li>
 *   <li>Type guess: {@code group} if the last token is {@code Brigades, Front, Movement, Army...};
 *       {@code organization} if the last token is an organisation word ({@code Co, Corp, Inc, Ltd, Bank, Ministry,
 *       Party, Council, Agency, Group, Times...}) or an organisation word is followed by a particle
 *       ({@code Central Bank of ...}); {@code place} for {@code River, Sea, Island, Province...}; {@code person} if
 *       the first token is a common given name, a title was stripped, or the run is followed by a speech verb
 *       ({@code said, says, told, added}). Without such evidence ({@link Discovery#confident()} false): place when
 *       it starts with {@code North, New, San...}, person for two or three plain name words, else
 *       organization.</li>
 *   <li>Within a document, a later single capitalised token equal to the surname of a discovered person maps to
 *       that person (kind {@link MatchKind#COREF}), unless two discovered persons share the surname.</li>
 * </ul>
 */
public final class ActorDiscoverer {

  /** A discovered mention with the name as written (titles stripped) and a guessed type. */
  public record Discovery(Mention mention, String name, ActorType type, boolean confident) {
    /** The discovered actor ({@code source = "discovered"}). */
    public Actor toActor() {
      return new Actor(mention.actorId(), name, type, "", "", List.of(name), List.of(), List.of(),
          Actor.SOURCE_DISCOVERED);
    }
  }

  private static final int TITLE = 1;
  private static final int TITLE2 = 2; // title word only after another title (State, Defense, Foreign ...)
  private static final int STOP = 4; // function word: not a name when sentence-initial / capitalised
  private static final int BREAK = 8; // day, month, table word: splits runs
  private static final int PARTICLE = 16;
  private static final int GIVEN = 32;
  private static final int ORG_LAST = 64;
  private static final int ORG_FIRST = 128;
  private static final int GROUP_LAST = 256;
  private static final int PLACE_LAST = 512;
  private static final int SPEECH = 1024;
  private static final int NOT_NAME = 2048; // common capitalised non-name words (direction, adjectives)
  private static final int PLACE_FIRST = 4096; // North, New, Upper ... (untyped runs starting so are places)
  private static final int AND = 16384; // "and", "&": inside organisation names only (Cable and Wireless Plc)
  private static final int GENERIC = 8192; // common words of organisation names (Investors, Loan, Savings ...)
  /** Categories of words that are never a name on their own: a run made only of them is a fragment. */
  private static final int NOT_A_NAME = TITLE | TITLE2 | STOP | ORG_LAST | ORG_FIRST | GROUP_LAST | PLACE_LAST
      | NOT_NAME | PLACE_FIRST | GENERIC | PARTICLE;

  private final TokenVocab vocab = new TokenVocab();
  private int[] cats = new int[256];

  public ActorDiscoverer() {
    add(TITLE, "president", "vice", "prime", "minister", "secretary", "general", "gen", "lt", "col", "maj", "capt",
        "adm", "admiral", "colonel", "major", "captain", "sergeant", "commander", "chief", "mr", "mrs", "ms", "dr",
        "prof", "professor", "sen", "senator", "rep", "representative", "congressman", "congresswoman", "gov",
        "governor", "mayor", "king", "queen", "prince", "princess", "crown", "sheikh", "sheik", "emir", "sultan",
        "ayatollah", "imam", "rabbi", "pope", "cardinal", "bishop", "archbishop", "father", "supreme", "leader",
        "chairman", "chairwoman", "chair", "director", "ceo", "spokesman", "spokeswoman", "spokesperson",
        "former", "deputy", "acting", "interim", "ambassador", "envoy", "judge", "justice", "attorney", "speaker",
        "chancellor", "premier", "sir", "lord", "lady", "dame", "mullah", "commissioner", "treasurer", "analyst",
        "economist", "officer", "official", "executive", "managing", "foreign", "defense", "defence", "finance",
        "trade", "interior", "economy", "agriculture", "energy", "oil", "health", "opposition", "party");
    add(TITLE2, "state", "affairs", "treasury", "commerce", "labor", "labour", "transport", "education",
        "staff", "of", "the", "president", "minister", "secretary", "general", "officer", "director");
    add(STOP, "the", "a", "an", "in", "on", "at", "but", "and", "or", "for", "if", "when", "while", "after", "before",
        "this", "that", "these", "those", "there", "it", "its", "he", "she", "they", "we", "i", "his", "her", "their",
        "our", "as", "by", "with", "from", "to", "of", "all", "some", "many", "most", "last", "next", "both", "each",
        "every", "under", "since", "during", "over", "about", "between", "among", "according", "meanwhile", "also",
        "however", "although", "though", "because", "so", "then", "than", "no", "not", "one", "two", "three", "new",
        "former", "earlier", "later", "why", "what", "who", "how", "where", "which", "can", "could", "will",
        "would", "should", "may", "might", "must", "do", "does", "did", "is", "are", "was", "were", "be", "has",
        "have", "had", "let", "like", "such", "only", "even", "still", "yet", "just", "other", "another", "more",
        "few", "any", "very", "de", "la", "le", "el", "al", "du", "van", "von");
    add(BREAK, "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
        "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "year",
        "pay", "payable", "record", "shr", "shrs", "net", "revs", "qtr", "qtly", "div", "avg", "note", "oper",
        "mths", "mln", "bln", "dlrs", "pct", "reuter", "reuters", "ap", "afp", "today", "yesterday", "tomorrow",
        "god", "allah", "christmas", "easter", "ramadan", "eid", "congress", "parliament", "senate", "i", "ii",
        "iii", "iv", "tv", "ok", "am", "pm", "est", "gmt", "edt", "pst", "inc's");
    add(PARTICLE, "bin", "ibn", "bint", "al", "el", "de", "da", "di", "del", "della", "der", "den", "van", "von",
        "la", "le", "du", "dos", "das", "y", "of", "ben", "abu", "ter", "st");
    add(GIVEN, "james", "john", "robert", "michael", "william", "david", "richard", "joseph", "thomas", "charles",
        "christopher", "daniel", "matthew", "anthony", "antony", "mark", "donald", "steven", "stephen", "paul",
        "andrew", "joshua", "kenneth", "kevin", "brian", "george", "edward", "ronald", "timothy", "jason", "jeffrey",
        "ryan", "jacob", "gary", "nicholas", "eric", "jonathan", "larry", "justin", "scott", "frank", "benjamin",
        "gregory", "samuel", "raymond", "patrick", "alexander", "jack", "dennis", "jerry", "tyler", "aaron", "jose",
        "henry", "adam", "douglas", "nathan", "peter", "zachary", "kyle", "walter", "harold", "jeremy", "ethan",
        "carl", "keith", "roger", "gerald", "christian", "terry", "sean", "arthur", "austin", "noah", "lawrence",
        "jesse", "joe", "bryan", "billy", "jordan", "albert", "dylan", "bruce", "willie", "gabriel", "alan", "juan",
        "logan", "wayne", "ralph", "roy", "eugene", "randy", "vincent", "russell", "louis", "philip", "bobby",
        "johnny", "bradley", "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica",
        "sarah", "karen", "nancy", "lisa", "margaret", "betty", "sandra", "ashley", "dorothy", "kimberly", "emily",
        "donna", "michelle", "carol", "amanda", "melissa", "deborah", "stephanie", "rebecca", "laura", "sharon",
        "cynthia", "kathleen", "amy", "shirley", "angela", "helen", "anna", "brenda", "pamela", "nicole", "ruth",
        "katherine", "samantha", "christine", "emma", "catherine", "debra", "virginia", "rachel", "carolyn",
        "janet", "maria", "heather", "diane", "julie", "joyce", "victoria", "kelly", "christina", "joan", "evelyn",
        "lauren", "judith", "olivia", "martha", "cheryl", "megan", "andrea", "hannah", "jacqueline", "ann", "jean",
        "alice", "kathryn", "gloria", "teresa", "doris", "sara", "janice", "julia", "marie", "madison", "grace",
        "judy", "theresa", "beverly", "denise", "marilyn", "amber", "danielle", "abigail", "brittany", "rose",
        "diana", "natalie", "sophia", "alexis", "lori", "kayla", "jane", "hillary", "kamala", "condoleezza",
        "ali", "mohammad", "mohammed", "muhammad", "mohamed", "ahmed", "ahmad", "hassan", "hussein", "hossein",
        "mahmoud", "mahmud", "abdullah", "abdul", "omar", "umar", "khaled", "khalid", "yousef", "yusuf", "youssef",
        "ibrahim", "ismail", "ismael", "hamid", "hamad", "saeed", "said", "saleh", "salman", "faisal", "fahd",
        "nasser", "nasrallah", "hasan", "karim", "kareem", "rashid", "tariq", "walid", "ziad", "fouad", "mustafa",
        "mostafa", "osama", "usama", "ayman", "yahya", "ismail", "kamal", "jamal", "amir", "reza", "javad", "mehdi",
        "hamza", "bashar", "hafez", "recep", "mevlut", "abdel", "abbas", "yasser", "yasir", "marwan", "nabil",
        "benjamin", "yair", "naftali", "yoav", "benny", "ehud", "ariel", "shimon", "yitzhak", "isaac", "moshe",
        "avigdor", "gilad", "itamar", "bezalel", "yossi", "amos", "daniel", "herzi", "tzipi", "golda", "ayelet",
        "vladimir", "sergei", "sergey", "dmitry", "dmitri", "mikhail", "boris", "nikolai", "ivan", "alexei",
        "alexey", "andrei", "andrey", "viktor", "yuri", "oleg", "igor", "volodymyr", "petro", "yulia", "olena",
        "xi", "li", "wang", "zhang", "liu", "chen", "kim", "moon", "park", "shinzo", "yoshihide", "fumio",
        "yasuhiro", "narendra", "rahul", "imran", "nawaz", "shehbaz", "benazir", "emmanuel", "francois",
        "jacques", "nicolas", "pierre", "jean", "marine", "angela", "olaf", "helmut", "gerhard", "frank-walter",
        "karl", "hans", "wolfgang", "friedrich", "otto", "giorgia", "silvio", "mario", "matteo", "giuseppe",
        "pedro", "luiz", "luis", "carlos", "jair", "javier", "manuel", "miguel", "fernando", "alberto", "raul",
        "hugo", "nicolas", "andres", "gustavo", "alejandro", "enrique", "felipe", "rishi", "boris", "theresa",
        "keir", "tony", "gordon", "nigel", "margaret", "liz", "jeremy", "justin", "stephen", "recep", "abiy",
        "cyril", "jacob", "nelson", "thabo", "uhuru", "william", "yoweri", "paul", "muammar", "moammar", "saddam",
        "hosni", "anwar", "gamal", "abdel-fattah", "ilham", "nikol", "alexander", "lukashenko", "volker",
        "jens", "ursula", "josep", "antonio", "ban", "kofi", "boutros", "javier", "dag", "jim", "bob", "bill",
        "tom", "mike", "dave", "steve", "chris", "nick", "matt", "pat", "ted", "ed", "fred", "ron", "don", "ken",
        "lloyd", "dick", "newt", "nancy", "chuck", "mitch", "marco", "rand", "lindsey", "elizabeth", "bernie",
        "pete", "beto", "ron", "nikki", "vivek", "mike", "kevin", "hakeem", "ilhan", "alexandria", "rashida");
    add(ORG_LAST, "co", "corp", "corporation", "inc", "incorporated", "ltd", "limited", "plc", "llc", "ag", "sa",
        "nv", "gmbh", "spa", "bv", "bank", "bancorp", "ministry", "party", "council", "agency", "group", "groups",
        "association", "union", "committee", "commission", "institute", "institution", "university", "college",
        "school", "fund", "organization", "organisation", "authority", "department", "office", "federation",
        "foundation", "company", "cos", "industries", "holdings", "holding", "times", "post", "news", "journal",
        "herald", "tribune", "gazette", "telegraph", "press", "examiner", "observer", "guardian", "corps", "service",
        "services", "board", "court", "assembly", "exchange", "airlines", "airways", "motors", "trust", "society",
        "church", "reserve", "systems", "technologies", "partners", "capital", "securities", "financial",
        "insurance", "investments", "enterprises", "international", "network", "media", "television", "radio",
        "hospital", "bureau", "secretariat", "cabinet", "administration", "alliance", "coalition", "club",
        "league", "conference", "forum", "centre", "center", "laboratories", "labs", "pharmaceuticals", "energy",
        "petroleum", "oil", "mining", "steel", "electric", "chemical", "chemicals", "foods", "airline", "railway",
        "railways", "shipping", "lines", "brothers", "bros", "associates", "consulate", "embassy", "mission",
        "graphics", "magazine", "daily", "weekly", "broadcasting", "studios", "pictures", "records");
    add(ORG_FIRST, "bank", "ministry", "university", "council", "department", "office", "institute", "commission",
        "committee", "federation", "union", "association", "organization", "organisation", "league", "board",
        "court", "house", "agency", "church", "party", "society", "academy", "radio", "club", "school");
    add(GROUP_LAST, "brigades", "brigade", "front", "movement", "army", "militia", "militias", "forces", "guard",
        "guards", "battalion", "battalions", "rebels", "jihad", "taliban", "mujahideen", "resistance", "legion");
    add(PLACE_LAST, "river", "sea", "ocean", "strait", "straits", "gulf", "island", "islands", "mountains",
        "mountain", "mount", "valley", "province", "street", "square", "bay", "lake", "desert", "peninsula", "city",
        "county", "district", "region", "heights", "canal", "airport", "port", "harbor", "harbour", "coast",
        "state", "territory", "territories", "camp", "crossing", "border", "road", "avenue", "park", "plain",
        "plateau", "basin", "field", "fields", "hills", "hill", "village", "town", "governorate", "oblast");
    add(SPEECH, "said", "says", "told", "added", "stated", "announced", "warned", "stressed", "noted", "wrote",
        "explained", "argued", "insisted", "declared", "asked", "replied", "urged", "tweeted");
    add(NOT_NAME, "east", "west", "north", "south", "northern", "southern", "eastern", "western", "central",
        "middle", "national", "federal", "united", "international", "american", "european", "world", "global",
        "first", "second", "third", "great", "new", "old", "royal", "general", "islamic", "arab", "christian",
        "jewish", "muslim", "democratic", "republican", "republic", "kingdom", "state", "states", "house",
        "white", "black", "red", "green", "blue", "internet", "web", "covid", "coronavirus", "hurricane", "storm",
        "operation", "war", "day", "week", "month", "act", "bill", "law", "treaty", "accord", "agreement", "plan",
        "program", "programme", "initiative", "project", "report", "index", "stock", "shares", "market", "dollar",
        "mark", "yen", "franc", "pound", "sterling", "euro", "crude", "brent", "futures", "gold", "silver");
    add(PLACE_FIRST, "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
        "middle", "new", "upper", "lower", "greater", "san", "santa", "los", "las", "st", "fort", "port", "mount",
        "lake", "cape");
    add(AND, "and", "&");
    add(GENERIC, "investors", "investor", "acquisition", "acquisitions", "banking", "banks", "loan", "loans",
        "savings", "economic", "economics", "policy", "statistics", "statistical", "transportation", "commerce",
        "securities", "trading", "commodity", "commodities", "credit", "development", "investment", "mortgage",
        "resources", "products", "communications", "technology", "care", "life", "data", "computer", "computers",
        "business", "industrial", "industry", "manufacturing", "properties", "realty", "land", "gas", "power",
        "water", "air", "food", "medical", "engineering", "software", "equity", "income", "growth", "mutual",
        "commercial", "merchant", "merchants", "guaranty", "marine", "pacific", "atlantic", "electronics",
        "finance", "financing", "funds", "stocks", "bond", "bonds", "treasury", "budget", "tax", "trade",
        "export", "exports", "import", "imports", "foreign", "domestic", "public", "private", "savings", "home",
        "general", "standard", "american", "national", "first", "federal", "royal", "united", "consolidated",
        "allied", "continental", "southwestern", "northwestern", "southeastern", "northeastern", "midwest",
        "inc's", "corp's", "co's", "company's", "management", "research", "systems", "service", "services");
    vocab.trim();
  }

  private void add(int cat, String... words) {
    for (String w : words) {
      int id = vocab.add(w);
      if (id >= cats.length) {
        cats = java.util.Arrays.copyOf(cats, Math.max(cats.length * 2, id + 1));
      }
      cats[id] |= cat;
    }
  }

  private int cc(char[] doc, int[] t, int x, int[] cache, char[] buf) {
    int v = cache[x];
    if (v < 0) {
      v = cat(doc, t[2 * x], t[2 * x + 1], buf);
      cache[x] = v;
    }
    return v;
  }

  /** Category bits of token doc[ts,te) (lower-cased, possessive and dots dropped). */
  private int cat(char[] doc, int ts, int te, char[] buf) {
    int n = 0;
    int h = 0;
    for (int p = ts; p < te && n < buf.length; p++) {
      char c = doc[p];
      if (c == '.') {
        continue;
      }
      if (c == '\u2019') {
        c = '\'';
      }
      char lc = TokenVocab.lower(c);
      buf[n++] = lc;
      h = 31 * h + lc;
    }
    if (n == 0 || n >= buf.length) {
      return 0;
    }
    int id = vocab.find(buf, 0, n, TokenVocab.mix(h), false);
    return id < 0 ? 0 : cats[id];
  }

  /**
   * Discovers names in doc. sentences: [start,end) pairs from the splitter; known: the dictionary mentions of this
   * document (from {@link ActorMatcher#match}); discovered names never overlap them. Result in document order.
   */
  public List<Discovery> discover(String doc, IntList sentences, List<Mention> known) {
    return discover(DocTokens.of(doc, sentences), known);
  }

  /** As {@link #discover(String, IntList, List)}, over a document already split and tokenised. */
  public List<Discovery> discover(DocTokens tokens, List<Mention> known) {
    char[] doc = tokens.chars(); // read without String.charAt's checks
    List<Discovery> out = new ArrayList<>();
    int[] t = new int[256];
    char[] buf = new char[32];
    int knownIdx = 0;
    boolean[] covered = new boolean[64];
    int[] cache = new int[64];
    Map<String, String> surnameToId = new HashMap<>();
    Map<String, Integer> surnameCount = new HashMap<>();
    IntList singles = new IntList(); // single capitalised tokens: start, end, sentence
    int ns = tokens.sentenceCount();
    for (int k = 0; k < ns; k++) {
      int ss = tokens.sentenceStart(k);
      int se = tokens.sentenceEnd(k);
      int first = tokens.firstToken(k);
      int n = tokens.firstToken(k + 1) - first;
      if (n == 0 || isAllCaps(doc, ss, se)) {
        continue;
      }
      // the sentence's tokens from 0, as the rules below index them
      if (t.length < 2 * n) {
        t = new int[Math.max(2 * n, 2 * t.length)];
      }
      System.arraycopy(tokens.rawTokens(), 2 * first, t, 0, 2 * n);
      // covered[i]: token overlaps a known mention
      if (covered.length < n) {
        covered = new boolean[Math.max(n, covered.length * 2)];
        cache = new int[covered.length];
      }
      java.util.Arrays.fill(covered, 0, n, false);
      java.util.Arrays.fill(cache, 0, n, -1);
      while (knownIdx < known.size() && known.get(knownIdx).charEnd() <= ss) {
        knownIdx++;
      }
      int ti = 0;
      for (int m = knownIdx; m < known.size() && known.get(m).charStart() < se; m++) {
        Mention km = known.get(m);
        while (ti < n && t[2 * ti + 1] <= km.charStart()) {
          ti++;
        }
        for (int i = ti; i < n && t[2 * i] < km.charEnd(); i++) {
          covered[i] = true;
        }
      }
      int i = 0;
      while (i < n) {
        if (covered[i] || !capitalised(doc, t[2 * i], t[2 * i + 1])) {
          i++;
          continue;
        }
        // grow a run [i, j)
        int j = i + 1;
        while (j < n && !covered[j]) {
          int prevEnd = t[2 * j - 1];
          if (ActorMatcher.possessiveEnd(doc, t[2 * j - 2], prevEnd) != prevEnd
              || !joinable(doc, prevEnd, t[2 * j])) {
            break;
          }
          int ts = t[2 * j];
          int te = t[2 * j + 1];
          if (capitalised(doc, ts, te)) {
            j++;
          } else if ((cc(doc, t, j, cache, buf) & (PARTICLE | AND)) != 0 && j + 1 < n && !covered[j + 1]
              && joinable(doc, te, t[2 * j + 2]) && capitalised(doc, t[2 * j + 2], t[2 * j + 3])) {
            j += 2;
          } else {
            break;
          }
        }
        // a run that directly continues a dictionary mention ("American Express Co", "Brazilian Coffee Institute")
        // is the tail of a longer name: its head would be wrong, so it is left out
        // (only organisation names: "UNICEF Deputy Director Ted Chaiban" still yields Ted Chaiban)
        boolean tail = i > 0 && covered[i - 1] && joinable(doc, t[2 * i - 1], t[2 * i])
            && ActorMatcher.possessiveEnd(doc, t[2 * i - 2], t[2 * i - 1]) == t[2 * i - 1]
            && (cc(doc, t, j - 1, cache, buf) & (ORG_LAST | GROUP_LAST)) != 0;
        if (!tail) {
          processRun(doc, t, cache, n, i, j, k, i == 0, buf, out, surnameToId, surnameCount, singles);
        }
        i = j;
      }
    }
    addSurnameCorefs(doc, out, surnameToId, surnameCount, singles);
    return out;
  }

  /** Convenience: the mentions only. */
  public List<Mention> discoverMentions(String doc, IntList sentences, List<Mention> known) {
    List<Mention> ms = new ArrayList<>();
    for (Discovery d : discover(doc, sentences, known)) {
      ms.add(d.mention());
    }
    return ms;
  }

  private void processRun(char[] doc, int[] t, int[] cache, int n, int from, int to, int sent, boolean sentenceInitial, char[] buf,
                          List<Discovery> out, Map<String, String> surnameToId, Map<String, Integer> surnameCount,
                          IntList singles) {
    // split at BREAK tokens, process each piece
    int s = from;
    // "and" joins the words of an organisation's name (Cable and Wireless Plc, Ways and Means Committee), else it
    // separates names (Reagan and Baker)
    int split = (cc(doc, t, to - 1, cache, buf) & (ORG_LAST | GROUP_LAST)) != 0 ? BREAK : BREAK | AND;
    for (int x = from; x <= to; x++) {
      if (x == to || (cc(doc, t, x, cache, buf) & split) != 0) {
        if (x > s) {
          processPiece(doc, t, cache, n, s, x, sent, sentenceInitial && s == from, buf, out, surnameToId, surnameCount,
              singles);
        }
        s = x + 1;
      }
    }
  }

  private void processPiece(char[] doc, int[] t, int[] cache, int n, int from, int to, int sent, boolean sentenceInitial, char[] buf,
                            List<Discovery> out, Map<String, String> surnameToId, Map<String, Integer> surnameCount,
                            IntList singles) {
    int a = from;
    boolean titled = false;
    if (sentenceInitial) {
      while (a < to && (cc(doc, t, a, cache, buf) & STOP) != 0) {
        a++;
      }
    }
    // title prefix: words marked TITLE or TITLE2 with at least one TITLE ("Treasury Secretary", "Secretary of State")
    int p = a;
    while (p < to && (cc(doc, t, p, cache, buf) & (TITLE | TITLE2)) != 0) {
      if ((cc(doc, t, p, cache, buf) & TITLE) != 0) {
        titled = true;
      }
      p++;
    }
    int endCat = cc(doc, t, to - 1, cache, buf);
    if (titled && (endCat & (ORG_LAST | GROUP_LAST | PLACE_LAST)) == 0) {
      a = p; // "Treasury Secretary James Baker" -> James Baker; but not "General Motors Corp" -> Motors Corp
    } else {
      titled = false;
    }
    int b = to;
    while (b > a && (cc(doc, t, b - 1, cache, buf) & PARTICLE) != 0
        && !capitalised(doc, t[2 * b - 2], t[2 * b - 1])) {
      b--;
    }
    // a piece must not start with a lower-case particle
    while (a < b && !capitalised(doc, t[2 * a], t[2 * a + 1])) {
      a++;
    }
    int len = b - a;
    if (len == 1) {
      singles.add(t[2 * a], ActorMatcher.possessiveEnd(doc, t[2 * a], t[2 * a + 1]));
      singles.add(sent);
      return;
    }
    if (len < 2 || len > 4) {
      return;
    }
    boolean generic = true;
    for (int x = a; x < b && generic; x++) {
      generic = (cc(doc, t, x, cache, buf) & NOT_A_NAME) != 0;
    }
    if (generic) {
      return; // "Co Inc", "Central Bank", "Stock Exchange": a fragment or a common noun phrase, not a name
    }
    int start = t[2 * a];
    int end = ActorMatcher.possessiveEnd(doc, t[2 * b - 2], t[2 * b - 1]);
    int firstCat = cc(doc, t, a, cache, buf);
    int lastCat = cc(doc, t, b - 1, cache, buf);
    ActorType type;
    boolean confident = true;
    // "Bank of X", "Central Bank of X", "Radio del X": an organisation word followed by a lower-case particle
    boolean orgOf = false;
    for (int x = a; x + 1 < b && !orgOf; x++) {
      orgOf = (cc(doc, t, x, cache, buf) & (ORG_FIRST | ORG_LAST)) != 0
          && (cc(doc, t, x + 1, cache, buf) & PARTICLE) != 0
          && !capitalised(doc, t[2 * x + 2], t[2 * x + 3]);
    }
    if ((lastCat & GROUP_LAST) != 0) {
      type = ActorType.GROUP;
    } else if ((lastCat & ORG_LAST) != 0 || orgOf) {
      type = ActorType.ORGANIZATION;
    } else if ((lastCat & PLACE_LAST) != 0) {
      type = ActorType.PLACE;
    } else if ((firstCat & GIVEN) != 0 || titled || followedBySpeech(doc, t, cache, n, b, buf)) {
      type = ActorType.PERSON;
    } else if ((firstCat & PLACE_FIRST) != 0) {
      type = ActorType.PLACE;
      confident = false;
    } else {
      confident = false;
      boolean plain = len <= 3;
      for (int x = a; x < b && plain; x++) {
        int c = cc(doc, t, x, cache, buf);
        plain = (c & (NOT_NAME | STOP)) == 0 || (c & PARTICLE) != 0 && !capitalised(doc, t[2 * x], t[2 * x + 1]);
      }
      type = plain ? ActorType.PERSON : ActorType.ORGANIZATION;
    }
    if ((firstCat & (NOT_NAME | STOP)) != 0 && type == ActorType.PERSON && !titled && (firstCat & GIVEN) == 0) {
      // "American Express said" is not a person
      type = ActorType.ORGANIZATION;
      confident = false;
    }
    String name = nameOf(doc, t, a, b);
    String id = idFor(name);
    out.add(new Discovery(new Mention(id, start, end, sent, MatchKind.DISCOVERED), name, type, confident));
    if (type == ActorType.PERSON) {
      String surname = ActorMatcher.normalise(doc, t[2 * b - 2], t[2 * b - 1]);
      if (!id.equals(surnameToId.get(surname))) {
        surnameCount.merge(surname, 1, Integer::sum);
        surnameToId.put(surname, id);
      }
    }
  }

  private boolean followedBySpeech(char[] doc, int[] t, int[] cache, int n, int b, char[] buf) {
    if (b >= n) {
      return false;
    }
    int gapStart = t[2 * b - 1];
    int ts = t[2 * b];
    if (ts <= gapStart) {
      return false;
    }
    for (int p = gapStart; p < ts; p++) {
      char c = doc[p];
      if (!Character.isWhitespace(c) && c != ',') {
        return false;
      }
    }
    return (cc(doc, t, b, cache, buf) & SPEECH) != 0;
  }

  private static void addSurnameCorefs(char[] doc, List<Discovery> out, Map<String, String> surnameToId,
                                       Map<String, Integer> surnameCount, IntList singles) {
    if (surnameToId.isEmpty() || singles.isEmpty()) {
      return;
    }
    // the few surnames of one person each, compared in place: a String per capitalised token was 6% of the annotator
    List<String> keys = new ArrayList<>(surnameToId.size());
    surnameToId.forEach((k, v) -> {
      if (surnameCount.get(k) == 1) {
        keys.add(k);
      }
    });
    List<Discovery> corefs = new ArrayList<>();
    for (int x = 0; x < singles.size(); x += 3) {
      int s = singles.get(x);
      int e = singles.get(x + 1);
      String id = null;
      for (String key : keys) {
        if (ActorMatcher.normalisedEquals(doc, s, e, key)) {
          id = surnameToId.get(key);
          break;
        }
      }
      if (id == null) {
        continue;
      }
      Discovery first = null;
      for (Discovery d : out) {
        if (d.mention().actorId().equals(id)) {
          first = d;
          break;
        }
      }
      if (first != null && first.mention().charStart() < s) {
        corefs.add(new Discovery(new Mention(id, s, e, singles.get(x + 2), MatchKind.COREF), first.name(),
            ActorType.PERSON, first.confident()));
      }
    }
    if (!corefs.isEmpty()) {
      out.addAll(corefs);
      out.sort((p, q) -> Integer.compare(p.mention().charStart(), q.mention().charStart()));
    }
  }

  private static String nameOf(char[] doc, int[] t, int a, int b) {
    StringBuilder sb = new StringBuilder();
    for (int x = a; x < b; x++) {
      if (x > a) {
        char gap = doc[t[2 * x - 1]];
        sb.append(gap == '-' || gap == '\u2010' || gap == '\u2011' ? '-' : ' ');
      }
      int te = x == b - 1 ? ActorMatcher.possessiveEnd(doc, t[2 * x], t[2 * x + 1]) : t[2 * x + 1];
      sb.append(doc, t[2 * x], te - t[2 * x]);
    }
    return sb.toString();
  }

  /** {@code x:} + lower-case name with runs of non-letters/digits replaced by one hyphen; dots are dropped. */
  public static String idFor(String name) {
    StringBuilder sb = new StringBuilder("x:");
    boolean dash = false;
    String lower = name.toLowerCase(Locale.ROOT);
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (c == '.' || c == '\'' || c == '\u2019') {
        continue;
      }
      if (Tokenizer.isWordChar(c)) {
        if (dash && sb.length() > 2) {
          sb.append('-');
        }
        dash = false;
        sb.append(c);
      } else {
        dash = true;
      }
    }
    return sb.toString();
  }

  private static boolean capitalised(char[] doc, int ts, int te) {
    char c = doc[ts];
    if (!Tokenizer.isUpper(c)) {
      return false;
    }
    if (te - ts == 1) {
      return false;
    }
    if (te - ts == 2 && doc[ts + 1] == '.') {
      return true; // initial
    }
    for (int p = ts + 1; p < te; p++) {
      if (Tokenizer.isLower(doc[p])) {
        return true;
      }
    }
    return false; // all caps token (acronym): not part of discovered names
  }

  private static boolean joinable(char[] doc, int from, int to) {
    if (to <= from) {
      return false;
    }
    if (to - from == 1) {
      char c = doc[from];
      return c == ' ' || c == '-' || c == '\n' || c == '\u2010' || c == '\u2011' || c == '\u00A0';
    }
    for (int p = from; p < to; p++) {
      if (!Character.isWhitespace(doc[p])) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAllCaps(char[] doc, int ss, int se) {
    int upper = 0;
    int lower = 0;
    for (int p = ss; p < se; p++) {
      char c = doc[p];
      if (Tokenizer.isUpper(c)) {
        upper++;
      } else if (Tokenizer.isLower(c)) {
        lower++;
        // even if every char left were upper case, lower * 10 <= upper could not hold: ordinary sentences stop
        // after about a tenth of their chars
        if (lower * 10 > upper + (se - p - 1)) {
          return false;
        }
      }
    }
    return upper >= 2 && lower * 10 <= upper;
  }
}
