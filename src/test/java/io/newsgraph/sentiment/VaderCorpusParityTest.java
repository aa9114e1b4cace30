package io.newsgraph.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Corpus-scale parity with vaderSentiment 3.3.2 over the shared corpora: every ground-truth
 * sentence and the sentence pieces of every article. Skips when the corpora or the Python reference
 * are absent. Writes target/vader-parity-report.txt.
 */
class VaderCorpusParityTest {

  private static final double TOLERANCE = 1e-3;

  @Test
  void corpusMatchesReference() throws IOException {
    io.newsgraph.testing.Required.assume(
        TestCorpora.dir() != null, "shared corpora not found at <repo>/../shared/corpora");
    String reason = PythonVader.unavailableReason();
    io.newsgraph.testing.Required.assume(reason == null, "reference VADER unavailable: " + reason);

    List<TestCorpora.GroundTruth> truth = TestCorpora.groundTruth();
    List<String> sentences = new ArrayList<>(TestCorpora.groundTruthSentences());
    int groundTruthCount = sentences.size();
    sentences.addAll(TestCorpora.articleSentences());

    long t0 = System.nanoTime();
    List<double[]> ref = PythonVader.score(sentences);
    long t1 = System.nanoTime();
    VaderScorer scorer = VaderScorer.loadDefault();
    List<SentimentScores> java = new ArrayList<>(sentences.size());
    for (String s : sentences) {
      java.add(scorer.score(s));
    }
    long t2 = System.nanoTime();

    int compoundDiffs = 0;
    int anyDiffs = 0;
    int inexact = 0;
    Path report = PythonVader.repoRoot().resolve("target/vader-parity-report.txt");
    Files.createDirectories(report.getParent());
    StringBuilder summary = new StringBuilder();
    try (PrintWriter out =
        new PrintWriter(Files.newBufferedWriter(report, StandardCharsets.UTF_8))) {
      out.println("# sentences whose Java and reference scores differ by more than " + TOLERANCE);
      out.println(
          "# index<TAB>java neg,neu,pos,compound<TAB>reference neg,neu,pos,compound<TAB>sentence");
      for (int i = 0; i < sentences.size(); i++) {
        SentimentScores j = java.get(i);
        double[] r = ref.get(i);
        double[] jv = {j.neg(), j.neu(), j.pos(), j.compound()};
        boolean differs = false;
        boolean exact = true;
        for (int k = 0; k < 4; k++) {
          differs |= Math.abs(jv[k] - r[k]) > TOLERANCE;
          exact &= jv[k] == r[k];
        }
        if (Math.abs(jv[3] - r[3]) > TOLERANCE) {
          compoundDiffs++;
        }
        if (!exact) {
          inexact++;
        }
        if (differs) {
          anyDiffs++;
          out.printf(
              Locale.ROOT,
              "%d\t%s\t%s\t%s%n",
              i,
              fmt(jv),
              fmt(r),
              sentences.get(i).replace("\n", "\\n").replace("\t", "\\t"));
        }
      }
      summary.append(
          String.format(
              Locale.ROOT,
              "sentences=%d (ground truth %d, article pieces %d); compound differs >%s: %d; "
                  + "any score differs >%s: %d; not bit-identical: %d%n",
              sentences.size(),
              groundTruthCount,
              sentences.size() - groundTruthCount,
              TOLERANCE,
              compoundDiffs,
              TOLERANCE,
              anyDiffs,
              inexact));
      summary.append(
          String.format(
              Locale.ROOT, "time: python %.1f s, java %.2f s%n", (t1 - t0) / 1e9, (t2 - t1) / 1e9));

      int offset = 0;
      List<String> pearsonMismatch = new ArrayList<>();
      for (TestCorpora.GroundTruth g : truth) {
        int n = g.sentences().size();
        double[] human = new double[n];
        double[] jc = new double[n];
        double[] rc = new double[n];
        for (int i = 0; i < n; i++) {
          human[i] = g.sentences().get(i).rating();
          jc[i] = java.get(offset + i).compound();
          rc[i] = ref.get(offset + i)[3];
        }
        offset += n;
        double rj = pearson(jc, human);
        double rr = pearson(rc, human);
        summary.append(
            String.format(
                Locale.ROOT,
                "pearson r %s (n=%d): java %.4f, reference %.4f%n",
                g.name(),
                n,
                rj,
                rr));
        if (!String.format(Locale.ROOT, "%.2f", rj)
            .equals(String.format(Locale.ROOT, "%.2f", rr))) {
          pearsonMismatch.add(g.name());
        }
      }
      out.print("# " + summary.toString().replace("\n", "\n# "));
      System.out.print(summary);

      assertTrue(
          pearsonMismatch.isEmpty(), "Pearson r differs at two decimals for " + pearsonMismatch);
    }
    // The README says identical: every score of every sentence equals the reference's, not 99.9% of
    // them.
    assertEquals(sentences.size(), java.size());
    assertEquals(
        0,
        anyDiffs,
        String.format(
            Locale.ROOT,
            "%d sentences differ from the reference by more than %s, see %s%n%s",
            anyDiffs,
            TOLERANCE,
            report,
            summary));
    assertEquals(
        0,
        inexact,
        String.format(
            Locale.ROOT,
            "%d sentences are not bit-identical to the reference, see %s%n%s",
            inexact,
            report,
            summary));
  }

  private static String fmt(double[] v) {
    return String.format(Locale.ROOT, "%s,%s,%s,%s", v[0], v[1], v[2], v[3]);
  }

  static double pearson(double[] x, double[] y) {
    int n = x.length;
    double mx = 0;
    double my = 0;
    for (int i = 0; i < n; i++) {
      mx += x[i];
      my += y[i];
    }
    mx /= n;
    my /= n;
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < n; i++) {
      double dx = x[i] - mx;
      double dy = y[i] - my;
      sxy += dx * dy;
      sxx += dx * dx;
      syy += dy * dy;
    }
    return sxy / Math.sqrt(sxx * syy);
  }
}
