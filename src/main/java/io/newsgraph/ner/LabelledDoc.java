package io.newsgraph.ner;

import io.newsgraph.text.DocTokens;
import io.newsgraph.text.IntList;
import io.newsgraph.text.SentenceSplitter;
import java.util.ArrayList;
import java.util.List;

/**
 * A CoNLL document as the tagger sees it: split and tokenised by the project's own splitter and
 * tokenizer, the gold names as token labels. A gold name whose edges fall inside a token (the
 * tokenizer splits "U.S.-based" otherwise than CoNLL did) is still labelled on the tokens it
 * covers, and counted as unaligned.
 */
final class LabelledDoc {
  final ConllCorpus.Doc doc;
  final int[] gold;
  final int unaligned;

  private LabelledDoc(ConllCorpus.Doc doc, int[] gold, int unaligned) {
    this.doc = doc;
    this.gold = gold;
    this.unaligned = unaligned;
  }

  /** Fills tokens with doc's text (the caller's buffer) and returns the labelled document. */
  static LabelledDoc of(ConllCorpus.Doc doc, DocTokens tokens) {
    fill(doc.text(), tokens);
    int n = tokens.firstToken(tokens.sentenceCount());
    int[] raw = tokens.rawTokens();
    char[] chars = tokens.chars();
    int[] gold = new int[n];
    int unaligned = 0;
    int t = 0;
    for (ConllCorpus.GoldSpan g : doc.spans()) {
      while (t < n && raw[2 * t + 1] <= g.start()) {
        t++;
      }
      int first = t;
      int last = -1;
      for (int i = first; i < n && raw[2 * i] < g.end(); i++) {
        gold[i] = i == first ? Labels.begin(g.type()) : Labels.inside(g.type());
        last = i;
      }
      if (last < 0
          || raw[2 * first] != g.start()
          || DocFeatures.coreEnd(chars, raw[2 * last], raw[2 * last + 1]) != g.end()) {
        unaligned++;
      }
    }
    // a sentence never starts inside a name: the decoder cannot continue one across a boundary
    for (int k = 0; k < tokens.sentenceCount(); k++) {
      int i = tokens.firstToken(k);
      if (i < n && Labels.isInside(gold[i])) {
        gold[i]--;
      }
    }
    return new LabelledDoc(doc, gold, unaligned);
  }

  static DocTokens fill(String text, DocTokens tokens) {
    IntList bounds = new IntList();
    SentenceSplitter.INSTANCE.split(text, bounds);
    return tokens.fill(text, bounds);
  }

  /** The gold names as scored spans, PER/ORG/LOC and MISC alike. */
  static List<SpanScores.Span> goldSpans(ConllCorpus.Doc doc) {
    List<SpanScores.Span> out = new ArrayList<>(doc.spans().size());
    for (ConllCorpus.GoldSpan g : doc.spans()) {
      out.add(new SpanScores.Span(g.start(), g.end(), g.type()));
    }
    return out;
  }
}
