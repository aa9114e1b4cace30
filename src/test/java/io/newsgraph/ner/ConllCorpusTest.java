package io.newsgraph.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConllCorpusTest {

  static List<ConllCorpus.Doc> read(String conll) throws Exception {
    return ConllCorpus.read(new BufferedReader(new StringReader(conll)), "test");
  }

  @Test
  void iob1TextAndSpans() throws Exception {
    // IOB1: I- starts a name; B- only between two adjacent names of one type
    String conll =
        """
        -DOCSTART- -X- O O

        Ana NNP I-NP I-PER
        Ferreira NNP I-NP I-PER
        ( ( O O
        Portugal NNP I-NP I-LOC
        ) ) O O
        told VBD I-VP O
        Norvane NNP I-NP I-ORG
        's POS B-NP O
        board NN I-NP O
        . . O O

        Lisbon NNP I-NP I-LOC
        Porto NNP I-NP B-LOC
        """;
    List<ConllCorpus.Doc> docs = read(conll);
    assertEquals(1, docs.size());
    ConllCorpus.Doc d = docs.get(0);
    // worked by hand: no space before ) 's . and after (; sentences joined by a blank line
    assertEquals("Ana Ferreira (Portugal) told Norvane's board.\n\nLisbon Porto", d.text());
    assertEquals(
        List.of(
            new ConllCorpus.GoldSpan(0, 12, EntityType.PER),
            new ConllCorpus.GoldSpan(14, 22, EntityType.LOC),
            new ConllCorpus.GoldSpan(29, 36, EntityType.ORG),
            new ConllCorpus.GoldSpan(47, 53, EntityType.LOC),
            new ConllCorpus.GoldSpan(54, 59, EntityType.LOC)),
        d.spans());
  }

  @Test
  void iob2AndDocuments() throws Exception {
    String conll =
        """
        -DOCSTART- O

        Kerema B-LOC
        fell O

        -DOCSTART- O

        The O
        Movement B-ORG
        for I-ORG
        Renewal I-ORG
        """;
    List<ConllCorpus.Doc> docs = read(conll);
    assertEquals(2, docs.size());
    assertEquals(List.of(new ConllCorpus.GoldSpan(0, 6, EntityType.LOC)), docs.get(0).spans());
    assertEquals("The Movement for Renewal", docs.get(1).text());
    assertEquals(List.of(new ConllCorpus.GoldSpan(4, 24, EntityType.ORG)), docs.get(1).spans());
  }

  @Test
  void badTagNamesTheLine() {
    var e = assertThrows(IllegalArgumentException.class, () -> read("Kerema B-CITY\n"));
    assertEquals("test:1: not a CoNLL tag: B-CITY", e.getMessage());
  }
}
