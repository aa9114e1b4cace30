package io.newsgraph.annotate;

import io.newsgraph.actors.Discovery;
import io.newsgraph.actors.Mention;
import io.newsgraph.sentiment.SentimentScores;
import io.newsgraph.sentiment.ToneCounts;
import java.util.List;

/**
 * Everything the annotator finds in one article. Article scores are the mean of the sentence scores
 * (each sentence weighs the same, so a long article is not pushed to the extremes as the compound
 * of the whole text would be).
 */
public record Annotation(
    String document,
    int sentenceCount,
    double[] sentenceCompound,
    List<Mention> mentions,
    SentimentScores articleScores,
    ToneCounts tone,
    List<Discovery> discovered) {

  public double sentenceTone(int sentenceIdx) {
    return sentenceCompound[sentenceIdx];
  }

  public String surface(Mention m) {
    return document.substring(m.charStart(), m.charEnd());
  }
}
