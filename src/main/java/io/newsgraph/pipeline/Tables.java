package io.newsgraph.pipeline;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Every table's schema in one place. Columns are only ever added (at the end); a rename or retype
 * is a breaking change that the README and the manifest's schema_version must announce. {@code
 * date} is the partition column of every date-partitioned table and is not stored inside the files.
 */
public final class Tables {

  public static final int SCHEMA_VERSION = 1;

  public static final String ARTICLES = "articles";
  public static final String REJECTS = "rejects";
  public static final String MENTIONS = "mentions";
  public static final String ARTICLE_TONE = "article_tone";
  public static final String COMENTIONS_DAILY = "comentions_daily";
  public static final String DYAD_DAILY = "dyad_daily";
  public static final String ACTOR_DAILY = "actor_daily";
  public static final String ACTORS = "actors";
  public static final String DISCOVERED_DAILY = "discovered_daily";

  /** Written from the annotations of a run's articles, partition by partition. */
  public static final List<String> ARTICLE_LEVEL =
      List.of(ARTICLES, MENTIONS, ARTICLE_TONE, DISCOVERED_DAILY);

  public static final List<String> DAILY = List.of(COMENTIONS_DAILY, DYAD_DAILY, ACTOR_DAILY);

  private Tables() {}

  public static final StructType ARTICLES_SCHEMA =
      schema(
          f("article_id", StringType, false),
          f("source", StringType),
          f("url", StringType),
          f("title", StringType),
          f("published", StringType),
          f("date_inferred", BooleanType, false),
          f("lang", StringType),
          f("word_count", IntegerType, false),
          f("content_hash", StringType, false),
          f("dup_of", StringType),
          f("html_stripped", BooleanType, false),
          f("text", StringType),
          f("input_file", StringType, false),
          f("input_offset", LongType, false),
          f("run_id", StringType, false),
          f("date", DateType, false));

  public static final StructType REJECTS_SCHEMA =
      schema(
          f("input_file", StringType, false),
          f("input_offset", LongType, false),
          f("input_line", LongType),
          f("reason", StringType, false),
          f("detail", StringType),
          f("raw", StringType),
          f("raw_bytes", LongType, false),
          f("run_id", StringType, false),
          f("date", DateType, false));

  public static final StructType MENTIONS_SCHEMA =
      schema(
          f("article_id", StringType, false),
          f("actor_id", StringType, false),
          f("surface", StringType, false),
          f("sentence_idx", IntegerType, false),
          f("char_start", IntegerType, false),
          f("char_end", IntegerType, false),
          f("match_kind", StringType, false),
          f("confidence", DoubleType),
          f("sentence_tone", DoubleType, false),
          f("date", DateType, false));

  public static final StructType ARTICLE_TONE_SCHEMA =
      schema(
          f("article_id", StringType, false),
          f("compound", DoubleType, false),
          f("pos", DoubleType, false),
          f("neg", DoubleType, false),
          f("neu", DoubleType, false),
          f("tone", DoubleType, false),
          f("positive_pct", DoubleType, false),
          f("negative_pct", DoubleType, false),
          f("polarity", DoubleType, false),
          f("word_count", IntegerType, false),
          f("sentence_count", IntegerType, false),
          f("mention_count", IntegerType, false),
          f("date", DateType, false));

  /**
   * Per date, the articles that named a discovered actor with a name and a type: the votes its name
   * and type in the actors table come from. Added after schema_version 1 as a new table, so a
   * warehouse without it still reads (its discovered actors keep the name and type they had).
   */
  public static final StructType DISCOVERED_DAILY_SCHEMA =
      schema(
          f("actor_id", StringType, false),
          f("name", StringType, false),
          f("type", StringType, false),
          f("articles", LongType, false),
          f("date", DateType, false));

  /**
   * One dated role of an actor (ActorRole): CAMEO code split into country and role, with its dates.
   */
  public static final DataType ROLES_TYPE =
      createArrayType(
          schema(
              f("country", StringType),
              f("role", StringType, false),
              f("start", DateType),
              f("end", DateType)),
          false);

  public static final StructType ACTORS_SCHEMA =
      schema(
          f("actor_id", StringType, false),
          f("name", StringType, false),
          f("type", StringType, false),
          f("country", StringType),
          f("wikidata", StringType),
          f("aliases", createArrayType(StringType, false)),
          f("source", StringType, false),
          f("roles", ROLES_TYPE));

  /**
   * The union row an ingest task emits: kind is article, reject or blank; the other columns by
   * kind.
   */
  static final StructType INGEST_SCHEMA =
      schema(
          f("kind", StringType, false),
          f("article_id", StringType),
          f("source", StringType),
          f("url", StringType),
          f("title", StringType),
          f("published", StringType),
          f("date_inferred", BooleanType),
          f("word_count", IntegerType),
          f("content_hash", StringType),
          f("html_stripped", BooleanType),
          f("text", StringType),
          f("input_file", StringType, false),
          f("input_offset", LongType, false),
          f("input_line", LongType),
          f("reason", StringType),
          f("detail", StringType),
          f("raw", StringType),
          f("raw_bytes", LongType),
          f("date", DateType));

  private static StructType schema(StructField... fields) {
    return new StructType(fields);
  }

  private static StructField f(String name, DataType type) {
    return new StructField(name, type, true, Metadata.empty());
  }

  private static StructField f(String name, DataType type, boolean nullable) {
    return new StructField(name, type, nullable, Metadata.empty());
  }
}
