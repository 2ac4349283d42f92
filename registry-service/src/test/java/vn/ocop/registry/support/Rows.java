package vn.ocop.registry.support;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Rows of the registry's tables as maps (column label → value), to assert what was written. */
public final class Rows {
  private Rows() {}

  public static List<Map<String, Object>> list(String sql, Object... parameters) {
    AgroalDataSource dataSource = Arc.container().instance(AgroalDataSource.class).get();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rs = statement.executeQuery()) {
        ResultSetMetaData meta = rs.getMetaData();
        List<Map<String, Object>> rows = new ArrayList<>();
        while (rs.next()) {
          Map<String, Object> row = new LinkedHashMap<>();
          for (int c = 1; c <= meta.getColumnCount(); c++) {
            Object value = rs.getObject(c);
            row.put(meta.getColumnLabel(c), value == null ? null : value.toString());
          }
          rows.add(row);
        }
        return rows;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** The one row a query answers (values as strings), failing if there is not exactly one. */
  public static Map<String, Object> single(String sql, Object... parameters) {
    List<Map<String, Object>> rows = list(sql, parameters);
    if (rows.size() != 1) {
      throw new AssertionError("expected 1 row, got " + rows.size() + " for " + sql);
    }
    return rows.get(0);
  }
}
