package io.newsgraph.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsgraph.text.IntList;
import io.newsgraph.text.SentenceSplitter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ActorDiscovererTest {

  static ActorMatcher matcher;
  static final ActorDiscoverer DISCOVERER = new ActorDiscoverer();

  @BeforeAll
  static void load() throws Exception {
    matcher = new ActorMatcher(ActorMatcherTest.testDictionary());
  }

  /** "sentence id kind type[?] 'surface'" for each discovery. */
  static List<String> render(String doc) {
    IntList sentences = new IntList();
    SentenceSplitter.INSTANCE.split(doc, sentences);
    List<Mention> known = matcher.match(doc, sentences);
    List<String> out = new ArrayList<>();
    for (ActorDiscoverer.Discovery d : DISCOVERER.discover(doc, sentences, known)) {
      Mention m = d.mention();
      out.add(m.sentenceIdx() + " " + m.actorId() + " " + m.kind().value() + " " + d.type().value()
          + (d.confident() ? "" : "?") + " '" + doc.substring(m.charStart(), m.charEnd()) + "'");
    }
    return out;
  }

  @Test
  void namesTitlesAndTypes() {
    String doc = "IRAN NAMES NEW ENVOY TO JOHN SMITH CORP\n\n"
        + "Foreign Minister Abbas Araghchi met Prime Minister Mohammed Shia al-Sudani in Baghdad on Monday. "
        + "Secretary of State Antony Blinken and Kamal Kharrazi did not attend. "
        + "Araghchi’s spokesman said the Central Bank of Iraq and Acme Holdings Ltd would help. "
        + "Osama bin Laden was not mentioned. Zainab Qasemi said nothing about the Tigris River. "
        + "The Kataib Sayyid Brigades issued a statement in March. Araghchi left.";
    assertEquals(List.of(
        "1 x:abbas-araghchi discovered person 'Abbas Araghchi'",
        "1 x:mohammed-shia-al-sudani discovered person 'Mohammed Shia al-Sudani'",
        "3 x:abbas-araghchi coref person 'Araghchi'",
        "3 x:acme-holdings-ltd discovered organization 'Acme Holdings Ltd'",
        "4 x:osama-bin-laden discovered person 'Osama bin Laden'",
        "5 x:zainab-qasemi discovered person 'Zainab Qasemi'",
        "5 x:tigris-river discovered place 'Tigris River'",
        "6 x:kataib-sayyid-brigades discovered group 'Kataib Sayyid Brigades'",
        "7 x:abbas-araghchi coref person 'Araghchi'"), render(doc));
  }

  @Test
  void skipsSentenceInitialFunctionWordsDaysAndMonths() {
    assertEquals(List.of("0 x:brookings-institution discovered organization 'Brookings Institution'"),
        render("The Brookings Institution spoke on Monday. In January Officials met. Monday Tuesday Wednesday."));
  }

  @Test
  void partOfADictionaryNameIsNotExtended() {
    // "Jordan" is a dictionary mention: the discovered name would stop before it (no overlap with known mentions),
    // and what is left, "Central Bank", is only common words: not a name
    assertEquals(List.of(), render("Central Bank of Jordan rates rose."));
    assertEquals(List.of("0 x:central-bank-of-zanzibar discovered organization 'Central Bank of Zanzibar'"),
        render("Central Bank of Zanzibar rates rose."));
  }

  @Test
  void fragmentsAndCommonWordsAreNotNames() {
    // "Merrill Lynch and Co Inc" cut at the dictionary-free "and" used to leave "Co Inc"; titles before an
    // organisation word stay ("Admiral Tool Corp"); "and" joins an organisation's name but separates people
    assertEquals(List.of(), render("The Stock Exchange and the Reserve Bank said Co Inc and Industries Inc agreed."));
    assertEquals(List.of("0 x:admiral-tool-corp discovered organization 'Admiral Tool Corp'"),
        render("Admiral Tool Corp said sales rose."));
    assertEquals(List.of("0 x:cable-and-wireless-plc discovered organization 'Cable and Wireless Plc'"),
        render("Cable and Wireless Plc said sales rose."));
    assertEquals(List.of("0 x:zainab-qasemi discovered person? 'Zainab Qasemi'",
            "0 x:omid-farhadi discovered person? 'Omid Farhadi'"),
        render("Zainab Qasemi and Omid Farhadi met."));
  }

  @Test
  void hardWrappedAndPossessive() {
    assertEquals(List.of("0 x:james-baker discovered person 'James\nBaker'"),
        render("Treasury Secretary James\nBaker’s plan was approved."));
  }

  @Test
  void tooLongRunsAndSingleWordsAreDropped() {
    assertEquals(List.of(), render("Alpha Bravo Charlie Delta Echo met. Zanzibar agreed."));
  }

  @Test
  void ids() {
    assertEquals("x:kamal-kharrazi", ActorDiscoverer.idFor("Kamal Kharrazi"));
    assertEquals("x:george-w-bush", ActorDiscoverer.idFor("George W. Bush"));
    assertEquals("x:mohammed-shia-al-sudani", ActorDiscoverer.idFor("Mohammed Shia al-Sudani"));
    assertEquals("x:nuñez-o-neill", ActorDiscoverer.idFor(" Nuñez  O-Neill "));
    assertEquals("x:obrien", ActorDiscoverer.idFor("O’Brien"));
  }

  @Test
  void toActor() {
    List<Mention> none = List.of();
    String doc = "Zainab Qasemi said so.";
    IntList s = new IntList();
    SentenceSplitter.INSTANCE.split(doc, s);
    Actor a = DISCOVERER.discover(doc, s, none).get(0).toActor();
    assertEquals(new Actor("x:zainab-qasemi", "Zainab Qasemi", ActorType.PERSON, "", "", List.of("Zainab Qasemi"),
        List.of(), List.of(), "discovered"), a);
  }
}
