package vn.ocop.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import java.net.ServerSocket;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import vn.ocop.platform.problem.Problem;
import vn.ocop.platform.problem.ProblemMappers;

class DatabaseOutageTest {

  /** What the PostgreSQL driver really throws when nothing listens on the port. */
  private static SQLException refusedConnection() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    try {
      DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/ocop", "ocop", "x")
          .close();
    } catch (SQLException e) {
      return e;
    }
    throw new AssertionError("something listens on port " + port);
  }

  @Test
  void aRefusedConnectionWrappedByTheOrmIsA503WithRetryAfter() throws Exception {
    SQLException refused = refusedConnection();
    assertThat(refused.getSQLState()).startsWith("08");

    Response answer =
        new ProblemMappers()
            .unexpected(
                new PersistenceException("Unable to acquire JDBC Connection", refused), null);

    assertThat(answer.getStatus()).isEqualTo(503);
    assertThat(answer.getHeaderString("Retry-After")).isEqualTo("5");
    Problem body = (Problem) answer.getEntity();
    assertThat(body.code()).isEqualTo("DATABASE_UNAVAILABLE");
    assertThat(body.status()).isEqualTo(503);
    assertThat(body.detail()).contains("nothing was changed").doesNotContain("127.0.0.1");
  }

  @Test
  void theServerShuttingDownAndThePoolTimingOutAreOutagesToo() {
    assertThat(
            DatabaseOutage.isCause(
                new RuntimeException(
                    new SQLException(
                        "terminating connection due to administrator command", "57P01"))))
        .isTrue();
    assertThat(DatabaseOutage.isCause(new SQLException("too many clients", "53300"))).isTrue();
    assertThat(DatabaseOutage.isCause(new SQLException("Sorry, acquisition timeout!"))).isTrue();
  }

  @Test
  void aDefectStaysA500() {
    assertThat(DatabaseOutage.isCause(new SQLException("duplicate key", "23505"))).isFalse();
    assertThat(DatabaseOutage.isCause(new SQLException("syntax error", "42601"))).isFalse();
    assertThat(DatabaseOutage.isCause(new IllegalStateException("bug"))).isFalse();

    Response answer = new ProblemMappers().unexpected(new IllegalStateException("bug"), null);
    assertThat(answer.getStatus()).isEqualTo(500);
    assertThat(((Problem) answer.getEntity()).code()).isEqualTo("INTERNAL_ERROR");
  }
}
