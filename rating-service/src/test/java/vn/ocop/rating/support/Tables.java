package vn.ocop.rating.support;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Direct reads of the service's database, to assert what was (not) written. */
public final class Tables {
  private Tables() {}

  /** Rows of a table, e.g. {@code count("dossier")}. */
  public static long count(String table) {
    return count("select count(*) from " + table, List.of());
  }

  /** The first column of the first row of a counting query with positional parameters. */
  public static long count(String sql, List<Object> parameters) {
    List<Map<String, Object>> rows = query(sql, parameters);
    return ((Number) rows.get(0).values().iterator().next()).longValue();
  }

  /** Counts of the tables a request could write to, to compare before and after. */
  public static Map<String, Long> snapshot() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table :
        List.of(
            "cycle",
            "council",
            "council_member",
            "dossier",
            "score_sheet",
            "recognition_decision",
            "outbox_event")) {
      counts.put(table, count(table));
    }
    return counts;
  }

  public static List<Map<String, Object>> query(String sql, List<Object> parameters) {
    AgroalDataSource dataSource = Arc.container().instance(AgroalDataSource.class).get();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.size(); i++) {
        statement.setObject(i + 1, parameters.get(i));
      }
      try (ResultSet rs = statement.executeQuery()) {
        List<Map<String, Object>> rows = new ArrayList<>();
        int columns = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          Map<String, Object> row = new LinkedHashMap<>();
          for (int c = 1; c <= columns; c++) {
            row.put(rs.getMetaData().getColumnLabel(c), rs.getObject(c));
          }
          rows.add(row);
        }
        return rows;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }
}
