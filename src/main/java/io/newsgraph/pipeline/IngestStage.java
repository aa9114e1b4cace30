package io.newsgraph.pipeline;

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

/**
 * Reads every split in its own task and streams out one row per record: article, reject or blank
 * line.
 */
final class IngestStage {

  private IngestStage() {}

  static Dataset<Row> read(
      SparkSession spark, List<InputSplit> splits, LocalDate runDate, int rawMaxChars) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<HadoopConf> conf = jsc.broadcast(new HadoopConf(jsc.hadoopConfiguration()));
    JavaRDD<InputSplit> rdd = jsc.parallelize(splits, Math.max(1, splits.size()));
    JavaRDD<Row> rows =
        rdd.mapPartitions(it -> new RowIterator(it, conf.value(), runDate, rawMaxChars));
    return spark.createDataFrame(rows, Tables.INGEST_SCHEMA);
  }

  /** Flattens the splits of one partition into rows, one split reader open at a time. */
  private static final class RowIterator implements Iterator<Row> {
    private final Iterator<InputSplit> splits;
    private final HadoopConf conf;
    private final ArticleFactory factory;
    private final int rawMaxChars;
    private SplitReader current;

    RowIterator(Iterator<InputSplit> splits, HadoopConf conf, LocalDate runDate, int rawMaxChars) {
      this.splits = splits;
      this.conf = conf;
      this.factory = new ArticleFactory(runDate);
      this.rawMaxChars = rawMaxChars;
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
      return toRow(current.next());
    }
  }

  static Row toRow(IngestedRecord r) {
    if (r instanceof ArticleRecord a) {
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
          Date.valueOf(a.date()));
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
        null);
  }
}
