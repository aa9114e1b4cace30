package io.newsgraph.pipeline;

import java.time.LocalDate;
import java.util.Collection;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
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

  record Result(Dataset<Row> comentions, Dataset<Row> dyads, Dataset<Row> actorDaily, long pairsBelowMinimum) {}

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

    spark.sql("""
        SELECT date, article_id, actor_id, sentence_idx, first(sentence_tone) AS tone
        FROM ng_m GROUP BY date, article_id, actor_id, sentence_idx""").createOrReplaceTempView("ng_ms");
    spark.sql("SELECT date, count(*) AS day_articles FROM ng_t GROUP BY date").createOrReplaceTempView("ng_days");
    spark.sql("SELECT DISTINCT date, article_id, actor_id FROM ng_m WHERE date IN " + inDates)
        .createOrReplaceTempView("ng_pa");

    Dataset<Row> actorDaily = spark.sql("""
        WITH mc AS (
          SELECT date, actor_id, count(*) AS mentions, count(DISTINCT article_id) AS articles
          FROM ng_m GROUP BY date, actor_id),
        st AS (
          SELECT date, actor_id, count(*) AS sentences, sum(tone) AS tone_sum, avg(tone) AS tone_mean,
                 stddev_pop(tone) AS tone_std,
                 avg(CASE WHEN tone >= 0.05 THEN 1.0 ELSE 0.0 END) AS pos_share,
                 avg(CASE WHEN tone <= -0.05 THEN 1.0 ELSE 0.0 END) AS neg_share
          FROM ng_ms GROUP BY date, actor_id),
        base AS (
          SELECT mc.date, mc.actor_id, mc.articles, mc.mentions, st.sentences, st.tone_sum, st.tone_mean,
                 st.tone_std, st.pos_share, st.neg_share, mc.articles / d.day_articles AS share,
                 unix_date(mc.date) AS day
          FROM mc JOIN st ON mc.date = st.date AND mc.actor_id = st.actor_id
                  JOIN ng_days d ON d.date = mc.date),
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
        .withColumn("spike", org.apache.spark.sql.functions.expr(
            "coalesce(zscore_articles >= %s AND articles >= %d, false)".formatted(SPIKE_Z, SPIKE_MIN_ARTICLES)));
    // keep date last, as in every table
    actorDaily = actorDaily.select("actor_id", "articles", "mentions", "sentences", "share", "tone_mean", "tone_std",
        "pos_share", "neg_share", "articles_7d", "tone_7d", "zscore_articles", "spike", "history_days", "date");

    Dataset<Row> dyads = spark.sql("""
        SELECT a.actor_id AS actor_a, b.actor_id AS actor_b, count(*) AS sentences,
               count(DISTINCT a.article_id) AS articles, avg(a.tone) AS tone_mean, stddev_pop(a.tone) AS tone_std,
               avg(CASE WHEN a.tone >= 0.05 THEN 1.0 ELSE 0.0 END) AS pos_share,
               avg(CASE WHEN a.tone <= -0.05 THEN 1.0 ELSE 0.0 END) AS neg_share,
               a.date
        FROM ng_ms a JOIN ng_ms b
          ON a.date = b.date AND a.article_id = b.article_id AND a.sentence_idx = b.sentence_idx
         AND a.actor_id < b.actor_id
        WHERE a.date IN %s
        GROUP BY a.date, a.actor_id, b.actor_id""".formatted(inDates));
    dyads.createOrReplaceTempView("ng_dyads");

    Dataset<Row> allPairs = spark.sql("""
        WITH na AS (SELECT date, actor_id, count(*) AS n FROM ng_pa GROUP BY date, actor_id),
        pairs AS (
          SELECT a.date, a.actor_id AS actor_a, b.actor_id AS actor_b, count(*) AS articles
          FROM ng_pa a JOIN ng_pa b ON a.date = b.date AND a.article_id = b.article_id AND a.actor_id < b.actor_id
          GROUP BY a.date, a.actor_id, b.actor_id),
        k AS (
          SELECT p.date, p.actor_id_a, p.actor_id_b, p.articles, ca.n AS articles_a, cb.n AS articles_b,
                 d.day_articles AS nn
          FROM (SELECT date, actor_a AS actor_id_a, actor_b AS actor_id_b, articles FROM pairs) p
          JOIN na ca ON ca.date = p.date AND ca.actor_id = p.actor_id_a
          JOIN na cb ON cb.date = p.date AND cb.actor_id = p.actor_id_b
          JOIN ng_days d ON d.date = p.date)
        SELECT k.actor_id_a AS actor_a, k.actor_id_b AS actor_b, k.articles,
               coalesce(y.sentences, 0) AS sentences, y.tone_mean,
               CASE WHEN k.articles = k.nn THEN 1.0
                    ELSE ln((k.articles * k.nn) / (k.articles_a * k.articles_b)) / -ln(k.articles / k.nn) END AS npmi,
               %s AS llr,
               k.articles_a, k.articles_b, k.nn AS day_articles, k.date
        FROM k LEFT JOIN ng_dyads y ON y.date = k.date AND y.actor_a = k.actor_id_a AND y.actor_b = k.actor_id_b
        """.formatted(gSquared("k.articles", "k.articles_a", "k.articles_b", "k.nn")));
    allPairs = allPairs.persist();
    long below = allPairs.where("articles < " + minPairArticles).count();
    Dataset<Row> comentions = allPairs.where("articles >= " + minPairArticles);
    return new Result(comentions, dyads, actorDaily, below);
  }
}
