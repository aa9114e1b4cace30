package io.newsgraph.ner;

import io.newsgraph.text.DocTokens;
import java.util.ArrayList;
import java.util.List;

/** Scores a model's tagger alone on CoNLL documents, exact span and type. */
public final class TaggerEvaluation {
  private TaggerEvaluation() {}

  public static SpanScores score(NerModel model, List<ConllCorpus.Doc> docs) {
    SpanScores scores = new SpanScores();
    NameTagger tagger = model.newTagger();
    DocTokens tokens = new DocTokens();
    for (ConllCorpus.Doc d : docs) {
      LabelledDoc.fill(d.text(), tokens);
      List<SpanScores.Span> predicted = new ArrayList<>();
      for (NameSpan s : tagger.tag(tokens)) {
        predicted.add(new SpanScores.Span(s.charStart(), s.charEnd(), s.type()));
      }
      scores.add(LabelledDoc.goldSpans(d), predicted);
    }
    return scores;
  }
}
