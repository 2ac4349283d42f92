package vn.ocop.plan.support;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Direct reads of the service's tables, to assert what was (not) written. */
public final class Tables {
  private Tables() {}

  public static long count(String sql, Object... parameters) {
    AgroalDataSource dataSource = Arc.container().instance(AgroalDataSource.class).get();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rs = statement.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public static boolean consumed(String eventId) {
    return consumed("plan.certificate-facts", eventId);
  }

  /** Whether the consumer applied (or skipped) the event. */
  public static boolean consumed(String consumer, String eventId) {
    return count(
            "select count(*) from consumed_event where consumer = ? and event_id = ?",
            consumer,
            eventId)
        == 1;
  }

  /** The first column of every row, as strings. */
  public static List<String> strings(String sql, Object... parameters) {
    AgroalDataSource dataSource = Arc.container().instance(AgroalDataSource.class).get();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      List<String> values = new ArrayList<>();
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          values.add(rs.getString(1));
        }
      }
      return values;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Runs a statement (test set-up and clean-up); returns the rows changed. */
  public static int execute(String sql, Object... parameters) {
    AgroalDataSource dataSource = Arc.container().instance(AgroalDataSource.class).get();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
