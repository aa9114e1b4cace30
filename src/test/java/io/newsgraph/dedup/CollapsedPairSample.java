package io.newsgraph.dedup;

import java.nio.file.Path;
import java.util.List;

/**
 * Prints a seeded random sample of the near-duplicate pairs the defaults collapse in corpus files,
 * for judging by eye: {@code main(seed, n, files...)}. The sample is {@link CorpusDedup#sample}
 * (the verified pairs sorted by ids, then shuffled with {@code new Random(seed)}), each pair with
 * its exact similarity, dates, ids and the start of both articles.
 */
public final class CollapsedPairSample {

  private CollapsedPairSample() {}

  public static void main(String[] args) {
    long seed = Long.parseLong(args[0]);
    int n = Integer.parseInt(args[1]);
    Path[] files = new Path[args.length - 2];
    for (int i = 2; i < args.length; i++) {
      files[i - 2] = Path.of(args[i]);
    }
    CorpusDedup d = new CorpusDedup(DedupParams.DEFAULT, files);
    System.out.printf(
        "%s: articles=%d verified_pairs=%d clusters=%d collapsed=%d largest=%d; sample of %d, seed %d%n",
        DedupParams.DEFAULT,
        d.articles.size(),
        d.pairs.size(),
        d.clusters.clusters().size(),
        d.collapsed(),
        d.clusters.clusters().values().stream().mapToInt(List::size).max().orElse(0),
        n,
        seed);
    List<int[]> pick = d.sample(n, seed);
    int i = 0;
    for (int[] pair : pick) {
      System.out.printf("%3d %s", ++i, d.describe(pair));
    }
  }
}
