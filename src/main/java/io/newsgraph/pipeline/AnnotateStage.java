package io.newsgraph.pipeline;

import io.newsgraph.actors.Mention;
import io.newsgraph.annotate.Annotation;
import io.newsgraph.annotate.AnnotatorModels;
import io.newsgraph.annotate.ArticleAnnotator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Runs the core annotator over articles in place (mapPartitions, no shuffle) and emits one row per
 * article with its tone and its mentions nested, so the text never travels further than this stage.
 */
final class AnnotateStage {

  static final StructType ANNOTATED_SCHEMA =
      new StructType()
          .add("article_id", DataTypes.StringType, false)
          .add("date", DataTypes.DateType, false)
          .add("tone", Tables.ARTICLE_TONE_SCHEMA, false)
          .add("mentions", DataTypes.createArrayType(Tables.MENTIONS_SCHEMA, false), false)
          .add(
              "discovered",
              DataTypes.createArrayType(
                  new StructType()
                      .add("actor_id", DataTypes.StringType, false)
                      .add("name", DataTypes.StringType, false)
                      .add("type", DataTypes.StringType, false),
                  false),
              false);

  private AnnotateStage() {}

  /**
   * @param articles rows with article_id, title, text, date
   */
  static Dataset<Row> annotate(Dataset<Row> articles, String userActorsCsv) {
    MapPartitionsFunction<Row, Row> fn =
        RowMapping.of(
            () -> {
              ArticleAnnotator annotator = AnnotatorModels.annotator(userActorsCsv);
              return row -> toRow(row, annotator);
            });
    return articles
        .select("article_id", "title", "text", "date")
        .mapPartitions(fn, Encoders.row(ANNOTATED_SCHEMA));
  }

  private static Row toRow(Row in, ArticleAnnotator annotator) {
    String id = in.getString(0);
    Object date = in.get(3);
    Object[] a = columns(annotator.annotate(in.getString(1), in.getString(2)), id, date);
    return RowFactory.create(id, date, a[0], a[1], a[2]);
  }

  /**
   * The annotation as the values of {@link #ANNOTATED_SCHEMA}'s tone, mentions and discovered
   * columns: the one place an {@link Annotation} becomes Row values (the annotate stage and the
   * ingest pass both use it).
   */
  static Object[] columns(Annotation a, String id, Object date) {
    List<Row> mentions = new ArrayList<>(a.mentions().size());
    for (Mention m : a.mentions()) {
      mentions.add(
          RowFactory.create(
              id,
              m.actorId(),
              a.surface(m),
              m.sentenceIdx(),
              m.charStart(),
              m.charEnd(),
              m.kind().name().toLowerCase(Locale.ROOT),
              m.tagged() ? m.confidence() : null,
              a.sentenceTone(m.sentenceIdx()),
              date));
    }
    var s = a.articleScores();
    var t = a.tone();
    Row tone =
        RowFactory.create(
            id,
            s.compound(),
            s.pos(),
            s.neg(),
            s.neu(),
            t.tone(),
            t.positivePct(),
            t.negativePct(),
            t.polarity(),
            t.words(),
            a.sentenceCount(),
            a.mentions().size(),
            date);
    List<Row> discovered = new ArrayList<>(a.discovered().size());
    for (var d : a.discovered()) {
      if (d.mention().kind() == io.newsgraph.actors.MatchKind.DISCOVERED) {
        discovered.add(
            RowFactory.create(
                d.mention().actorId(), d.name(), d.type().name().toLowerCase(Locale.ROOT)));
      }
    }
    return new Object[] {
      tone,
      scala.jdk.javaapi.CollectionConverters.asScala(mentions).toSeq(),
      scala.jdk.javaapi.CollectionConverters.asScala(discovered).toSeq()
    };
  }
}
