package io.newsgraph.pipeline;

import static org.apache.spark.sql.functions.col;

import io.newsgraph.dedup.DedupParams;
import io.newsgraph.dedup.DuplicateClusters;
import io.newsgraph.dedup.MinHasher;
import io.newsgraph.dedup.NearDuplicateIndex;
import io.newsgraph.dedup.ShingleSet;
import io.newsgraph.text.IntList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.collection.immutable.Seq;

/**
 * Near-duplicate articles (wire copies, syndicated reprints, one headline from several publishers):
 * one-permutation MinHash over word 2-grams, LSH bands to propose pairs within {@code maxDaysApart}
 * days, verified by the exact Jaccard similarity of their shingle sets against the threshold (see
 * io.newsgraph.dedup for the parameters and their evaluation). Pairs are found in blocks of days
 * (one shuffle of the signatures, no join of band keys, whose candidate lists grow with the square
 * of a busy bucket). Only the confirmed pairs — a small share of the corpus — reach the driver,
 * where union-find picks one copy per cluster: an article already in the warehouse if the cluster
 * has one (it is already counted), else the earliest date, then the smallest id.
 */
final class NearDuplicateStage {

  private static final StructType SIGNED =
      new StructType()
          .add("article_id", DataTypes.StringType, false)
          .add("day", DataTypes.IntegerType, false)
          .add("is_new", DataTypes.BooleanType, false)
          // the shingle set, 4 bytes per hash (ShingleSet.toBytes): the block task signs it for LSH
          // and verifies
          // candidates by exact similarity
          .add("shingles", DataTypes.BinaryType, false)
          // a stored article's own dup_of (null for new ones): a new copy of a stored duplicate
          // joins its cluster
          .add("dup_of", DataTypes.StringType, true);

  /** What {@link #find} takes for the new articles. */
  static final StructType CANDIDATES =
      new StructType()
          .add("article_id", DataTypes.StringType, false)
          .add("shingles", DataTypes.BinaryType, false)
          .add("date", DataTypes.DateType, false)
          .add("input_file", DataTypes.StringType, false)
          .add("input_offset", DataTypes.LongType, false);

  private static final StructType PAIRS =
      new StructType()
          .add("id_a", DataTypes.StringType, false)
          .add("day_a", DataTypes.IntegerType, false)
          .add("new_a", DataTypes.BooleanType, false)
          .add("id_b", DataTypes.StringType, false)
          .add("day_b", DataTypes.IntegerType, false)
          .add("new_b", DataTypes.BooleanType, false)
          .add("dup_of_a", DataTypes.StringType, true)
          .add("dup_of_b", DataTypes.StringType, true);

  /**
   * Above this many excluded keys the exclusion is a shuffle join of the signatures instead of a
   * broadcast.
   */
  static final long BROADCAST_KEYS = 500_000;

  private final DedupParams params;

  NearDuplicateStage(DedupParams params) {
    this.params = params;
  }

  /**
   * Days per block: pairs are looked for within a block, and the last {@code maxDaysApart} days of
   * each block are lent to the next one as guests, so every pair within the window meets in exactly
   * one block. A block holds its own days plus the guests' (at most 10 days with the defaults),
   * which bounds a task's memory by the busiest ten days, not by the corpus.
   */
  static int blockDays(DedupParams p) {
    return Math.max(7, p.maxDaysApart() + 1);
  }

  /**
   * @param candidates new article rows (article_id, shingles, date, input_file, input_offset), a
   *     superset of those that count, with the shingle set the ingest pass computed ({@link
   *     #shingled})
   * @param excluded (input_file, input_offset) of the candidates that do not count (exact
   *     duplicates, conflicts, articles already ingested)
   * @param excludedCount how many rows {@code excluded} has: up to {@link #BROADCAST_KEYS} they are
   *     broadcast and dropped before the shuffle
   * @param stored articles already in the warehouse near the same dates (article_id, title, text,
   *     date and optionally dup_of), or null: these are shingled here. Stored duplicates take part
   *     too, so a new copy similar only to a stored duplicate still joins that duplicate's cluster,
   *     as it would in one run over all the input.
   * @return new article id to the id of the copy it duplicates
   */
  Map<String, String> find(
      Dataset<Row> candidates, Dataset<Row> excluded, long excludedCount, Dataset<Row> stored) {
    DedupParams p = params;
    Seq<String> key =
        scala.jdk.javaapi.CollectionConverters.asScala(List.of("input_file", "input_offset"))
            .toSeq();
    Dataset<Row> counted =
        excludedCount == 0
            ? candidates
            : excludedCount <= BROADCAST_KEYS
                ? candidates.join(
                    org.apache.spark.sql.functions.broadcast(excluded), key, "left_anti")
                : candidates.join(excluded, key, "left_anti");
    Dataset<Row> signed =
        counted.selectExpr(
            "article_id",
            "unix_date(date) AS day",
            "true AS is_new",
            "shingles",
            "CAST(NULL AS STRING) AS dup_of");
    if (stored != null) {
      String dupOf =
          java.util.Arrays.asList(stored.columns()).contains("dup_of")
              ? "dup_of"
              : "CAST(NULL AS STRING) AS dup_of";
      signed =
          signed.unionByName(
              stored
                  .selectExpr("article_id", "title", "text", "date", "false AS is_new", dupOf)
                  .mapPartitions(signer(p), Encoders.row(SIGNED)));
    }
    int b = blockDays(p);
    int lent = b - p.maxDaysApart();
    Dataset<Row> blocks =
        signed
            .selectExpr("*", "CAST(floor(day / %d) AS INT) AS home".formatted(b))
            .selectExpr(
                "*",
                "explode(IF(pmod(day, %d) >= %d, array(home, home + 1), array(home))) AS block"
                    .formatted(b, lent))
            .selectExpr(
                "article_id",
                "day",
                "is_new",
                "shingles",
                "block",
                "block <> home AS guest",
                "dup_of");
    List<Row> confirmed =
        blocks
            .repartition(col("block"))
            .sortWithinPartitions("block")
            .mapPartitions(pairsPerBlock(p), Encoders.row(PAIRS))
            .collectAsList();
    return resolve(confirmed);
  }

  /**
   * Article rows with their text (article_id, title, text, date, input_file, input_offset) as
   * {@link #find} takes them: the text replaced by its shingle set. The job shingles while it
   * ingests; this is for rows read elsewhere.
   */
  static Dataset<Row> shingled(Dataset<Row> articles, DedupParams p) {
    MapPartitionsFunction<Row, Row> fn =
        RowMapping.of(
            () -> {
              MinHasher hasher = new MinHasher(p);
              return r ->
                  RowFactory.create(
                      r.getString(0),
                      hasher.shingles(r.getString(1), r.getString(2)).toBytes(),
                      r.get(3),
                      r.getString(4),
                      r.getLong(5));
            });
    return articles
        .select("article_id", "title", "text", "date", "input_file", "input_offset")
        .mapPartitions(fn, Encoders.row(CANDIDATES));
  }

  /** Static so the task closure holds only the parameters, not this stage. */
  private static MapPartitionsFunction<Row, Row> signer(DedupParams p) {
    return RowMapping.of(
        () -> {
          MinHasher hasher = new MinHasher(p);
          return r ->
              RowFactory.create(
                  r.getString(0),
                  (int) r.getDate(3).toLocalDate().toEpochDay(),
                  r.getBoolean(4),
                  hasher.shingles(r.getString(1), r.getString(2)).toBytes(),
                  r.getString(5));
        });
  }

  /**
   * Rows sorted by block in, confirmed pairs out: one block in memory at a time (ids, days and
   * shingle sets, not the rows), LSH and verification by {@link NearDuplicateIndex#blockPairs}.
   */
  private static MapPartitionsFunction<Row, Row> pairsPerBlock(DedupParams p) {
    return rows -> {
      NearDuplicateIndex index = new NearDuplicateIndex(p);
      List<Row> out = new ArrayList<>();
      Block block = new Block();
      Integer current = null;
      while (rows.hasNext()) {
        Row r = rows.next();
        int k = r.getInt(4);
        if (current != null && k != current) {
          block.pairs(index, out);
          block = new Block();
        }
        current = k;
        block.add(r);
      }
      block.pairs(index, out);
      return out.iterator();
    };
  }

  /** The articles of one block, held as plain arrays. */
  private static final class Block {
    private final List<String> ids = new ArrayList<>();
    private final List<ShingleSet> sets = new ArrayList<>();
    private final IntList days = new IntList();
    private final java.util.BitSet isNew = new java.util.BitSet();
    private final java.util.BitSet guests = new java.util.BitSet();
    private final List<String> dupOf = new ArrayList<>();

    void add(Row r) {
      int i = ids.size();
      ids.add(r.getString(0));
      days.add(r.getInt(1));
      isNew.set(i, r.getBoolean(2));
      sets.add(ShingleSet.fromBytes((byte[]) r.get(3)));
      guests.set(i, r.getBoolean(5));
      dupOf.add(r.getString(6));
    }

    void pairs(NearDuplicateIndex index, List<Row> out) {
      int n = ids.size();
      if (n < 2) {
        return;
      }
      boolean[] guest = new boolean[n];
      for (int i = 0; i < n; i++) {
        guest[i] = guests.get(i);
      }
      int[] day = days.toArray();
      for (int[] ij : index.blockPairs(sets.toArray(new ShingleSet[0]), day, guest)) {
        int a = ij[0];
        int b = ij[1];
        if (isNew.get(a) || isNew.get(b)) { // two stored articles were settled by an earlier run
          out.add(
              RowFactory.create(
                  ids.get(a),
                  day[a],
                  isNew.get(a),
                  ids.get(b),
                  day[b],
                  isNew.get(b),
                  dupOf.get(a),
                  dupOf.get(b)));
        }
      }
    }
  }

  private static Map<String, String> resolve(List<Row> pairs) {
    DuplicateClusters clusters = new DuplicateClusters();
    Map<String, Boolean> isNew = new HashMap<>();
    Map<String, Integer> day = new HashMap<>();
    Map<String, String> storedDupOf = new HashMap<>();
    for (Row r : pairs) {
      clusters.union(r.getString(0), r.getInt(1), r.getString(3), r.getInt(4));
      isNew.put(r.getString(0), r.getBoolean(2));
      isNew.put(r.getString(3), r.getBoolean(5));
      day.put(r.getString(0), r.getInt(1));
      day.put(r.getString(3), r.getInt(4));
      if (!r.isNullAt(6)) {
        storedDupOf.put(r.getString(0), r.getString(6));
      }
      if (!r.isNullAt(7)) {
        storedDupOf.put(r.getString(3), r.getString(7));
      }
    }
    Map<String, String> out = new HashMap<>();
    for (List<String> members : clusters.clusters().values()) {
      // A copy already in the warehouse is already counted (or points at the one that is): that one
      // stays counted.
      String stored = null;
      for (String m : members) {
        if (!isNew.get(m) && (stored == null || earlier(m, stored, day))) {
          stored = m;
        }
      }
      String canonical =
          stored == null
              ? clusters.canonical(members.get(0))
              : storedDupOf.getOrDefault(stored, stored);
      for (String m : members) {
        if (isNew.get(m) && !m.equals(canonical)) {
          out.put(m, canonical);
        }
      }
    }
    return out;
  }

  private static boolean earlier(String a, String b, Map<String, Integer> day) {
    int c = Integer.compare(day.get(a), day.get(b));
    return c < 0 || (c == 0 && a.compareTo(b) < 0);
  }
}
