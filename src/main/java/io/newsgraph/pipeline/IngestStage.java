package io.newsgraph.pipeline;

import io.newsgraph.annotate.AnnotatorModels;
import io.newsgraph.annotate.ArticleAnnotator;
import io.newsgraph.dedup.DedupParams;
import io.newsgraph.dedup.MinHasher;
import io.newsgraph.ingest.ArticleFactory;
import io.newsgraph.ingest.ArticleRecord;
import io.newsgraph.ingest.IngestedRecord;
import io.newsgraph.ingest.InputSplit;
import io.newsgraph.ingest.RejectRecord;
import io.newsgraph.ingest.SplitReader;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Reads every split in its own task and streams out one row per record: article, reject or blank
 * line. The text is read here once: each article is also shingled for the near-duplicate check and
 * annotated in the same pass, so no later step has to read the text again except to write the
 * articles table. Annotating an article that turns out to be a duplicate is wasted, and cheaper
 * than reading the text twice; its annotation is dropped.
 */
final class IngestStage {

  /**
   * The ingest columns, then the article's shingle set and its annotation (null for rejects and
   * blank lines).
   */
  static final StructType SCHEMA =
      Tables.INGEST_SCHEMA
          .add("shingles", DataTypes.BinaryType, true)
          .add("tone", AnnotateStage.ANNOTATED_SCHEMA.apply("tone").dataType(), true)
          .add("mentions", AnnotateStage.ANNOTATED_SCHEMA.apply("mentions").dataType(), true)
          .add("discovered", AnnotateStage.ANNOTATED_SCHEMA.apply("discovered").dataType(), true);

  private IngestStage() {}

  static Dataset<Row> read(
      SparkSession spark,
      List<InputSplit> splits,
      LocalDate runDate,
      int rawMaxChars,
      String userActorsCsv,
      DedupParams dedup) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<HadoopConf> conf = jsc.broadcast(new HadoopConf(jsc.hadoopConfiguration()));
    JavaRDD<InputSplit> rdd = jsc.parallelize(splits, Math.max(1, splits.size()));
    JavaRDD<Row> rows =
        rdd.mapPartitions(
            it ->
                new RowIterator(
                    it,
                    conf.value(),
                    runDate,
                    rawMaxChars,
                    AnnotatorModels.annotator(userActorsCsv),
                    new MinHasher(dedup)));
    return spark.createDataFrame(rows, SCHEMA);
  }

  /** Flattens the splits of one partition into rows, one split reader open at a time. */
  private static final class RowIterator implements Iterator<Row> {
    private final Iterator<InputSplit> splits;
    private final HadoopConf conf;
    private final ArticleFactory factory;
    private final int rawMaxChars;
    private final ArticleAnnotator annotator;
    private final MinHasher hasher;
    private SplitReader current;

    RowIterator(
        Iterator<InputSplit> splits,
        HadoopConf conf,
        LocalDate runDate,
        int rawMaxChars,
        ArticleAnnotator annotator,
        MinHasher hasher) {
      this.splits = splits;
      this.conf = conf;
      this.factory = new ArticleFactory(runDate);
      this.rawMaxChars = rawMaxChars;
      this.annotator = annotator;
      this.hasher = hasher;
    }

    @Override
    public boolean hasNext() {
      while (current == null || !current.hasNext()) {
        if (current != null) {
          current.close();
        }
        if (!splits.hasNext()) {
          return false;
        }
        current = new SplitReader(splits.next(), conf.toConfiguration(), factory, rawMaxChars);
      }
      return true;
    }

    @Override
    public Row next() {
      hasNext();
      return toRow(current.next(), annotator, hasher);
    }
  }

  static Row toRow(IngestedRecord r, ArticleAnnotator annotator, MinHasher hasher) {
    if (r instanceof ArticleRecord a) {
      Date date = Date.valueOf(a.date());
      Object[] an =
          AnnotateStage.columns(annotator.annotate(a.title(), a.text()), a.articleId(), date);
      return RowFactory.create(
          "article",
          a.articleId(),
          a.source(),
          a.url(),
          a.title(),
          a.publishedRaw(),
          a.dateInferred(),
          a.wordCount(),
          a.contentHash(),
          a.htmlStripped(),
          a.text(),
          a.inputFile(),
          a.offset(),
          a.line(),
          null,
          null,
          null,
          null,
          date,
          hasher.shingles(a.title(), a.text()).toBytes(),
          an[0],
          an[1],
          an[2]);
    }
    if (r instanceof RejectRecord j) {
      return RowFactory.create(
          "reject",
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          j.inputFile(),
          j.offset(),
          j.line(),
          j.reason().code(),
          j.detail(),
          j.raw(),
          j.rawBytes(),
          null,
          null,
          null,
          null,
          null);
    }
    IngestedRecord.Blank b = (IngestedRecord.Blank) r;
    return RowFactory.create(
        "blank",
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        b.inputFile(),
        b.offset(),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }
}
