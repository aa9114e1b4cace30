package io.newsgraph.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every table of a warehouse as sorted rows, without the columns that name the run (run_id) so two
 * warehouses built by different runs compare equal when their content is. Doubles are rounded to 9
 * significant digits: sums taken in another order differ in the last bits.
 */
public final class WarehouseSnapshot {

  public static final List<String> TABLES =
      List.of(
          "articles",
          "rejects",
          "mentions",
          "article_tone",
          "comentions_daily",
          "dyad_daily",
          "actor_daily",
          "actors",
          "discovered_daily");

  private WarehouseSnapshot() {}

  public static Map<String, List<List<Object>>> of(Path warehouse, List<String> tables)
      throws SQLException {
    Map<String, List<List<Object>>> out = new LinkedHashMap<>();
    try (Duck duck = new Duck(warehouse)) {
      for (String t : tables) {
        if (!Files.isDirectory(warehouse.resolve(t))) {
          out.put(t, List.of());
          continue;
        }
        String cols = t.equals("articles") || t.equals("rejects") ? "* EXCLUDE (run_id)" : "*";
        String sql = "SELECT " + cols + " FROM " + duck.table(t) + " ORDER BY ALL";
        List<List<Object>> rows = new ArrayList<>();
        for (List<Object> r : duck.rows(sql)) {
          List<Object> norm = new ArrayList<>(r.size());
          for (Object o : r) {
            norm.add(o instanceof Double d ? round(d) : o == null ? null : o.toString());
          }
          rows.add(norm);
        }
        out.put(t, rows);
      }
    }
    return out;
  }

  private static Object round(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d) || d == 0) {
      return d;
    }
    return new java.math.BigDecimal(d).round(new java.math.MathContext(9)).doubleValue();
  }
}
