package io.newsgraph.ner;

import io.newsgraph.annotate.BenchArticles;
import io.newsgraph.annotate.Document;
import io.newsgraph.text.DocTokens;
import io.newsgraph.text.IntList;
import io.newsgraph.text.SentenceSplitter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

/**
 * Quick single-thread figure of the name tagger over the real articles of ../shared/corpora (plain
 * main, for iterating; the JMH twin is {@code AnnotatorBenchmark.tag}): MB/s of UTF-8 title+text
 * per CPU second of split + tokenise, and of split + tokenise + tag, best of the rounds; the tagger
 * alone is their difference.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) io.newsgraph.ner.NameTaggerBench [rounds]
 * </pre>
 */
public final class NameTaggerBench {
  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    List<BenchArticles.Article> articles = BenchArticles.load(List.of());
    String[] docs = new String[articles.size()];
    for (int i = 0; i < docs.length; i++) {
      docs[i] = Document.of(articles.get(i).title(), articles.get(i).text());
    }
    double mb = BenchArticles.utf8Bytes(articles) / 1e6;
    NameTagger tagger = NerModel.loadDefault().newTagger();
    DocTokens tokens = new DocTokens();
    IntList bounds = new IntList();
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    NerModel model = NerModel.loadDefault();
    DocFeatures features = model.newFeatures();
    double bestFeatures = Double.MAX_VALUE;
    long candidates = 0;
    long tokenCount = 0;
    double bestSplit = Double.MAX_VALUE;
    double bestTag = Double.MAX_VALUE;
    long names = 0;
    for (int r = 0; r < rounds; r++) {
      long t0 = cpu.getCurrentThreadCpuTime();
      for (String d : docs) {
        bounds.clear();
        SentenceSplitter.INSTANCE.split(d, bounds);
        tokens.fill(d, bounds);
      }
      long t1 = cpu.getCurrentThreadCpuTime();
      names = 0;
      for (String d : docs) {
        bounds.clear();
        SentenceSplitter.INSTANCE.split(d, bounds);
        names += tagger.tag(tokens.fill(d, bounds)).size();
      }
      long t2 = cpu.getCurrentThreadCpuTime();
      candidates = 0;
      tokenCount = 0;
      for (String d : docs) {
        bounds.clear();
        SentenceSplitter.INSTANCE.split(d, bounds);
        DocFeatures f = features.fill(tokens.fill(d, bounds));
        tokenCount += f.tokenCount;
        for (int i = 0; i < f.tokenCount; i++) {
          candidates += (f.flags[i] & DocFeatures.CANDIDATE) != 0 ? 1 : 0;
        }
      }
      bestFeatures = Math.min(bestFeatures, (cpu.getCurrentThreadCpuTime() - t2) / 1e9);
      bestSplit = Math.min(bestSplit, (t1 - t0) / 1e9);
      bestTag = Math.min(bestTag, (t2 - t1) / 1e9);
    }
    System.out.printf(
        "%.2f MB, %d names; split+tokenise %.1f MB/s; +tag %.1f MB/s; tagger alone %.1f MB/s%n",
        mb, names, mb / bestSplit, mb / bestTag, mb / (bestTag - bestSplit));
    System.out.printf(
        "%d tokens, %d candidates (%.1f%%); document features alone %.1f MB/s%n",
        tokenCount, candidates, 100.0 * candidates / tokenCount, mb / (bestFeatures - bestSplit));
  }
}
