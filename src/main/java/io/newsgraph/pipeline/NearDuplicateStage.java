package io.newsgraph.pipeline;

import static org.apache.spark.sql.functions.col;

import io.newsgraph.dedup.DedupParams;
import io.newsgraph.dedup.DuplicateClusters;
import io.newsgraph.dedup.MinHashSignature;
import io.newsgraph.dedup.MinHasher;
import io.newsgraph.dedup.NearDuplicateIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * Near-duplicate articles (wire copies, syndicated reprints, one headline from several publishers): MinHash over
 * word 2-grams, LSH bands to propose pairs within {@code maxDaysApart} days, verified against the Jaccard threshold
 * (see io.newsgraph.dedup for the parameters and their evaluation). Only the confirmed pairs — a small share of the
 * corpus — reach the driver, where union-find picks one copy per cluster: an article already in the warehouse if the
 * cluster has one (it is already counted), else the earliest date, then the smallest id.
 */
final class NearDuplicateStage {

  private static final StructType SIGNED = new StructType()
      .add("article_id", DataTypes.StringType, false)
      .add("day", DataTypes.IntegerType, false)
      .add("is_new", DataTypes.BooleanType, false)
      .add("sig", DataTypes.createArrayType(DataTypes.LongType, false), false)
      .add("bands", DataTypes.createArrayType(DataTypes.LongType, false), false);

  private static final StructType SIGNED_WITH_KEY = SIGNED
      .add("input_file", DataTypes.StringType, false)
      .add("input_offset", DataTypes.LongType, false);

  private final SparkSession spark;
  private final DedupParams params;

  NearDuplicateStage(SparkSession spark, DedupParams params) {
    this.spark = spark;
    this.params = params;
  }

  /**
   * @param candidates new article rows (article_id, title, text, date, input_file, input_offset), a superset of
   *     those that count: signing reads them where they are cached, before the narrow filter
   * @param counted (input_file, input_offset) of the candidates that count so far
   * @param stored counted articles already in the warehouse near the same dates (article_id, title, text, date),
   *     or null
   * @return new article id to the id of the copy it duplicates
   */
  Map<String, String> find(Dataset<Row> candidates, Dataset<Row> counted, Dataset<Row> stored) {
    DedupParams p = params;
    Dataset<Row> fresh = candidates.selectExpr("article_id", "title", "text", "date", "true AS is_new",
            "input_file", "input_offset")
        .mapPartitions(signer(p, true), Encoders.row(SIGNED_WITH_KEY))
        .join(counted, scala.jdk.javaapi.CollectionConverters.asScala(List.of("input_file", "input_offset")).toSeq(),
            "left_semi")
        .drop("input_file", "input_offset");
    Dataset<Row> signed = fresh;
    if (stored != null) {
      signed = signed.unionByName(stored.selectExpr("article_id", "title", "text", "date", "false AS is_new")
          .mapPartitions(signer(p, false), Encoders.row(SIGNED)));
    }
    signed = signed.persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Dataset<Row> bands = signed.selectExpr("article_id", "day", "is_new", "explode(bands) AS band");
      Dataset<Row> pairsProposed = bands.as("a").join(bands.as("b"), col("a.band").equalTo(col("b.band"))
              .and(col("a.article_id").lt(col("b.article_id")))
              .and(col("a.is_new").or(col("b.is_new")))
              .and(org.apache.spark.sql.functions.abs(col("a.day").minus(col("b.day"))).leq(p.maxDaysApart())))
          .selectExpr("a.article_id AS id_a", "b.article_id AS id_b").distinct();
      Dataset<Row> sigs = signed.select("article_id", "day", "is_new", "sig");
      Dataset<Row> pairs = pairsProposed
          .join(sigs.toDF("id_a", "day_a", "new_a", "sig_a"), "id_a")
          .join(sigs.toDF("id_b", "day_b", "new_b", "sig_b"), "id_b");
      FilterFunction<Row> similar = r -> new NearDuplicateIndex(p).similar(
          signature(r.getList(r.fieldIndex("sig_a"))), signature(r.getList(r.fieldIndex("sig_b"))));
      List<Row> confirmed = pairs.filter(similar)
          .select("id_a", "day_a", "new_a", "id_b", "day_b", "new_b").collectAsList();
      return resolve(confirmed);
    } finally {
      signed.unpersist();
    }
  }

  /** Static so the task closure holds only the parameters, not this stage. */
  private static MapPartitionsFunction<Row, Row> signer(DedupParams p, boolean withKey) {
    return RowMapping.of(() -> {
      MinHasher hasher = new MinHasher(p);
      NearDuplicateIndex index = new NearDuplicateIndex(p);
      return r -> {
        MinHashSignature s = hasher.signature(r.getString(1), r.getString(2));
        int day = (int) r.getDate(3).toLocalDate().toEpochDay();
        return withKey
            ? RowFactory.create(r.getString(0), day, r.getBoolean(4), s.values(), index.bandKeys(s), r.getString(5),
                r.getLong(6))
            : RowFactory.create(r.getString(0), day, r.getBoolean(4), s.values(), index.bandKeys(s));
      };
    });
  }

  private static Map<String, String> resolve(List<Row> pairs) {
    DuplicateClusters clusters = new DuplicateClusters();
    Map<String, Boolean> isNew = new HashMap<>();
    Map<String, Integer> day = new HashMap<>();
    for (Row r : pairs) {
      clusters.union(r.getString(0), r.getInt(1), r.getString(3), r.getInt(4));
      isNew.put(r.getString(0), r.getBoolean(2));
      isNew.put(r.getString(3), r.getBoolean(5));
      day.put(r.getString(0), r.getInt(1));
      day.put(r.getString(3), r.getInt(4));
    }
    Map<String, String> out = new HashMap<>();
    for (List<String> members : clusters.clusters().values()) {
      // A copy already in the warehouse is already counted: it stays the one that counts.
      String canonical = null;
      for (String m : members) {
        if (!isNew.get(m) && (canonical == null || earlier(m, canonical, day))) {
          canonical = m;
        }
      }
      if (canonical == null) {
        canonical = clusters.canonical(members.get(0));
      }
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

  private static MinHashSignature signature(List<Long> v) {
    long[] a = new long[v.size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = v.get(i);
    }
    return new MinHashSignature(a);
  }
}
