package vn.ocop.gateway.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.gateway.FakeServices;

@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "gateway"))
@QuarkusTestResource(FakeServices.class)
class DemoAccountsTest {
  @ConfigProperty(name = "ocop.demo.password")
  String demoPassword;

  @Inject DemoAccounts demoAccounts;

  @Inject AgroalDataSource dataSource;

  @Test
  void disabledAccountGetsTheSameAnswerAsAWrongPassword() throws SQLException {
    update("update account set enabled = false where username = 'daklak.member2'");
    try {
      Response response = login("daklak.member2", demoPassword);
      assertThat(response.statusCode()).isEqualTo(401);
      assertThat(response.jsonPath().getString("code")).isEqualTo("INVALID_CREDENTIALS");
      assertThat(response.jsonPath().getString("detail"))
          .isEqualTo(login("daklak.member2", "wrong").jsonPath().getString("detail"));
    } finally {
      update("update account set enabled = true where username = 'daklak.member2'");
    }
  }

  @Test
  void restartRestoresADemoAccountsPasswordRolesAndScopeWithoutAddingAccounts()
      throws SQLException {
    update(
        "update account set password_hash = '"
            + BcryptUtil.bcryptHash("an older demo password", 10)
            + "', roles = '{}', province_code = null where username = 'daklak.advisor'");
    assertThat(login("daklak.advisor", demoPassword).statusCode()).isEqualTo(401);
    // Other test classes of this module add accounts of their own to the shared database.
    String accountsBefore = query("select count(*) from account");

    demoAccounts.seedAtStart(new StartupEvent());
    demoAccounts.seedAtStart(new StartupEvent());

    Response response = login("daklak.advisor", demoPassword);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(
            query(
                "select array_to_string(roles, ',') || '/' || province_code"
                    + " from account where username = 'daklak.advisor'"))
        .isEqualTo("advisor/66");
    assertThat(query("select count(*) from account")).isEqualTo(accountsBefore);
    String demo =
        DemoAccounts.ACCOUNTS.stream()
            .map(a -> "'" + a.username() + "'")
            .collect(java.util.stream.Collectors.joining(","));
    assertThat(query("select count(*) from account where username in (" + demo + ")"))
        .isEqualTo("10");
    assertThat(
            query(
                "select count(distinct password_hash) from account where username in ("
                    + demo
                    + ")"))
        .isEqualTo("1");
  }

  private static Response login(String username, String password) {
    return given()
        .contentType(ContentType.JSON)
        .body(Map.of("username", username, "password", password))
        .post("/auth/token");
  }

  private void update(String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.executeUpdate();
    }
  }

  private String query(String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet rows = statement.executeQuery()) {
      assertThat(rows.next()).isTrue();
      return rows.getString(1);
    }
  }
}
