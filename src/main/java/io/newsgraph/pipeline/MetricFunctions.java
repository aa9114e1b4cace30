package io.newsgraph.pipeline;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;

import io.newsgraph.metrics.CoOccurrence;
import io.newsgraph.metrics.Moments;
import io.newsgraph.metrics.SeriesHistory;
import io.newsgraph.metrics.SpikeRule;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.api.java.UDF4;

/**
 * The figures of io.newsgraph.metrics as SQL functions of a session, so the aggregate stage's SQL
 * calls the tested Java arithmetic instead of spelling it out. Null in, null out; NaN (no score)
 * out as null.
 */
final class MetricFunctions {

  private MetricFunctions() {}

  /**
   * ng_npmi, ng_llr, ng_llr_signed (both, with_a, with_b, total: longs); ng_std (count, sum, sum of
   * squares); ng_history_days (day, first_day: epoch days) over {@code history}; ng_spike_z (today,
   * history_days, sum, sum of squares); ng_spike (today, z).
   */
  static void register(SparkSession spark, SeriesHistory history) {
    spark
        .udf()
        .register(
            "ng_npmi",
            (UDF4<Long, Long, Long, Long, Double>)
                (ab, a, b, n) ->
                    ab == null || a == null || b == null || n == null
                        ? null
                        : CoOccurrence.npmi(ab, a, b, n),
            DoubleType);
    spark
        .udf()
        .register(
            "ng_llr",
            (UDF4<Long, Long, Long, Long, Double>)
                (ab, a, b, n) ->
                    ab == null || a == null || b == null || n == null
                        ? null
                        : CoOccurrence.gSquared(ab, a, b, n),
            DoubleType);
    spark
        .udf()
        .register(
            "ng_llr_signed",
            (UDF4<Long, Long, Long, Long, Double>)
                (ab, a, b, n) ->
                    ab == null || a == null || b == null || n == null
                        ? null
                        : CoOccurrence.signedGSquared(ab, a, b, n),
            DoubleType);
    spark
        .udf()
        .register(
            "ng_std",
            (UDF3<Long, Double, Double, Double>)
                (n, sum, sq) ->
                    n == null || sum == null || sq == null || n == 0
                        ? null
                        : Math.sqrt(Moments.variance(n, sum, sq)),
            DoubleType);
    spark
        .udf()
        .register(
            "ng_history_days",
            (UDF2<Integer, Integer, Integer>)
                (day, first) ->
                    day == null || first == null ? null : history.historyDays(day, first),
            IntegerType);
    spark
        .udf()
        .register(
            "ng_spike_z",
            (UDF4<Long, Integer, Long, Long, Double>)
                (today, days, sum, sq) -> {
                  if (today == null || days == null || sum == null || sq == null) {
                    return null;
                  }
                  double z = SpikeRule.zScore(today, days, sum, sq);
                  return Double.isNaN(z) ? null : z;
                },
            DoubleType);
    spark
        .udf()
        .register(
            "ng_spike",
            (UDF2<Long, Double, Boolean>)
                (today, z) -> today != null && z != null && SpikeRule.spike(today, z),
            BooleanType);
  }
}
