package vn.ocop.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class DevStackTest {

  @Test
  void startsARealPostgresAndAKafkaBrokerThatSurvivesARestart() throws Exception {
    DevStack stack = DevStack.shared();
    String url = stack.postgres().createDatabase("devstack_check");
    try (Connection connection = DriverManager.getConnection(url, EmbeddedPostgresServer.USER, "");
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("show server_version")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).startsWith("17.");
    }
    // Creating it twice is allowed: ./ocop up does it on every start.
    assertThat(stack.postgres().createDatabase("devstack_check")).isEqualTo(url);

    EmbeddedKafkaBroker kafka = stack.kafka();
    assertThat(kafka.isRunning()).isTrue();
    assertThat(Ports.isOpen(kafka.port())).isTrue();
    kafka.kill();
    assertThat(kafka.isRunning()).isFalse();
    assertThat(Ports.isOpen(kafka.port())).isFalse();
    kafka.start();
    assertThat(kafka.isRunning()).isTrue();
    assertThat(Ports.isOpen(kafka.port())).isTrue();
  }
}
