package vn.ocop.registry.support;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Direct reads of the registry's tables, to assert what was (not) written. */
public final class Db {
  private Db() {}

  /** The single number a {@code select count(*) ...} query answers. */
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
      throw new IllegalStateException(sql, e);
    }
  }

  /** Rows written by any feature: subjects, products, certificates and outbox events. */
  public static long writes() {
    return count(
        "select (select count(*) from subject) + (select count(*) from product)"
            + " + (select count(*) from certificate) + (select count(*) from outbox_event)");
  }
}
