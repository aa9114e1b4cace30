package io.newsgraph.recount;

import io.newsgraph.actors.Mention;
import io.newsgraph.annotate.Annotation;
import io.newsgraph.annotate.AnnotatorModels;
import io.newsgraph.annotate.ArticleAnnotator;
import io.newsgraph.annotate.Document;
import io.newsgraph.dedup.DedupParams;
import io.newsgraph.dedup.DuplicateClusters;
import io.newsgraph.dedup.MinHasher;
import io.newsgraph.dedup.NearDuplicateIndex;
import io.newsgraph.dedup.ShingleSet;
import io.newsgraph.ingest.ArticleRecord;
import io.newsgraph.ingest.IngestedRecord;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An independent recount of {@code actor_daily} and {@code comentions_daily} counts in plain Java:
 * maps of counts, no Spark, no SQL. Only the parsing (JsonlRecordParser / TextArticleParser /
 * ArticleFactory, via {@link CorpusReader}) and the annotator are the job's own; which articles
 * count is re-derived here from the README's rules:
 *
 * <ol>
 *   <li>an id counts once: its first occurrence in (file path, byte offset) order; a later record
 *       with the same id is a duplicate (same content hash) or a reject (different content) and
 *       never counts;
 *   <li>exact copies (same content hash) collapse: only the copy with the smallest (date,
 *       article_id) counts;
 *   <li>optionally, a {@link DupOfDecision} (near-duplicates) removes more copies;
 *   <li>date = published date, or the run date when missing or unparseable (ArticleFactory).
 * </ol>
 *
 * Per (date, actor): articles naming it, mention rows, distinct (article, sentence) naming it. Per
 * (date, a &lt; b): articles naming both, sentences naming both.
 */
public final class CoMentionRecount {

  public record ActorKey(LocalDate date, String actor) {}

  public record PairKey(LocalDate date, String actorA, String actorB) {}

  public record ActorCounts(long articles, long mentions, long sentences) {}

  public record PairCounts(long articles, long sentences) {}

  /** Which of the counted articles copy another: article_id to the id it copies. */
  @FunctionalInterface
  public interface DupOfDecision {
    Map<String, String> dupOf(List<ArticleRecord> articles);

    DupOfDecision NONE = articles -> Map.of();

    /**
     * Near-duplicates by the dedup core: the same signatures, LSH, verification and clusters the
     * job will use.
     */
    static DupOfDecision nearDuplicates(DedupParams params) {
      return articles -> {
        MinHasher hasher = new MinHasher(params);
        List<ShingleSet> sigs = new ArrayList<>(articles.size());
        long[] days = new long[articles.size()];
        DuplicateClusters clusters = new DuplicateClusters();
        for (int i = 0; i < articles.size(); i++) {
          ArticleRecord a = articles.get(i);
          sigs.add(hasher.shingles(a.title(), a.text()));
          days[i] = a.date().toEpochDay();
          clusters.add(a.articleId(), days[i]);
        }
        for (int[] p : new NearDuplicateIndex(params).duplicatePairs(sigs, days)) {
          clusters.union(p[0], p[1]);
        }
        return clusters.dupOf();
      };
    }
  }

  public record Result(
      List<ArticleRecord> counted,
      Map<ActorKey, ActorCounts> actors,
      Map<PairKey, PairCounts> pairs,
      Map<LocalDate, Long> dayArticles) {}

  /** Spark's string order: unsigned UTF-8 bytes. */
  static final Comparator<String> BINARY =
      (x, y) ->
          Arrays.compareUnsigned(
              x.getBytes(StandardCharsets.UTF_8), y.getBytes(StandardCharsets.UTF_8));

  private CoMentionRecount() {}

  public static Result recount(LocalDate runDate, DupOfDecision near, Path... inputs) {
    List<ArticleRecord> counted = countedArticles(CorpusReader.read(runDate, inputs), near);
    ArticleAnnotator annotator = AnnotatorModels.annotator(null);
    Map<ActorKey, long[]> actors = new HashMap<>();
    Map<PairKey, long[]> pairs = new HashMap<>();
    Map<LocalDate, Long> days = new TreeMap<>();
    for (ArticleRecord a : counted) {
      days.merge(a.date(), 1L, Long::sum);
      Annotation an = annotator.annotate(a.title(), a.text());
      if (!an.document().equals(Document.of(a.title(), a.text()))) {
        throw new IllegalStateException(
            "annotated document differs from Document.of for " + a.articleId());
      }
      // actor -> (mention count, sentences naming it)
      Map<String, Integer> mentionCount = new TreeMap<>(BINARY);
      Map<String, Set<Integer>> sentences = new TreeMap<>(BINARY);
      for (Mention m : an.mentions()) {
        if (m.kind() == io.newsgraph.actors.MatchKind.ATTRIBUTION) {
          continue; // the daily tables leave out news organisations cited as sources (default
          // options)
        }
        mentionCount.merge(m.actorId(), 1, Integer::sum);
        sentences.computeIfAbsent(m.actorId(), k -> new TreeSet<>()).add(m.sentenceIdx());
      }
      for (Map.Entry<String, Integer> e : mentionCount.entrySet()) {
        long[] c = actors.computeIfAbsent(new ActorKey(a.date(), e.getKey()), k -> new long[3]);
        c[0] += 1;
        c[1] += e.getValue();
        c[2] += sentences.get(e.getKey()).size();
      }
      List<String> ids = new ArrayList<>(mentionCount.keySet()); // sorted in binary order
      for (int i = 0; i < ids.size(); i++) {
        for (int j = i + 1; j < ids.size(); j++) {
          Set<Integer> shared = new TreeSet<>(sentences.get(ids.get(i)));
          shared.retainAll(sentences.get(ids.get(j)));
          long[] c =
              pairs.computeIfAbsent(
                  new PairKey(a.date(), ids.get(i), ids.get(j)), k -> new long[2]);
          c[0] += 1;
          c[1] += shared.size();
        }
      }
    }
    Map<ActorKey, ActorCounts> actorOut = new HashMap<>();
    actors.forEach((k, c) -> actorOut.put(k, new ActorCounts(c[0], c[1], c[2])));
    Map<PairKey, PairCounts> pairOut = new HashMap<>();
    pairs.forEach((k, c) -> pairOut.put(k, new PairCounts(c[0], c[1])));
    return new Result(counted, actorOut, pairOut, days);
  }

  /** The articles that count, in input order. */
  static List<ArticleRecord> countedArticles(List<IngestedRecord> records, DupOfDecision near) {
    // 1. first occurrence of an id wins (records come in file path, then offset order)
    Map<String, ArticleRecord> byId = new LinkedHashMap<>();
    for (IngestedRecord r : records) {
      if (r instanceof ArticleRecord a) {
        byId.putIfAbsent(a.articleId(), a);
      }
    }
    // 2. exact copies: the smallest (date, article_id) per content hash counts
    Map<String, ArticleRecord> canonical = new HashMap<>();
    Comparator<ArticleRecord> order =
        Comparator.comparing(ArticleRecord::date).thenComparing(ArticleRecord::articleId, BINARY);
    for (ArticleRecord a : byId.values()) {
      canonical.merge(a.contentHash(), a, (x, y) -> order.compare(x, y) <= 0 ? x : y);
    }
    List<ArticleRecord> out = new ArrayList<>();
    for (ArticleRecord a : byId.values()) {
      if (canonical.get(a.contentHash()) == a) {
        out.add(a);
      }
    }
    // 3. near-duplicates, when asked for
    Map<String, String> dupOf = near.dupOf(out);
    if (!dupOf.isEmpty()) {
      out.removeIf(a -> dupOf.get(a.articleId()) != null);
    }
    return out;
  }
}
