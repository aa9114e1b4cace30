package io.newsgraph.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;

import io.newsgraph.metrics.SeriesHistory;
import io.newsgraph.metrics.SpikeRule;
import java.time.LocalDate;
import java.util.Collection;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Computes the daily tables for a set of dates from the warehouse's article-level tables (never
 * from the run's own input), so late articles, re-runs and backfills all see the same data and
 * rolling windows are right across run boundaries.
 *
 * <p>Definitions (README, "Tables" and "Reading the numbers"): an actor is counted once per
 * article; a sentence is positive at VADER compound &ge; 0.05 and negative at &le; -0.05; NPMI and
 * G² are over the day's articles; the spike z-score compares a day's dated articles with the
 * actor's history ({@link SeriesHistory}). The figures are io.newsgraph.metrics' ({@link
 * MetricFunctions}); this class only groups the rows they are computed from.
 */
final class AggregateStage {

  /** Trailing window of the spike score, in days. */
  static final int SPIKE_WINDOW = SpikeRule.WINDOW;

  private final SparkSession spark;

  AggregateStage(SparkSession spark) {
    this.spark = spark;
  }

  /**
   * The three daily tables; {@code cached} is what they read from the cache, to release once they
   * are written. The pair tables keep the day rows' partitioning: all rows of a date in one
   * partition, so they are written without a shuffle by date.
   */
  record Result(
      Dataset<Row> comentions,
      Dataset<Row> dyads,
      Dataset<Row> actorDaily,
      long pairsBelowMinimum,
      Dataset<Row> cached) {}

  /**
   * @param mentions mentions rows covering at least [min(dates) - 28 days, max(dates)]
   * @param tone article_tone rows covering the same range
   * @param undated (date, article_id) of the articles in that range without a published date (filed
   *     under a run date)
   * @param firstSeen (actor_id, first_date): the first date each actor is named in the warehouse
   */
  Result compute(
      Dataset<Row> mentions,
      Dataset<Row> tone,
      Dataset<Row> undated,
      Dataset<Row> firstSeen,
      Collection<LocalDate> dates,
      int minPairArticles) {
    String inDates =
        dates.stream()
            .map(d -> "DATE'" + d + "'")
            .sorted()
            .collect(Collectors.joining(",", "(", ")"));
    mentions
        .select("date", "article_id", "actor_id", "sentence_idx", "sentence_tone")
        .createOrReplaceTempView("ng_m");
    tone.select("date", "article_id").createOrReplaceTempView("ng_t");
    undated.select("date", "article_id").createOrReplaceTempView("ng_u");
    firstSeen.select("actor_id", "first_date").createOrReplaceTempView("ng_first");
    spark
        .sql("SELECT date, count(*) AS day_articles FROM ng_t GROUP BY date")
        .createOrReplaceTempView("ng_days");
    MetricFunctions.register(spark, new SeriesHistory(dataDays()));

    // read by actor_daily, comentions_daily, dyad_daily and the below-minimum count
    Dataset<Row> dayRows = dayRows(dates).persist(Caching.LEVEL);
    dayRows.createOrReplaceTempView("ng_pd");
    Dataset<Row> actorDaily = actorDaily(inDates);
    Dataset<Row> dyads = dyads();
    Dataset<Row> allPairs = comentions();
    // every pair has at least one article
    long below = minPairArticles <= 1 ? 0 : allPairs.where("articles < " + minPairArticles).count();
    Dataset<Row> comentions = allPairs.where("articles >= " + minPairArticles);
    return new Result(comentions, dyads, actorDaily, below, dayRows);
  }

  /**
   * The days of the range with at least one dated article: the days that count as history for a
   * spike.
   */
  private int[] dataDays() {
    return spark
        .sql(
            """
        SELECT DISTINCT unix_date(t.date) FROM ng_t t
        LEFT ANTI JOIN ng_u u ON u.date = t.date AND u.article_id = t.article_id""")
        .collectAsList()
        .stream()
        .mapToInt(r -> r.getInt(0))
        .toArray();
  }

  /**
   * actor_daily for the dates, from the actor rows of ng_pd, which cover all of ng_m for the
   * rolling windows. The spike score is over dated articles (articles - articles_undated) and the
   * actor's history days (ng_history_days). The shares are DECIMAL(6, 5) rounded half up, as avg()
   * over 1.0 / 0.0 gives them.
   */
  private Dataset<Row> actorDaily(String inDates) {
    return spark.sql(
        """
        WITH st AS (
          SELECT date_from_unix_date(day) AS date, actor_a AS actor_id, articles, articles_undated, mentions,
                 sentences, tone_sum, tone_sum / sentences AS tone_mean, tone_std,
                 CAST(CAST(pos AS DECIMAL(12, 1)) / sentences AS DECIMAL(6, 5)) AS pos_share,
                 CAST(CAST(neg AS DECIMAL(12, 1)) / sentences AS DECIMAL(6, 5)) AS neg_share
          FROM ng_pd WHERE actor_b IS NULL),
        base AS (
          SELECT st.*, st.articles - st.articles_undated AS dated, st.articles / d.day_articles AS share,
                 unix_date(st.date) AS day, unix_date(f.first_date) AS first_day
          FROM st JOIN ng_days d ON d.date = st.date JOIN ng_first f ON f.actor_id = st.actor_id),
        rolled AS (
          SELECT *,
            sum(articles) OVER w7 AS articles_7d,
            sum(tone_sum) OVER w7 / sum(sentences) OVER w7 AS tone_7d,
            coalesce(sum(dated) OVER w28, 0) AS hist_sum,
            coalesce(sum(dated * dated) OVER w28, 0) AS hist_sq,
            ng_history_days(day, first_day) AS history_days
          FROM base
          WINDOW w7 AS (PARTITION BY actor_id ORDER BY day RANGE BETWEEN 6 PRECEDING AND CURRENT ROW),
                 w28 AS (PARTITION BY actor_id ORDER BY day RANGE BETWEEN %d PRECEDING AND 1 PRECEDING)),
        scored AS (
          SELECT *, ng_spike_z(dated, history_days, hist_sum, hist_sq) AS zscore_articles
          FROM rolled WHERE date IN %s)
        -- date last, as in every table; new columns before it
        SELECT actor_id, articles, mentions, sentences, share, tone_mean, tone_std, pos_share, neg_share,
               articles_7d, tone_7d, zscore_articles, ng_spike(dated, zscore_articles) AS spike, history_days,
               articles_undated, date
        FROM scored"""
            .formatted(SPIKE_WINDOW, inDates));
  }

  /**
   * The day rows ({@link DayRows}) of every day of ng_m: per (day, actor) its articles, mentions
   * and sentence tones, and for the dates per (day, actor_a, actor_b) its articles, shared
   * sentences, the articles with a shared sentence, the tone sums of the shared sentences and the
   * two actors' articles; beside each, the day's articles. One shuffle of the mentions (and of the
   * undated articles' ids, which mark their articles) by day; each task then sums a day at a time
   * in memory, so there is no self-join, no grouping by string keys with distinct counts and no
   * join of the marginals back.
   */
  private Dataset<Row> dayRows(Collection<LocalDate> dates) {
    Dataset<Row> rows =
        spark.sql(
            """
            SELECT unix_date(date) AS day, article_id, actor_id, sentence_idx, sentence_tone FROM ng_m
            UNION ALL
            SELECT unix_date(date) AS day, article_id, CAST(NULL AS STRING) AS actor_id, 0 AS sentence_idx,
                   0D AS sentence_tone
            FROM ng_u""");
    int[] pairDays = dates.stream().mapToInt(d -> (int) d.toEpochDay()).toArray();
    rows.repartition(col("day"))
        // Day and hash in one long key: the sort compares a long prefix and only goes to the
        // string ids for the rows of one article. (Sorting by day first would tie on the prefix
        // for every two rows of a day.) The day keeps the high bits, so days stay contiguous.
        .sortWithinPartitions(
            expr("shiftleft(CAST(day AS BIGINT), 40) | (xxhash64(article_id) & 1099511627775)"),
            col("article_id"))
        .mapPartitions(DayRows.function(pairDays), Encoders.row(DayRows.SCHEMA))
        .createOrReplaceTempView("ng_dp");
    return spark.sql(
        """
        SELECT p.*, d.day_articles AS nn
        FROM ng_dp p JOIN ng_days d ON unix_date(d.date) = p.day""");
  }

  /**
   * dyad_daily from ng_pd. tone_std is the population std from the sums: equal tones are given 0
   * outright, since the sums can leave ~1e-8 there; otherwise the sums lose at most ~1e-12 (on the
   * 128 MB bench corpus: 3e-13, and 3e-9 relative for two nearly equal tones). The shares are
   * DECIMAL(6, 5) rounded half up, as avg() over 1.0 / 0.0 gave them.
   */
  private Dataset<Row> dyads() {
    return spark.sql(
        """
        SELECT actor_a, actor_b, sentences, sentence_articles AS articles, tone_sum / sentences AS tone_mean,
               CASE WHEN tone_min = tone_max THEN 0D ELSE ng_std(sentences, tone_sum, tone_sq) END AS tone_std,
               CAST(CAST(pos AS DECIMAL(12, 1)) / sentences AS DECIMAL(6, 5)) AS pos_share,
               CAST(CAST(neg AS DECIMAL(12, 1)) / sentences AS DECIMAL(6, 5)) AS neg_share,
               date_from_unix_date(day) AS date
        FROM ng_pd WHERE actor_b IS NOT NULL AND sentences > 0""");
  }

  /** comentions_daily from ng_pd, every pair (the minimum is applied by the caller). */
  private Dataset<Row> comentions() {
    return spark.sql(
        """
        SELECT k.actor_a, k.actor_b, k.articles, k.sentences,
               CASE WHEN k.sentences > 0 THEN k.tone_sum / k.sentences END AS tone_mean,
               ng_npmi(k.articles, k.articles_a, k.articles_b, k.nn) AS npmi,
               ng_llr(k.articles, k.articles_a, k.articles_b, k.nn) AS llr,
               k.articles_a, k.articles_b, k.nn AS day_articles,
               ng_llr_signed(k.articles, k.articles_a, k.articles_b, k.nn) AS llr_signed,
               date_from_unix_date(k.day) AS date
        FROM ng_pd k WHERE k.actor_b IS NOT NULL""");
  }
}
