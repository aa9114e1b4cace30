package io.newsgraph.pipeline;

import java.io.Serializable;
import java.util.Iterator;
import java.util.function.Function;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;

/**
 * A mapPartitions function that sets up its per-task state once (annotator, hasher), then maps row
 * by row.
 */
final class RowMapping {

  /**
   * Called once per task, on the executor; the function it returns may hold buffers (one task, one
   * thread).
   */
  interface PerTask extends Serializable {
    Function<Row, Row> open();
  }

  private RowMapping() {}

  static MapPartitionsFunction<Row, Row> of(PerTask setup) {
    return rows -> {
      Function<Row, Row> f = setup.open();
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return rows.hasNext();
        }

        @Override
        public Row next() {
          return f.apply(rows.next());
        }
      };
    };
  }
}
