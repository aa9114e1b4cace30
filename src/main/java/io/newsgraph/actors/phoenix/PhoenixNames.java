package io.newsgraph.actors.phoenix;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Turns a Phoenix name ({@code ISRAELI_PRIME_MINISTER_BENJAMIN_NETANYAHU_}, all capitals, words
 * joined by {@code _}) into the words a news text writes ({@code Benjamin Netanyahu}).
 *
 * <ul>
 *   <li>Leading titles and offices ({@code PRIME MINISTER}, {@code AYATOLLAH}, {@code
 *       SECRETARY-GENERAL}) and leading country words ({@code ISRAELI}, {@code UN}) are dropped:
 *       the matcher should find the person by name, and a title in the form would put the title
 *       into the mention's span.
 *   <li>Words are capitalised; name particles ({@code al}, {@code bin}, {@code de}, {@code von},
 *       ...) and, in organisation names, function words ({@code of}, {@code the}, {@code and}) are
 *       lower case, which the matcher lets text write either way; {@code MC}-names get their inner
 *       capital ({@code McCain}); a word with no vowel is an acronym and stays upper case ({@code
 *       BNC}).
 *   <li>A parenthesised part ({@code (AAIA)}) is taken out of the name and returned apart as an
 *       acronym.
 * </ul>
 */
public final class PhoenixNames {

  /** Titles and offices that precede a person's name in the source's aliases. */
  static final Set<String> TITLES =
      Set.of(
          "PRESIDENT",
          "VICE",
          "PRIME",
          "MINISTER",
          "FOREIGN",
          "DEFENSE",
          "DEFENCE",
          "FINANCE",
          "INTERIOR",
          "SECRETARY",
          "SECRETARY-GENERAL",
          "GENERAL",
          "GEN",
          "GEN.",
          "LT",
          "LT.",
          "COL",
          "COL.",
          "MAJOR",
          "MAJ",
          "ADMIRAL",
          "ADM",
          "KING",
          "QUEEN",
          "PRINCE",
          "PRINCESS",
          "CROWN",
          "SHEIKH",
          "SHEIK",
          "SHAIKH",
          "EMIR",
          "AMIR",
          "SULTAN",
          "AYATOLLAH",
          "GRAND",
          "HOJATOLISLAM",
          "HOJJATOLESLAM",
          "SAYYED",
          "SAYED",
          "SAYYID",
          "MULLAH",
          "IMAM",
          "DR",
          "DR.",
          "MR",
          "MR.",
          "MRS",
          "MRS.",
          "MS",
          "MS.",
          "SENATOR",
          "SEN",
          "SEN.",
          "REP",
          "REP.",
          "GOVERNOR",
          "MAYOR",
          "CHAIRMAN",
          "CHAIR",
          "CHIEF",
          "SPEAKER",
          "AMBASSADOR",
          "JUDGE",
          "JUSTICE",
          "PREMIER",
          "CHANCELLOR",
          "FORMER",
          "ACTING",
          "DEPUTY",
          "INTERIM",
          "LEADER",
          "COMMANDER",
          "MARSHAL",
          "FIELD",
          "BRIGADIER",
          "CAPTAIN",
          "CAPT",
          "SERGEANT",
          "COLONEL",
          "LIEUTENANT",
          "CARDINAL",
          "ARCHBISHOP",
          "BISHOP",
          "POPE",
          "REV",
          "REVEREND",
          "FATHER",
          "SIR",
          "LORD",
          "LADY",
          "SECRETARY-GEN",
          "SECRETARY-GENERAL'S",
          "STATE",
          "EXTERNAL",
          "AFFAIRS",
          "OF",
          "THE",
          "UN",
          "U.N.",
          "UNITED",
          "NATIONS",
          "EU",
          "NATO",
          "SEC.",
          "FIRST",
          "SUPREME");

  /**
   * Particles written in lower case inside names (text may capitalise them, see the matcher's case
   * rules).
   */
  static final Set<String> PARTICLES =
      Set.of(
          "AL", "EL", "BIN", "IBN", "BINT", "DE", "DA", "DI", "DOS", "DAS", "DEL", "DELLA", "DER",
          "DEN", "DES", "DU", "VAN", "VON", "LA", "LE", "Y", "UD", "UL", "ZU");

  /** Function words written in lower case inside organisation names. */
  static final Set<String> FUNCTION =
      Set.of("OF", "THE", "AND", "FOR", "IN", "ON", "AT", "TO", "BY", "WITH", "AGAINST", "FROM");

  private PhoenixNames() {}

  /** A tidied name: its words (one string, single spaces) and acronyms found in parentheses. */
  public record Tidy(String words, int tokenCount, List<String> acronyms) {}

  /**
   * Tidies one raw Phoenix name.
   *
   * @param person strip titles and apply name casing (else organisation casing)
   * @param countryWord upper-case single words that name a country or its people ({@code ISRAELI}),
   *     stripped from the front of a person's name
   * @return null when nothing usable is left
   */
  public static Tidy tidy(String raw, boolean person, Predicate<String> countryWord) {
    String s = raw.replace('_', ' ');
    List<String> acronyms = new ArrayList<>();
    StringBuilder kept = new StringBuilder();
    int depth = 0;
    StringBuilder inner = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '(') {
        depth++;
        inner.setLength(0);
      } else if (c == ')') {
        if (depth > 0 && --depth == 0) {
          String a = inner.toString().trim();
          if (a.length() >= 2 && a.chars().allMatch(ch -> ch >= 'A' && ch <= 'Z')) {
            acronyms.add(a);
          }
        }
      } else if (depth > 0) {
        inner.append(c);
      } else {
        kept.append(c);
      }
    }
    List<String> words = new ArrayList<>();
    for (String w : kept.toString().trim().split("\\s+")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    if (person) {
      while (words.size() > 1
          && (TITLES.contains(words.get(0)) || countryWord.test(words.get(0)))) {
        words.remove(0);
      }
    } else if (words.size() > 1 && words.get(0).equals("THE")) {
      words.remove(0);
    }
    if (words.isEmpty()) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < words.size(); i++) {
      if (i > 0) {
        out.append(' ');
      }
      out.append(word(words.get(i), person, i == 0));
    }
    return new Tidy(out.toString(), words.size(), acronyms);
  }

  /** One upper-case word in the casing news text uses. */
  static String word(String w, boolean person, boolean first) {
    String[] parts = w.split("-", -1);
    StringBuilder sb = new StringBuilder(w.length());
    boolean afterParticle = true;
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        sb.append('-');
      }
      String p = parts[i];
      boolean start = first && i == 0;
      boolean lower;
      if (person) {
        lower = PARTICLES.contains(p);
      } else {
        lower =
            start
                ? p.equals("AL") || p.equals("EL")
                : PARTICLES.contains(p) || FUNCTION.contains(p);
      }
      if (lower) {
        sb.append(p.toLowerCase(Locale.ROOT));
      } else if (i > 0 && !afterParticle) {
        // Ki-moon, Mazar-i-sharif: the matcher lets text capitalise a lower-case word, not the
        // other way round
        sb.append(p.toLowerCase(Locale.ROOT));
      } else {
        sb.append(capitalised(p));
      }
      afterParticle = lower;
    }
    return sb.toString();
  }

  private static String capitalised(String p) {
    if (p.isEmpty()) {
      return p;
    }
    boolean digit = false;
    boolean vowel = false;
    int letters = 0;
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      digit |= Character.isDigit(c);
      vowel |= "AEIOUY".indexOf(c) >= 0;
      letters += Character.isLetter(c) ? 1 : 0;
    }
    if (digit || p.indexOf('.') >= 0 || (!vowel && letters >= 2)) {
      return p; // acronym, initial or code: as written
    }
    String lower = p.toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder(lower);
    sb.setCharAt(0, Character.toUpperCase(lower.charAt(0)));
    if (lower.startsWith("mc") && lower.length() > 3) {
      sb.setCharAt(2, Character.toUpperCase(lower.charAt(2)));
    }
    int apo = lower.indexOf('\'');
    if (apo == 1 && lower.length() > 2) { // O'Neill, D'Alema
      sb.setCharAt(2, Character.toUpperCase(lower.charAt(2)));
    }
    return sb.toString();
  }
}
