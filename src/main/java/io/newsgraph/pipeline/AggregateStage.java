package io.newsgraph.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;

import java.time.LocalDate;
import java.util.Collection;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Computes the daily tables for a set of dates from the warehouse's article-level tables (never from the run's
 * own input), so late articles, re-runs and backfills all see the same data and rolling windows are right across
 * run boundaries.
 *
 * <p>Definitions (README, "Tables"): an actor is counted once per article; a sentence is positive at VADER compound
 * &ge; 0.05 and negative at &le; -0.05; NPMI and Dunning's G² are over the day's articles; the spike z-score
 * compares a day's article count with the trailing 28 days (days without mentions count as zero).
 */
final class AggregateStage {

  /** Trailing window of the spike score, in days. */
  static final int SPIKE_WINDOW = 28;
  /** The spike score needs at least this many days of warehouse history before the day. */
  static final int SPIKE_MIN_HISTORY = 3;
  static final double SPIKE_Z = 3.0;
  static final int SPIKE_MIN_ARTICLES = 5;

  private final SparkSession spark;

  AggregateStage(SparkSession spark) {
    this.spark = spark;
  }

  /**
   * Dunning's log-likelihood ratio G² of the 2x2 table (pair, a only, b only, neither) over n articles:
   * 2 * sum(k * ln(k * n / (row * col))), with 0 * ln 0 = 0.
   */
  static String gSquared(String ab, String a, String b, String n) {
    String[][] cells = {
        {ab, a, b},
        {a + " - " + ab, a, n + " - " + b},
        {b + " - " + ab, n + " - " + a, b},
        {n + " - " + a + " - " + b + " + " + ab, n + " - " + a, n + " - " + b}};
    StringBuilder sb = new StringBuilder("2 * (");
    for (int i = 0; i < cells.length; i++) {
      String k = "(" + cells[i][0] + ")";
      sb.append(i == 0 ? "" : " + ").append("(CASE WHEN ").append(k).append(" > 0 THEN ").append(k)
          .append(" * ln(").append(k).append(" * ").append(n).append(" / ((").append(cells[i][1]).append(") * (")
          .append(cells[i][2]).append("))) ELSE 0D END)");
    }
    return sb.append(")").toString();
  }

  /** The three daily tables; {@code cached} is what they read from the cache, to release once they are written. */
  record Result(Dataset<Row> comentions, Dataset<Row> dyads, Dataset<Row> actorDaily, long pairsBelowMinimum,
      Dataset<Row> cached) {}

  /**
   * @param mentions mentions rows covering at least [min(dates) - 28 days, max(dates)]
   * @param tone article_tone rows covering the same range
   * @param firstDate the warehouse's first article date (start of history for the spike score)
   */
  Result compute(Dataset<Row> mentions, Dataset<Row> tone, Collection<LocalDate> dates, LocalDate firstDate,
      int minPairArticles) {
    String inDates = dates.stream().map(d -> "DATE'" + d + "'").sorted().collect(Collectors.joining(",", "(", ")"));
    mentions.select("date", "article_id", "actor_id", "sentence_idx", "sentence_tone").createOrReplaceTempView("ng_m");
    tone.select("date", "article_id").createOrReplaceTempView("ng_t");
    spark.sql("SELECT date, count(*) AS day_articles FROM ng_t GROUP BY date").createOrReplaceTempView("ng_days");

    Dataset<Row> actorDaily = actorDaily(inDates, firstDate);
    // read by comentions_daily, dyad_daily and the below-minimum count
    Dataset<Row> pairDays = pairDays(inDates).persist(Caching.LEVEL);
    pairDays.createOrReplaceTempView("ng_pd");
    Dataset<Row> dyads = dyads();
    Dataset<Row> allPairs = comentions();
    // every pair has at least one article
    long below = minPairArticles <= 1 ? 0 : allPairs.where("articles < " + minPairArticles).count();
    Dataset<Row> comentions = allPairs.where("articles >= " + minPairArticles);
    return new Result(comentions, dyads, actorDaily, below, pairDays);
  }

  /**
   * actor_daily for the dates, over all of ng_m for the rolling windows. One shuffle of the mentions by (date,
   * actor): the per-sentence and per-actor aggregations below then need no other.
   */
  private Dataset<Row> actorDaily(String inDates, LocalDate firstDate) {
    Dataset<Row> actorDaily = spark.sql("""
        WITH ms AS (
          SELECT date, article_id, actor_id, sentence_idx, count(*) AS mentions, first(sentence_tone) AS tone
          FROM (SELECT * FROM ng_m DISTRIBUTE BY date, actor_id)
          GROUP BY date, article_id, actor_id, sentence_idx),
        st AS (
          SELECT date, actor_id, count(DISTINCT article_id) AS articles, sum(mentions) AS mentions,
                 count(*) AS sentences, sum(tone) AS tone_sum, avg(tone) AS tone_mean, stddev_pop(tone) AS tone_std,
                 avg(CASE WHEN tone >= 0.05 THEN 1.0 ELSE 0.0 END) AS pos_share,
                 avg(CASE WHEN tone <= -0.05 THEN 1.0 ELSE 0.0 END) AS neg_share
          FROM ms GROUP BY date, actor_id),
        base AS (
          SELECT st.date, st.actor_id, st.articles, st.mentions, st.sentences, st.tone_sum, st.tone_mean,
                 st.tone_std, st.pos_share, st.neg_share, st.articles / d.day_articles AS share,
                 unix_date(st.date) AS day
          FROM st JOIN ng_days d ON d.date = st.date),
        rolled AS (
          SELECT *,
            sum(articles) OVER w7 AS articles_7d,
            sum(tone_sum) OVER w7 / sum(sentences) OVER w7 AS tone_7d,
            coalesce(sum(articles) OVER w28, 0) AS hist_sum,
            coalesce(sum(articles * articles) OVER w28, 0) AS hist_sq,
            least(%d, datediff(date, DATE'%s')) AS hist_days
          FROM base
          WINDOW w7 AS (PARTITION BY actor_id ORDER BY day RANGE BETWEEN 6 PRECEDING AND CURRENT ROW),
                 w28 AS (PARTITION BY actor_id ORDER BY day RANGE BETWEEN %d PRECEDING AND 1 PRECEDING))
        SELECT actor_id, articles, mentions, sentences, share, tone_mean, tone_std, pos_share, neg_share,
               articles_7d, tone_7d,
               CASE WHEN hist_days >= %d THEN
                 (articles - hist_sum / hist_days)
                   / greatest(1.0, sqrt(greatest(0.0, hist_sq / hist_days - pow(hist_sum / hist_days, 2))))
               END AS zscore_articles,
               CAST(hist_days AS INT) AS history_days,
               date
        FROM rolled WHERE date IN %s"""
        .formatted(SPIKE_WINDOW, firstDate, SPIKE_WINDOW, SPIKE_MIN_HISTORY, inDates))
        .selectExpr("*")
        .withColumn("spike", expr(
            "coalesce(zscore_articles >= %s AND articles >= %d, false)".formatted(SPIKE_Z, SPIKE_MIN_ARTICLES)));
    // keep date last, as in every table
    return actorDaily.select("actor_id", "articles", "mentions", "sentences", "share", "tone_mean", "tone_std",
        "pos_share", "neg_share", "articles_7d", "tone_7d", "zscore_articles", "spike", "history_days", "date");
  }

  /**
   * Per (day, actor_a, actor_b) of the dates: articles, shared sentences, the articles with a shared sentence, the
   * tone sums of the shared sentences, the two actors' articles and the day's articles. One shuffle of the mentions
   * by day; each task then sums a day at a time in memory (DayPairRows), so there is no self-join, no grouping of
   * pair rows by string keys and no join of the marginals back.
   */
  private Dataset<Row> pairDays(String inDates) {
    Dataset<Row> articleMentions = spark.sql(
        "SELECT unix_date(date) AS day, article_id, actor_id, sentence_idx, sentence_tone FROM ng_m WHERE date IN "
            + inDates);
    articleMentions
        .repartition(col("day"))
        // the hash before the id: the sort then compares a long prefix, not the string ids
        .sortWithinPartitions(col("day"), expr("xxhash64(article_id)"), col("article_id"))
        .mapPartitions(DayPairRows.function(), Encoders.row(DayPairRows.SCHEMA))
        .createOrReplaceTempView("ng_dp");
    return spark.sql("""
        SELECT p.*, d.day_articles AS nn
        FROM ng_dp p JOIN ng_days d ON unix_date(d.date) = p.day""");
  }

  /**
   * dyad_daily from ng_pd. tone_std is the population std from the sums: equal tones are given 0 outright, since
   * the sums can leave ~1e-8 there; otherwise the sums lose at most ~1e-12 (on the 128 MB bench corpus: 3e-13, and
   * 3e-9 relative for two nearly equal tones). The shares are DECIMAL(6, 5) rounded half up, as avg() over 1.0 / 0.0
   * gave them.
   */
  private Dataset<Row> dyads() {
    return spark.sql("""
        SELECT actor_a, actor_b, sentences, sentence_articles AS articles, tone_sum / sentences AS tone_mean,
               CASE WHEN tone_min = tone_max THEN 0D
                    ELSE sqrt(greatest(0D, tone_sq / sentences - pow(tone_sum / sentences, 2))) END AS tone_std,
               CAST(CAST(pos AS DECIMAL(12, 1)) / sentences AS DECIMAL(6, 5)) AS pos_share,
               CAST(CAST(neg AS DECIMAL(12, 1)) / sentences AS DECIMAL(6, 5)) AS neg_share,
               date_from_unix_date(day) AS date
        FROM ng_pd WHERE sentences > 0""");
  }

  /** comentions_daily from ng_pd, every pair (the minimum is applied by the caller). */
  private Dataset<Row> comentions() {
    return spark.sql("""
        SELECT k.actor_a, k.actor_b, k.articles, k.sentences,
               CASE WHEN k.sentences > 0 THEN k.tone_sum / k.sentences END AS tone_mean,
               CASE WHEN k.articles = k.nn THEN 1.0
                    ELSE ln((k.articles * k.nn) / (k.articles_a * k.articles_b)) / -ln(k.articles / k.nn) END AS npmi,
               %s AS llr,
               k.articles_a, k.articles_b, k.nn AS day_articles, date_from_unix_date(k.day) AS date
        FROM ng_pd k""".formatted(gSquared("k.articles", "k.articles_a", "k.articles_b", "k.nn")));
  }
}
