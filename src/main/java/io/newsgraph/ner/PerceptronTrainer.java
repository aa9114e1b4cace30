package io.newsgraph.ner;

import io.newsgraph.text.DocTokens;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Trains the tagger as an averaged perceptron (Collins 2002) with greedy decoding: each epoch
 * decodes the training documents in a seeded order, corrects the weights after every wrong label,
 * and scores the averaged weights on the development documents; the epoch with the best development
 * F1 (PER, ORG, LOC) is kept. Deterministic for a seed.
 */
public final class PerceptronTrainer {

  /** The trained model and its development scores. */
  public record Result(NerModel model, int bestEpoch, SpanScores dev) {}

  private final Gazetteer gazetteer;
  private final long seed;
  private final int epochs;
  private final float prune;
  private final double titleCase;
  private final int clusters;
  private final PrintWriter log;

  /**
   * @param prune rows whose largest averaged weight is below this (absolute) are left out of the
   *     model
   * @param titleCase the share of sentences also trained on in title case ("Rebels Take The Town Of
   *     Kerema"), as news headlines are written: each training document is seen twice, as written
   *     and with that share of its sentences title-cased (seeded)
   * @param clusters the number of fine word classes learnt from the unlabelled and training text
   *     ({@link WordClusters}; an eighth as many coarse ones); 0 for none
   */
  public PerceptronTrainer(
      TaggerGazetteer gazetteer,
      long seed,
      int epochs,
      float prune,
      double titleCase,
      int clusters,
      PrintWriter log) {
    this.gazetteer = gazetteer.gazetteer();
    this.seed = seed;
    this.epochs = epochs;
    this.prune = prune;
    this.titleCase = titleCase;
    this.clusters = clusters;
    this.log = log;
  }

  /**
   * @param unlabelled documents whose words are counted for the case lexicon (with the training
   *     text)
   */
  public Result train(
      List<ConllCorpus.Doc> train,
      List<ConllCorpus.Doc> dev,
      List<String> unlabelled,
      String provenance) {
    DocTokens tokens = new DocTokens();
    CaseLexicon.Counter counter = new CaseLexicon.Counter();
    WordClusters.Learner learner = new WordClusters.Learner();
    for (String text : unlabelled) {
      counter.add(LabelledDoc.fill(text, tokens));
      if (clusters > 0) {
        learner.add(tokens);
      }
    }
    for (ConllCorpus.Doc d : train) {
      counter.add(LabelledDoc.fill(d.text(), tokens));
      if (clusters > 0) {
        learner.add(tokens);
      }
    }
    CaseLexicon lexicon = counter.lexicon();
    WordClusters classes = learner.learn(clusters, Math.max(1, clusters / 8), seed);
    List<LabelledDoc> docs = new ArrayList<>(train.size() * 2);
    int unaligned = 0;
    int names = 0;
    Random augment = new Random(seed ^ 0x7157L);
    for (ConllCorpus.Doc d : train) {
      LabelledDoc ld = LabelledDoc.of(d, tokens);
      docs.add(ld);
      unaligned += ld.unaligned;
      names += d.spans().size();
      if (titleCase > 0) {
        docs.add(
            LabelledDoc.of(
                new ConllCorpus.Doc(TitleCase.apply(d.text(), titleCase, augment), d.spans()),
                tokens));
      }
    }
    log.printf(
        Locale.ROOT,
        "training on %d documents (%d with title-cased sentences), %d names (%d not on token"
            + " edges); gazetteer %d forms; case lexicon %d words from %d unlabelled documents;"
            + " word classes for %d words%n",
        train.size(),
        docs.size() - train.size(),
        names,
        unaligned,
        gazetteer.size(),
        lexicon.size(),
        unlabelled.size(),
        classes.size());
    log.flush();
    WeightTable table = new WeightTable(1 << 18);
    Averager avg = new Averager(table);
    Decoder decoder = new Decoder(table);
    DocFeatures features = new DocFeatures(gazetteer, lexicon, classes);
    Random random = new Random(seed);
    int[] labels = new int[1024];
    NerModel best = null;
    SpanScores bestScores = null;
    int bestEpoch = 0;
    for (int epoch = 1; epoch <= epochs; epoch++) {
      List<LabelledDoc> order = new ArrayList<>(docs);
      Collections.shuffle(order, random);
      int errors = 0;
      int decisions = 0;
      for (LabelledDoc d : order) {
        LabelledDoc.fill(d.doc.text(), tokens);
        features.fill(tokens);
        if (labels.length < features.tokenCount) {
          labels = new int[features.tokenCount * 2];
        }
        int before = avg.errors;
        int steps = avg.steps;
        decoder.decode(features, labels, null, d.gold, avg);
        errors += avg.errors - before;
        decisions += avg.steps - steps;
      }
      NerModel snapshot =
          new NerModel(avg.averaged(prune), gazetteer, lexicon, classes, provenance);
      SpanScores scores = TaggerEvaluation.score(snapshot, dev);
      log.printf(
          Locale.ROOT,
          "epoch %2d  train errors %6d of %7d  dev P %.4f R %.4f F1 %.4f  (PER %.4f ORG %.4f LOC %.4f"
              + " MISC %.4f)  features %d%n",
          epoch,
          errors,
          decisions,
          scores.precision(),
          scores.recall(),
          scores.f1(),
          scores.f1(EntityType.PER),
          scores.f1(EntityType.ORG),
          scores.f1(EntityType.LOC),
          scores.f1(EntityType.MISC),
          snapshot.featureCount());
      log.flush();
      if (bestScores == null || scores.f1() > bestScores.f1()) {
        best = snapshot;
        bestScores = scores;
        bestEpoch = epoch;
      }
    }
    String description =
        String.format(
            Locale.ROOT,
            "%s; %d word classes; seed %d; epoch %d of %d; prune %s; title case %s; dev F1"
                + " %.4f",
            provenance,
            clusters,
            seed,
            bestEpoch,
            epochs,
            prune,
            titleCase,
            bestScores.f1());
    return new Result(
        new NerModel(best.weights(), gazetteer, lexicon, classes, description),
        bestEpoch,
        bestScores);
  }

  /** The perceptron's corrections and the running sums that give the averaged weights. */
  private static final class Averager implements Decoder.Update {
    private final WeightTable table;
    private double[] sums = new double[1 << 18];
    int steps = 1;
    int errors;

    Averager(WeightTable table) {
      this.table = table;
    }

    @Override
    public void apply(long[] keys, int count, int gold, int predicted) {
      steps++;
      if (gold == predicted) {
        return;
      }
      errors++;
      for (int k = 0; k < count; k++) {
        int off = table.offsetOrAdd(keys[k]);
        float[] w = table.weights();
        if (sums.length < w.length) {
          sums = Arrays.copyOf(sums, w.length);
        }
        w[off + gold] += 1;
        w[off + predicted] -= 1;
        sums[off + gold] += steps;
        sums[off + predicted] -= steps;
      }
    }

    /** Averaged weights, w - sums / steps, without the rows whose largest weight is below prune. */
    WeightTable averaged(float prune) {
      long[] keys = table.keysByRow();
      float[] w = table.weights();
      WeightTable out = new WeightTable(keys.length);
      float[] row = new float[WeightTable.L];
      for (int r = 0; r < keys.length; r++) {
        float max = 0;
        for (int l = 0; l < WeightTable.L; l++) {
          int i = r * WeightTable.L + l;
          row[l] = (float) (w[i] - sums[i] / steps);
          max = Math.max(max, Math.abs(row[l]));
        }
        if (max >= prune && max > 0) {
          int off = out.offsetOrAdd(keys[r]);
          System.arraycopy(row, 0, out.weights(), off, WeightTable.L);
        }
      }
      return out;
    }
  }
}
