package io.newsgraph.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.text.IntList;
import io.newsgraph.text.SentenceSplitter;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ActorMatcherTest {

  static ActorDictionary dict;
  static ActorMatcher matcher;

  @BeforeAll
  static void load() throws Exception {
    dict = testDictionary();
    matcher = new ActorMatcher(dict);
  }

  static ActorDictionary testDictionary() throws Exception {
    try (Reader r =
        new InputStreamReader(
            ActorMatcherTest.class.getResourceAsStream("/io/newsgraph/actors/test-actors.csv"),
            StandardCharsets.UTF_8)) {
      return ActorDictionary.parse(r, "test-actors.csv");
    }
  }

  /** Mentions rendered as "sentence actorId kind 'surface'". */
  static List<String> render(String doc) {
    IntList sentences = new IntList();
    SentenceSplitter.INSTANCE.split(doc, sentences);
    List<String> out = new ArrayList<>();
    for (Mention m : matcher.match(doc, sentences)) {
      out.add(
          m.sentenceIdx()
              + " "
              + m.actorId()
              + " "
              + m.kind().value()
              + " '"
              + doc.substring(m.charStart(), m.charEnd())
              + "'");
    }
    return out;
  }

  static final String TITLE = "IRAN WARNS ISRAEL OVER HEZBOLLAH’S FUTURE";
  static final String TEXT =
      "Iran’s government said on Tuesday that Tehran would stand by Hezbollah if Israel widened its war in Lebanon. "
          + "Kamal Kharrazi, an adviser to Supreme Leader Ali Khamenei, told the Financial Times that Hamas and the "
          + "Houthis in Yemen were ready to help.\n\n"
          + "Kharrazi said the U.N. Security Council had failed Gaza, and an Iranian envoy repeated the warning. "
          + "Secretary of State Antony Blinken replied that the U.S. And Japan would hold U.S.-Japan talks on the "
          + "crisis. “Let us be clear,” Blinken said, the Israel-Hamas war must not spread to Iraq or Syria.\n\n"
          + "In Washington, officials said Chad had not been consulted; a hanging chad was not the issue. "
          + "Nobody in Georgia commented.";

  @Test
  void fixtureArticle() {
    String doc = TITLE + "\n\n" + TEXT;
    assertEquals(
        List.of(
            "0 IRN alias 'IRAN'",
            "0 ISR alias 'ISRAEL'",
            "0 hezbollah alias 'HEZBOLLAH'",
            "1 IRN alias 'Iran'",
            "1 IRN metonym 'Tehran'",
            "1 hezbollah alias 'Hezbollah'",
            "1 ISR alias 'Israel'",
            "1 LBN alias 'Lebanon'",
            "2 kamal-kharrazi alias 'Kamal Kharrazi'",
            "2 ali-khamenei alias 'Ali Khamenei'",
            "2 financial-times alias 'Financial Times'",
            "2 hamas alias 'Hamas'",
            "2 houthis alias 'Houthis'",
            "2 YEM alias 'Yemen'",
            "3 kamal-kharrazi coref 'Kharrazi'",
            "3 un-security-council alias 'U.N. Security Council'",
            "3 gaza alias 'Gaza'",
            "3 IRN demonym 'Iranian'",
            "4 antony-blinken alias 'Antony Blinken'",
            "4 USA alias 'U.S.'",
            "4 JPN alias 'Japan'",
            "4 USA alias 'U.S.'",
            "4 JPN alias 'Japan'",
            "5 antony-blinken coref 'Blinken'",
            "5 ISR alias 'Israel'",
            "5 hamas alias 'Hamas'",
            "5 IRQ alias 'Iraq'",
            "5 SYR alias 'Syria'",
            "6 USA metonym 'Washington'",
            "6 TCD alias 'Chad'",
            "7 georgia-us-state alias 'Georgia'"),
        render(doc));
  }

  @Test
  void caseRules() {
    assertEquals(List.of(), render("Let us go, said the chad."));
    assertEquals(
        List.of("0 USA alias 'US'", "0 TCD alias 'Chad'"), render("The US and Chad agreed."));
    // ALL-CAPS headline: names >= 4 letters and acronyms match, short non-acronym forms do not
    assertEquals(
        List.of("0 USA alias 'U.S.'", "0 TCD alias 'CHAD'", "0 un alias 'UN'"),
        render("U.S. AND CHAD BACK UN PLAN"));
    assertEquals(
        List.of("0 IRN demonym 'IRANIAN'", "0 YEM alias 'YEMEN'"),
        render("IRANIAN ENVOY IN YEMEN"));
    // a mixed-case sentence does not match all-caps words case-insensitively
    assertEquals(
        List.of("0 YEM demonym 'Yemenis'"),
        render("The word SYRIAN appears here, and Yemenis-style matches nothing else."));
  }

  @Test
  void lowerCaseWordsInsideFormsMayBeCapitalised() {
    assertEquals(
        List.of("0 bank-of-england alias 'Bank Of England'"),
        render("Bank Of England Raises Rates"));
    assertEquals(
        List.of("0 bank-of-england alias 'Bank of England'"), render("The Bank of England said."));
    assertEquals(
        List.of("0 al-qaeda alias 'Al-Qaeda'", "0 al-qaeda alias 'al Qaeda'"),
        render("Al-Qaeda is also written al Qaeda."));
  }

  @Test
  void possessivesDottedAcronymsAndHyphens() {
    assertEquals(
        List.of(
            "0 hezbollah alias 'Hezbollah'",
            "0 IRN alias 'Iran'",
            "0 USA alias 'U.S.'",
            "0 JPN alias 'Japan'",
            "0 ISR alias 'Israel'",
            "0 hamas alias 'Hamas'"),
        render(
            "Hezbollah's ally Iran’s envoy discussed U.S.-Japan ties and the Israel-Hamas war."));
    assertEquals(
        List.of(
            "0 un alias 'U.N.'", "0 GBR alias 'U.K.'", "0 USA alias 'USA'", "0 USA alias 'U.S.A.'"),
        render("The U.N. and the U.K. and USA and U.S.A. met."));
  }

  @Test
  void hardWrappedMultiTokenNames() {
    assertEquals(
        List.of("0 financial-times alias 'Financial\nTimes'"),
        render("He told the Financial\nTimes newspaper."));
    assertEquals(List.of(), render("It was Financial, Times reported nothing."));
  }

  @Test
  void longestMatchFirst() {
    assertEquals(
        List.of(
            "0 washington-examiner alias 'Washington Examiner'",
            "0 un-security-council alias " + "'United Nations Security Council'"),
        render("The Washington Examiner covered the United Nations Security Council."));
  }

  @Test
  void weakFormsNeedContext() {
    assertEquals(List.of(), render("Washington said nothing. Georgia was quiet."));
    assertEquals(
        List.of("0 GEO metonym 'Tbilisi'", "1 GEO alias 'Georgia'"),
        render("Tbilisi protested. Georgia recalled its envoy."));
    assertEquals(
        List.of(
            "0 USA demonym 'American'",
            "0 USA metonym 'Washington'",
            "0 georgia-us-state alias 'Georgia'"),
        render("An American official in Washington visited Georgia."));
  }

  @Test
  void coreference() {
    // bare surname before the full name is not resolved; after it, it is
    assertEquals(
        List.of("1 kamal-kharrazi alias 'Kamal Kharrazi'", "2 kamal-kharrazi coref 'Kharrazi'"),
        render("Kharrazi spoke. Kamal Kharrazi said so. Kharrazi added more."));
    // two persons share the surname: ambiguous, no coreference
    assertEquals(
        List.of(
            "0 kamal-kharrazi alias 'Kamal Kharrazi'", "0 sadegh-kharrazi alias 'Sadegh Kharrazi'"),
        render("Kamal Kharrazi met Sadegh Kharrazi. Kharrazi said no."));
    // coreference only within one document
    render("Kamal Kharrazi spoke.");
    assertEquals(List.of(), render("Kharrazi spoke again."));
    // a surname that is also a strong alias of another actor: coreference wins after the full name
    assertEquals(
        List.of(
            "0 JOR alias 'Jordan'",
            "1 michael-jordan alias 'Michael Jordan'",
            "1 michael-jordan coref 'Jordan'"),
        render("Jordan is a country. Michael Jordan visited and Jordan smiled."));
    // possessive surname
    assertEquals(
        List.of("0 antony-blinken alias 'Antony Blinken'", "1 antony-blinken coref 'Blinken'"),
        render("Antony Blinken arrived. Blinken’s plan failed."));
  }

  @Test
  void sentenceIndexesFollowTheSplitter() {
    String doc = "IRAN WARNS ISRAEL\n\nThe U.S. And Japan met.\n    Syria was absent.";
    assertEquals(
        List.of(
            "0 IRN alias 'IRAN'",
            "0 ISR alias 'ISRAEL'",
            "1 USA alias 'U.S.'",
            "1 JPN alias 'Japan'",
            "2 SYR alias 'Syria'"),
        render(doc));
  }

  @Test
  void emptyInputs() {
    assertEquals(List.of(), render(""));
    assertEquals(List.of(), matcher.match("Iran", new IntList()));
    assertTrue(matcher.match("Iran").size() == 1);
  }

  @Test
  void threadSafety() throws Exception {
    String doc = TITLE + "\n\n" + TEXT;
    List<String> expected = render(doc);
    List<Thread> threads = new ArrayList<>();
    List<Throwable> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
    for (int t = 0; t < 4; t++) {
      Thread th =
          new Thread(
              () -> {
                try {
                  for (int i = 0; i < 200; i++) {
                    assertEquals(expected, render(doc));
                  }
                } catch (Throwable e) {
                  errors.add(e);
                }
              });
      threads.add(th);
      th.start();
    }
    for (Thread th : threads) {
      th.join();
    }
    assertEquals(List.of(), errors);
  }

  @Test
  void currenciesAndPlacesOfEventsAreNotTheCountry() {
    // "U.S. dollar" and "Japanese yen" name currencies; "Bank of Tokyo" a bank, "the Tokyo summit"
    // a place
    assertEquals(
        List.of("0 JPN alias 'Japan'"),
        render("The U.S. dollar rose against the Japanese yen in Japan."));
    assertEquals(
        List.of(),
        render("The Bank of Tokyo said the Tokyo summit and the Tehran talks were over."));
    // a currency word that is also a verb: the currency after a demonym, the verb after a name
    assertEquals(
        List.of(), render("The British pound rose, and British pounds bought more shekels."));
    assertEquals(
        List.of("0 ISR alias 'Israel'", "1 ISR alias 'Israel'", "1 GBR alias 'Britain'"),
        render("Israel won the vote. Israel pounds targets while Britain marks the day."));
    // a capital acting, and a country before other words, still count
    assertEquals(
        List.of("0 JPN metonym 'Tokyo'", "0 USA alias 'U.S.'"),
        render("Tokyo said U.S. officials would come."));
  }

  @Test
  void aTokenEqualsTheKeyItNormalisesTo() {
    String doc = "Netanyahu’s aide O’Brien met U.N. envoy O'Brien's deputy";
    IntList tok = new IntList();
    io.newsgraph.text.Tokenizer.INSTANCE.tokenize(doc, tok);
    char[] chars = doc.toCharArray();
    List<String> keys =
        List.of("Netanyahu", "O'Brien", "UN", "U.N.", "envoy", "envoys", "", "deputy");
    for (int i = 0; i < tok.size(); i += 2) {
      String norm = ActorMatcher.normalise(chars, tok.get(i), tok.get(i + 1));
      for (String key : keys) {
        assertEquals(
            norm.equals(key),
            ActorMatcher.normalisedEquals(chars, tok.get(i), tok.get(i + 1), key),
            norm + " vs " + key);
      }
    }
    assertTrue(ActorMatcher.normalisedEquals(chars, 0, 11, "Netanyahu"));
    assertTrue(ActorMatcher.normalisedEquals(chars, 17, 24, "O'Brien"));
  }
}
