package io.newsgraph.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reads the warehouse back with DuckDB, a Parquet reader that is not Spark. */
public final class Duck implements AutoCloseable {

  private final Connection conn;
  private final Path warehouse;

  public Duck(Path warehouse) throws SQLException {
    this.conn = DriverManager.getConnection("jdbc:duckdb:");
    this.warehouse = warehouse;
  }

  /** {@code t('mentions')} style: a FROM clause for a table of the warehouse. */
  public String table(String name) {
    boolean partitioned = !name.equals("actors");
    return "read_parquet('"
        + warehouse.resolve(name)
        + (partitioned ? "/*/*.parquet" : "/*.parquet")
        + "', hive_partitioning = "
        + partitioned
        + ")";
  }

  public long count(String sql) throws SQLException {
    try (Statement s = conn.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  public List<List<Object>> rows(String sql) throws SQLException {
    List<List<Object>> out = new ArrayList<>();
    try (Statement s = conn.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      int n = r.getMetaData().getColumnCount();
      while (r.next()) {
        List<Object> row = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
          row.add(r.getObject(i));
        }
        out.add(row);
      }
    }
    return out;
  }

  @Override
  public void close() throws SQLException {
    conn.close();
  }
}
