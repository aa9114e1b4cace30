package io.newsgraph.actors;

import io.newsgraph.text.IntList;
import io.newsgraph.text.SentenceSplitter;
import java.nio.file.Path;
import java.util.List;

/**
 * Plain single-thread throughput check for split + tokenise + match over a JSONL corpus (default:
 * ../shared/corpora/reuters21578-train.jsonl). Prints MB/s where MB = 10^6 chars of document text.
 *
 * <pre>
 * mvn -B -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) io.newsgraph.actors.MatcherBench [corpus.jsonl] [rounds]
 * </pre>
 */
public final class MatcherBench {
  public static void main(String[] args) {
    Path corpus = args.length > 0 ? Path.of(args[0]) : BenchData.REUTERS;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    List<String> docs = BenchData.documents(corpus);
    long chars = 0;
    for (String d : docs) {
      chars += d.length();
    }
    long t0 = System.nanoTime();
    ActorDictionary dict = BenchData.dictionary(1000);
    ActorMatcher matcher = new ActorMatcher(dict);
    long buildMs = (System.nanoTime() - t0) / 1_000_000;
    System.out.printf(
        "corpus %s: %d docs, %.2f M chars; dictionary %d actors (%s), matcher built in %d ms%n",
        corpus.getFileName(),
        docs.size(),
        chars / 1e6,
        dict.size(),
        dict.size() >= 1000 && dict.get("p-0") == null ? "default" : "synthetic",
        buildMs);
    IntList sentences = new IntList(1024);
    SentenceSplitter splitter = SentenceSplitter.INSTANCE;
    double best = 0;
    for (int r = 0; r < rounds; r++) {
      long mentions = 0;
      long sents = 0;
      long s = System.nanoTime();
      for (String d : docs) {
        sentences.clear();
        sents += splitter.split(d, sentences);
        mentions += matcher.match(d, sentences).size();
      }
      double sec = (System.nanoTime() - s) / 1e9;
      double mbs = chars / 1e6 / sec;
      best = Math.max(best, mbs);
      System.out.printf(
          "round %d: %.3f s, %.1f MB/s, %d sentences, %d mentions%n", r, sec, mbs, sents, mentions);
    }
    System.out.printf("best: %.1f MB/s (split + tokenise + match, 1 thread)%n", best);
  }
}
