package vn.ocop.devstack.fuzz;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * The row count of every table of a service's database (outbox and audit included), read in one
 * UNION ALL query: equal before and after a request means the request wrote no record.
 */
public final class DatabaseFingerprint {
  private final DataSource dataSource;
  private final Set<String> ignored;
  private String query;

  /**
   * @param ignored tables ({@code schema.table}) that a refused request may write on purpose, such
   *     as a record of failed sign-ins
   */
  public DatabaseFingerprint(DataSource dataSource, Set<String> ignored) {
    this.dataSource = dataSource;
    this.ignored = Set.copyOf(ignored);
  }

  public Map<String, Long> read() {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      if (query == null) {
        query = query(statement);
      }
      Map<String, Long> counts = new TreeMap<>();
      try (ResultSet rows = statement.executeQuery(query)) {
        while (rows.next()) {
          counts.put(rows.getString(1), rows.getLong(2));
        }
      }
      return counts;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the database fingerprint", e);
    }
  }

  /**
   * Up to {@code perTable} ids of every table with a uuid {@code id} column: real records for path
   * parameters to aim at, in a service whose tests leave records behind.
   */
  public List<String> sampleIds(int perTable) {
    List<String> ids = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rows =
          statement.executeQuery(
              "SELECT table_schema || '.\"' || table_name || '\"' FROM information_schema.columns"
                  + " WHERE column_name = 'id' AND data_type = 'uuid'"
                  + " AND table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1")) {
        while (rows.next()) {
          tables.add(rows.getString(1));
        }
      }
      for (String table : tables) {
        try (ResultSet rows =
            statement.executeQuery(
                "SELECT id::text FROM " + table + " ORDER BY id LIMIT " + perTable)) {
          while (rows.next()) {
            ids.add(rows.getString(1));
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot sample ids", e);
    }
    return ids;
  }

  /** The tables whose counts differ, as {@code table: before → after}. */
  public static List<String> differences(Map<String, Long> before, Map<String, Long> after) {
    List<String> differences = new ArrayList<>();
    after.forEach(
        (table, count) -> {
          Long was = before.get(table);
          if (!count.equals(was)) {
            differences.add(table + ": " + was + " → " + count);
          }
        });
    return differences;
  }

  private String query(Statement statement) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (ResultSet rows =
        statement.executeQuery(
            "SELECT table_schema || '.' || table_name FROM information_schema.tables"
                + " WHERE table_type = 'BASE TABLE'"
                + " AND table_schema NOT IN ('pg_catalog', 'information_schema')"
                + " AND table_name NOT LIKE 'flyway%' ORDER BY 1")) {
      while (rows.next()) {
        String table = rows.getString(1);
        if (!ignored.contains(table)) {
          tables.add(table);
        }
      }
    }
    if (tables.isEmpty()) {
      throw new IllegalStateException("the database has no tables to watch");
    }
    List<String> selects = new ArrayList<>();
    for (String table : tables) {
      String[] parts = table.split("\\.", 2);
      selects.add(
          "SELECT '" + table + "', count(*) FROM \"" + parts[0] + "\".\"" + parts[1] + "\"");
    }
    return String.join(" UNION ALL ", selects);
  }
}
