package vn.ocop.rating.support;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/**
 * Council sessions for the paperwork tests. No endpoint groups dossiers into sessions yet, so the
 * tests write {@code dossier.session_id} directly, as the session feature will.
 */
public final class PaperSessions {
  private PaperSessions() {}

  /** Puts the dossiers into a new session and returns its id. */
  public static UUID group(List<String> dossierIds) {
    UUID sessionId = UUID.randomUUID();
    AgroalDataSource dataSource = Arc.container().instance(AgroalDataSource.class).get();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement("update dossier set session_id = ? where id = ?::uuid")) {
      for (String dossierId : dossierIds) {
        statement.setObject(1, sessionId);
        statement.setString(2, dossierId);
        statement.executeUpdate();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return sessionId;
  }
}
