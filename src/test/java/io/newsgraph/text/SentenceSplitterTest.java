package io.newsgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

  static List<String> split(String doc) {
    IntList out = new IntList();
    int n = SentenceSplitter.INSTANCE.split(doc, out);
    assertEquals(n * 2, out.size());
    List<String> s = new ArrayList<>();
    for (int i = 0; i < out.size(); i += 2) {
      s.add(doc.substring(out.get(i), out.get(i + 1)));
    }
    return s;
  }

  @Test
  void simpleSentences() {
    assertEquals(
        List.of(
            "Iran warned Israel.",
            "Hezbollah fired rockets!",
            "Will it escalate?",
            "Nobody knows."),
        split("Iran warned Israel. Hezbollah fired rockets! Will it escalate? Nobody knows."));
  }

  @Test
  void aStringAndAnyOtherCharSequenceSplitAlike() {
    // a String is scanned stop char to stop char (String.indexOf), any other CharSequence char by
    // char
    String[] docs = {
      "Iran warned Israel. Hezbollah fired rockets! Will it escalate? Nobody knows.",
      "Headline\n\nFirst paragraph … and more.\n   \nU.S. officials said. \"Quote.\" End",
      "no stops at all",
      "",
      "...!!??\n\n\u2026",
      "Mr. Smith met Dr. Jones. They talked.\nA line\nanother line",
    };
    for (String doc : docs) {
      for (int from = 0; from <= Math.min(3, doc.length()); from++) {
        int to = Math.max(from, doc.length() - from);
        IntList a = new IntList();
        IntList b = new IntList();
        int na = SentenceSplitter.INSTANCE.split(doc, from, to, a);
        int nb = SentenceSplitter.INSTANCE.split(new StringBuilder(doc), from, to, b);
        assertEquals(nb, na, doc);
        for (int i = 0; i < 2 * na; i++) {
          assertEquals(b.get(i), a.get(i), doc);
        }
      }
    }
  }

  @Test
  void sentencesGluedWithoutASpaceAreSplit() {
    assertEquals(
        List.of("Troops struck a post in Lebanon.", "Furthermore, a cell was hit."),
        split("Troops struck a post in Lebanon.Furthermore, a cell was hit."));
    assertEquals(
        List.of("The fire was returned.\u201D", "Later the army said so."),
        split("The fire was returned.\u201DLater the army said so."));
    // not glued sentences: a web address, a dotted acronym, a degree, a decimal
    assertEquals(
        List.of("Shares of Amazon.com and the U.S.A.Fund rose to 5.93 for Ph.D students."),
        split("Shares of Amazon.com and the U.S.A.Fund rose to 5.93 for Ph.D students."));
  }

  @Test
  void emptyAndWhitespace() {
    assertEquals(List.of(), split(""));
    assertEquals(List.of(), split("  \n\n  "));
    assertEquals(List.of("No terminator"), split("  No terminator  "));
  }

  @Test
  void abbreviationsAndTitles() {
    assertEquals(
        List.of(
            "Mr. Smith met Dr. Jones and Gen. Mark Milley on Oct. 8 in St. Louis.", "They talked."),
        split("Mr. Smith met Dr. Jones and Gen. Mark Milley on Oct. 8 in St. Louis. They talked."));
    assertEquals(
        List.of("Sen. Lindsey Graham and Rep. Adam Schiff spoke about No. 10 Downing Street."),
        split("Sen. Lindsey Graham and Rep. Adam Schiff spoke about No. 10 Downing Street."));
  }

  @Test
  void companyAbbreviationEndsSentenceOnlyBeforeStarter() {
    assertEquals(
        List.of("Shares of Acme Inc. rose.", "The company said profit fell."),
        split("Shares of Acme Inc. rose. The company said profit fell."));
    assertEquals(
        List.of("Acme Inc. Chairman John Smith said it would grow."),
        split("Acme Inc. Chairman John Smith said it would grow."));
    assertEquals(
        List.of("It was sold to Champion Products Inc.", "The price was not disclosed."),
        split("It was sold to Champion Products Inc. The price was not disclosed."));
  }

  @Test
  void initials() {
    assertEquals(
        List.of("John F. Kennedy and George W. Bush were presidents.", "J. R. R. Tolkien was not."),
        split("John F. Kennedy and George W. Bush were presidents. J. R. R. Tolkien was not."));
  }

  @Test
  void dottedAcronymsAndWireCapitalisation() {
    assertEquals(
        List.of("Trade between the U.S. And Japan grew, the U.N. Security Council heard."),
        split("Trade between the U.S. And Japan grew, the U.N. Security Council heard."));
    assertEquals(
        List.of("Exports went to the U.S.", "The yen rose."),
        split("Exports went to the U.S. The yen rose."));
    assertEquals(
        List.of("U.S.-Japan talks resumed at 10 a.m. local time."),
        split("U.S.-Japan talks resumed at 10 a.m. local time."));
  }

  @Test
  void decimalsAndNumbers() {
    assertEquals(
        List.of("Output was 5.93 mln tonnes against 5.81 in 1986.", "Prices rose 1.5 pct."),
        split("Output was 5.93 mln tonnes against 5.81 in 1986. Prices rose 1.5 pct."));
  }

  @Test
  void quotesAfterFullStop() {
    assertEquals(
        List.of("He said, “We will respond.”", "Iran denied it."),
        split("He said, “We will respond.” Iran denied it."));
    assertEquals(List.of("\"Stop!\" he said.", "She left."), split("\"Stop!\" he said. She left."));
    assertEquals(
        List.of("It ended.", "“Nobody won,” she said."),
        split("It ended. “Nobody won,” she said."));
    assertEquals(
        List.of("Is this the end?’ asked Ali.", "No."), split("Is this the end?’ asked Ali. No."));
  }

  @Test
  void ellipsisAndRepeatedTerminators() {
    assertEquals(List.of("Wait...", "What?!", "Really."), split("Wait... What?! Really."));
    assertEquals(List.of("He paused... and went on."), split("He paused... and went on."));
  }

  @Test
  void paragraphBreaksAreHardBoundaries() {
    assertEquals(
        List.of("IRAN WARNS ISRAEL", "Tehran said it would respond"),
        split("IRAN WARNS ISRAEL\n\nTehran said it would respond"));
    assertEquals(
        List.of("Title without stop", "Body text."), split("Title without stop\n \t\nBody text."));
  }

  @Test
  void reutersHardWrappedLines() {
    String doc =
        "Showers continued throughout the week in\nthe Bahia cocoa zone, alleviating the drought since"
            + " early\nJanuary and improving prospects, Comissaria Smith said in its weekly review.\n"
            + "    The dry period means the temporao will be late this year.\n"
            + "    Arrivals for the week ended February 22 were 155,221 bags\nof 60 kilos\n"
            + "    Net profit 286,870 vs loss 156,124\n Reuter";
    assertEquals(
        List.of(
            "Showers continued throughout the week in\nthe Bahia cocoa zone, alleviating the drought since early\n"
                + "January and improving prospects, Comissaria Smith said in its weekly review.",
            "The dry period means the temporao will be late this year.",
            "Arrivals for the week ended February 22 were 155,221 bags\nof 60 kilos",
            "Net profit 286,870 vs loss 156,124",
            "Reuter"),
        split(doc));
  }

  @Test
  void newlineAfterFullStopSplits() {
    assertEquals(List.of("It rained.", "Prices rose."), split("It rained.\nPrices rose."));
  }

  @Test
  void lowerCaseAfterStopDoesNotSplit() {
    assertEquals(
        List.of("Talks, e.g. on trade, continued until 5 p.m. on Friday."),
        split("Talks, e.g. on trade, continued until 5 p.m. on Friday."));
  }

  @Test
  void offsetsAreIntoTheDocumentAndRangeVariant() {
    String doc = "xx A b. C d. yy";
    IntList out = new IntList();
    assertEquals(2, SentenceSplitter.INSTANCE.split(doc, 3, 12, out));
    assertEquals(List.of(3, 7, 8, 12), List.of(out.get(0), out.get(1), out.get(2), out.get(3)));
  }
}
