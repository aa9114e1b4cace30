package io.newsgraph.dedup;

import io.newsgraph.ingest.ArticleRecord;
import io.newsgraph.ingest.IngestedRecord;
import io.newsgraph.recount.CorpusReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Clusters whole corpus files with the dedup core, in memory (no Spark): the evaluation behind
 * {@link DedupParams#DEFAULT} and the corpus tests. {@code main(params..., files...)} prints the
 * figures and can write a random sample of collapsed pairs for judging by eye.
 */
public final class CorpusDedup {

  /** The articles of the input, first copy of each id, with their signatures. */
  public final List<ArticleRecord> articles = new ArrayList<>();

  public final List<ShingleSet> sets = new ArrayList<>();
  public final long[] days;
  public final List<int[]> pairs;
  public final DuplicateClusters clusters = new DuplicateClusters();
  public final long candidates;
  public final double signatureMbPerSec;

  public CorpusDedup(DedupParams params, Path... files) {
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (IngestedRecord r : CorpusReader.read(LocalDate.of(2024, 1, 1), files)) {
      if (r instanceof ArticleRecord a && ids.add(a.articleId())) {
        articles.add(a);
      }
    }
    MinHasher hasher = new MinHasher(params);
    long bytes = 0;
    for (ArticleRecord a : articles) {
      bytes += (a.title() == null ? 0 : a.title().length()) + a.text().length();
    }
    long t0 = System.nanoTime();
    for (ArticleRecord a : articles) {
      sets.add(hasher.shingles(a.title(), a.text()));
    }
    signatureMbPerSec = bytes / 1e6 / ((System.nanoTime() - t0) / 1e9);
    days = articles.stream().mapToLong(a -> a.date().toEpochDay()).toArray();
    NearDuplicateIndex index = new NearDuplicateIndex(params);
    candidates = index.candidatePairs(sets.stream().map(hasher::signature).toList()).size();
    pairs = index.duplicatePairs(sets, days);
    for (ArticleRecord a : articles) {
      clusters.add(a.articleId(), a.date().toEpochDay());
    }
    for (int[] p : pairs) {
      clusters.union(p[0], p[1]);
    }
  }

  /** Articles that get a dup_of. */
  public int collapsed() {
    return clusters.dupOf().size();
  }

  /**
   * n pairs drawn without replacement by a {@code new Random(seed)} shuffle of the pairs sorted by
   * ids.
   */
  public List<int[]> sample(int n, long seed) {
    List<int[]> sorted = new ArrayList<>(pairs);
    sorted.sort(
        Comparator.<int[], String>comparing(p -> articles.get(p[0]).articleId())
            .thenComparing(p -> articles.get(p[1]).articleId()));
    Collections.shuffle(sorted, new Random(seed));
    return sorted.subList(0, Math.min(n, sorted.size()));
  }

  public String describe(int[] p) {
    ArticleRecord a = articles.get(p[0]);
    ArticleRecord b = articles.get(p[1]);
    return String.format(
        "J=%.3f  %s %s | %s%n            %s %s | %s%n",
        ShingleSet.jaccard(sets.get(p[0]), sets.get(p[1])),
        a.date(),
        a.articleId(),
        head(a),
        b.date(),
        b.articleId(),
        head(b));
  }

  private static String head(ArticleRecord a) {
    String t = (a.title() == null ? "" : a.title()) + (a.text().isEmpty() ? "" : " // " + a.text());
    t = t.replaceAll("\\s+", " ");
    return t.length() > 200 ? t.substring(0, 200) + "…" : t;
  }

  /** args: threshold shingleWords maxDaysApart sampleFile|- files... */
  public static void main(String[] args) throws IOException {
    DedupParams p =
        DedupParams.DEFAULT
            .withThreshold(Double.parseDouble(args[0]))
            .withShingleWords(Integer.parseInt(args[1]))
            .withMaxDaysApart(Integer.parseInt(args[2]));
    Path[] files = new Path[args.length - 4];
    for (int i = 4; i < args.length; i++) {
      files[i - 4] = Path.of(args[i]);
    }
    CorpusDedup d = new CorpusDedup(p, files);
    Map<String, List<String>> cl = d.clusters.clusters();
    System.out.printf(
        "%s: articles=%d candidates=%d verified_pairs=%d clusters=%d collapsed=%d "
            + "largest=%d sig_MB/s=%.1f%n",
        p,
        d.articles.size(),
        d.candidates,
        d.pairs.size(),
        cl.size(),
        d.collapsed(),
        cl.values().stream().mapToInt(List::size).max().orElse(0),
        d.signatureMbPerSec);
    if (!args[3].equals("-")) {
      try (PrintWriter w =
          new PrintWriter(Files.newBufferedWriter(Path.of(args[3]), StandardCharsets.UTF_8))) {
        int i = 0;
        List<int[]> pick =
            System.getenv("DEDUP_ALL") != null
                ? d.pairs
                : d.sample(100, Long.getLong("dedup.seed", 20240612L));
        for (int[] pair : pick) {
          w.printf("%3d %s%n", ++i, d.describe(pair));
        }
      }
    }
  }
}
