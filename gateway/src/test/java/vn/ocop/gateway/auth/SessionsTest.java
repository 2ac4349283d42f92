package vn.ocop.gateway.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.gateway.Calls.GOOD_PASSWORD;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.gateway.Calls;
import vn.ocop.gateway.FakeServices;
import vn.ocop.gateway.LogCapture;
import vn.ocop.gateway.Sql;

/** Lockout after failed sign-ins, and refresh tokens: rotation, reuse, logout, revocation. */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "gateway"))
@QuarkusTestResource(FakeServices.class)
class SessionsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @ConfigProperty(name = "ocop.demo.password")
  String demoPassword;

  @Inject AgroalDataSource dataSource;

  Sql sql;
  String admin;

  @BeforeEach
  void adminSignsIn() {
    sql = new Sql(dataSource);
    admin = Calls.accessToken("admin", demoPassword);
  }

  @Test
  void fiveFailuresLockTheUsernameSoThatEvenTheRightPasswordGets429WithRetryAfter() {
    Calls.ensure(admin, "s.lockme", "advisor", "66");
    Calls.signIn("s.lockme", GOOD_PASSWORD).then().statusCode(200);

    List<String> lines;
    try (LogCapture log = LogCapture.of(Sessions.class)) {
      for (int i = 1; i <= 5; i++) {
        Response failed = Calls.signIn("s.lockme", "wrong password number " + i);
        assertThat(failed.statusCode()).isEqualTo(401);
        assertThat(failed.jsonPath().getString("code")).isEqualTo("INVALID_CREDENTIALS");
      }
      Response locked = Calls.signIn("s.lockme", GOOD_PASSWORD);
      assertThat(locked.statusCode()).isEqualTo(429);
      assertThat(locked.contentType()).startsWith("application/problem+json");
      assertThat(locked.jsonPath().getString("code")).isEqualTo("LOGIN_LOCKED");
      assertThat(Long.parseLong(locked.header("Retry-After"))).isBetween(890L, 901L);
      assertThat(locked.body().asString()).doesNotContain("access_token");
      lines = log.lines();
    }
    assertThat(lines)
        .anyMatch(
            l ->
                l.contains(
                    "sign-in failed: username 's.lockme' from 127.0.0.1 (password), 1 in a row"))
        .anyMatch(l -> l.contains("5 in a row: username locked"))
        .anyMatch(l -> l.contains("sign-in refused: username 's.lockme' is locked until"))
        .noneMatch(l -> l.contains("wrong password number"))
        .noneMatch(l -> l.contains(GOOD_PASSWORD));
    assertThat(
            sql.one(
                "select locked_until > now() + interval '14 minutes' from login_attempt where username_key = 's.lockme'"))
        .isEqualTo("t");

    // An admin lifts the lock; the account then signs in at once.
    Response unlocked =
        given()
            .header("Authorization", "Bearer " + admin)
            .post("/api/gateway/v1/accounts/s.lockme/unlock");
    assertThat(unlocked.statusCode()).isEqualTo(200);
    assertThat(unlocked.jsonPath().getString("lockedUntil")).isNull();
    Calls.signIn("s.lockme", GOOD_PASSWORD).then().statusCode(200);
    assertThat(sql.column("select 1 from login_attempt where username_key = 's.lockme'")).isEmpty();
  }

  @Test
  void aLockedUnknownUsernameAnswersExactlyLikeALockedAccount() {
    Calls.ensure(admin, "s.lockreal", "advisor", "66");
    for (String username : List.of("s.lockreal", "s.nobody")) {
      for (int i = 0; i < 5; i++) {
        Calls.signIn(username, "wrong password " + i).then().statusCode(401);
      }
    }
    Response real = Calls.signIn("s.lockreal", GOOD_PASSWORD);
    Response unknown = Calls.signIn("  S.Nobody ", GOOD_PASSWORD);
    assertThat(real.statusCode()).isEqualTo(429);
    assertThat(unknown.statusCode()).isEqualTo(429);
    assertThat(withoutIds(real)).isEqualTo(withoutIds(unknown));
    assertThat(sql.one("select failures from login_attempt where username_key = 's.nobody'"))
        .isEqualTo("5");
  }

  @Test
  void aSuccessResetsTheCountAndAnExpiredLockCountsAfresh() {
    Calls.ensure(admin, "s.resetcount", "advisor", "66");
    for (int i = 0; i < 4; i++) {
      Calls.signIn("s.resetcount", "wrong " + i).then().statusCode(401);
    }
    Calls.signIn("s.resetcount", GOOD_PASSWORD).then().statusCode(200);
    for (int i = 0; i < 4; i++) {
      Calls.signIn("s.resetcount", "wrong again " + i).then().statusCode(401);
    }
    Calls.signIn("s.resetcount", GOOD_PASSWORD).then().statusCode(200);

    for (int i = 0; i < 5; i++) {
      Calls.signIn("s.resetcount", "wrong " + i).then().statusCode(401);
    }
    Calls.signIn("s.resetcount", GOOD_PASSWORD).then().statusCode(429);
    // The lock runs out (moved into the past here): the right password works again.
    sql.update(
        "update login_attempt set locked_until = now() - interval '1 second' where username_key = 's.resetcount'");
    Calls.signIn("s.resetcount", "one more wrong").then().statusCode(401);
    assertThat(
            sql.one(
                "select failures || '/' || (locked_until is null) from login_attempt where username_key = 's.resetcount'"))
        .isEqualTo("1/true");
    Calls.signIn("s.resetcount", GOOD_PASSWORD).then().statusCode(200);
  }

  @Test
  void refreshRotatesTheTokenAndIssuesAFreshAccessTokenStoredOnlyAsAHash() throws Exception {
    Calls.ensure(admin, "s.refresh", "council-member", "66");
    Response signIn = Calls.signIn("s.refresh", GOOD_PASSWORD);
    String refresh1 = signIn.jsonPath().getString("refresh_token");
    String access1 = signIn.jsonPath().getString("access_token");

    Response refreshed = Calls.refresh(refresh1);
    assertThat(refreshed.statusCode()).isEqualTo(200);
    assertThat(refreshed.header("Cache-Control")).contains("no-store");
    String refresh2 = refreshed.jsonPath().getString("refresh_token");
    String access2 = refreshed.jsonPath().getString("access_token");
    assertThat(refresh2).isNotEqualTo(refresh1).matches("[A-Za-z0-9_-]{43}");
    assertThat(access2).isNotEqualTo(access1);
    JsonNode claims = claims(access2);
    assertThat(claims.get("sub").asText()).isEqualTo("s.refresh");
    assertThat(claims.get("groups").get(0).asText()).isEqualTo("council-member");
    assertThat(claims.get("province").asText()).isEqualTo("66");
    // Rotation does not extend the sign-in.
    assertThat(refreshed.jsonPath().getLong("refresh_expires_in"))
        .isLessThanOrEqualTo(signIn.jsonPath().getLong("refresh_expires_in"));

    assertThat(sql.column("select token_hash from refresh_token where username = 's.refresh'"))
        .contains(RefreshTokens.hash(refresh1), RefreshTokens.hash(refresh2))
        .noneMatch(hash -> hash.equals(refresh1) || hash.equals(refresh2));
    assertThat(
            sql.one(
                "select count(distinct family_id) from refresh_token where token_hash in (?, ?)",
                RefreshTokens.hash(refresh1),
                RefreshTokens.hash(refresh2)))
        .isEqualTo("1");

    // The next one works once too.
    String refresh3 =
        Calls.refresh(refresh2).then().statusCode(200).extract().path("refresh_token");
    assertThat(refresh3).isNotIn(refresh1, refresh2);
  }

  @Test
  void aRefreshTokenUsedTwiceRevokesItsWholeFamilyButNotOtherSignIns() {
    Calls.ensure(admin, "s.theft", "council-member", "66");
    String stolen = Calls.signIn("s.theft", GOOD_PASSWORD).jsonPath().getString("refresh_token");
    String otherDevice =
        Calls.signIn("s.theft", GOOD_PASSWORD).jsonPath().getString("refresh_token");
    String legitimate = Calls.refresh(stolen).jsonPath().getString("refresh_token");

    List<String> lines;
    try (LogCapture log = LogCapture.of(Sessions.class)) {
      Response replay = Calls.refresh(stolen);
      assertThat(replay.statusCode()).isEqualTo(401);
      assertThat(replay.contentType()).startsWith("application/problem+json");
      assertThat(replay.jsonPath().getString("code")).isEqualTo("INVALID_REFRESH_TOKEN");
      lines = log.lines();
    }
    assertThat(lines)
        .anyMatch(
            l -> l.contains("refresh token of s.theft used twice") && l.contains("possible theft"));
    // The token the rotation issued is dead too: the thief and the owner both sign in again.
    Calls.refresh(legitimate).then().statusCode(401);
    assertThat(
            sql.one(
                "select string_agg(distinct revoke_reason, ',') from refresh_token where family_id = (select family_id from refresh_token where token_hash = ?)",
                RefreshTokens.hash(stolen)))
        .isEqualTo("reuse");
    // Another sign-in of the same account is not affected.
    Calls.refresh(otherDevice).then().statusCode(200);
  }

  @Test
  void logoutRevokesTheSignInAndAnswersTheSameForUnknownTokens() {
    Calls.ensure(admin, "s.logout", "advisor", "66");
    String refresh = Calls.signIn("s.logout", GOOD_PASSWORD).jsonPath().getString("refresh_token");

    for (String token : List.of(refresh, "no-such-refresh-token")) {
      given()
          .contentType(ContentType.JSON)
          .body(Map.of("refresh_token", token))
          .post("/auth/logout")
          .then()
          .statusCode(204);
    }
    Calls.refresh(refresh).then().statusCode(401);
    assertThat(
            sql.one(
                "select revoke_reason from refresh_token where token_hash = ?",
                RefreshTokens.hash(refresh)))
        .isEqualTo("logout");
  }

  @Test
  void refreshReadsTheAccountAgainNewRolesApplyAndADisabledAccountGets401() throws Exception {
    Calls.ensure(admin, "s.reread", "advisor", "66");
    String refresh = Calls.signIn("s.reread", GOOD_PASSWORD).jsonPath().getString("refresh_token");

    // A change made outside the API (the demo seeding does this): the next token carries it.
    sql.update("update account set roles = '{council-member}' where username = 's.reread'");
    Response refreshed = Calls.refresh(refresh);
    assertThat(claims(refreshed.jsonPath().getString("access_token")).get("groups").get(0).asText())
        .isEqualTo("council-member");

    sql.update("update account set enabled = false where username = 's.reread'");
    Response disabled = Calls.refresh(refreshed.jsonPath().getString("refresh_token"));
    assertThat(disabled.statusCode()).isEqualTo(401);
    assertThat(disabled.jsonPath().getString("code")).isEqualTo("INVALID_REFRESH_TOKEN");
    assertThat(
            sql.column(
                "select revoke_reason from refresh_token where username = 's.reread' and revoked_at is not null"))
        .contains("account disabled");
    sql.update("update account set enabled = true where username = 's.reread'");
  }

  @Test
  void anExpiredOrMissingRefreshTokenIsRefused() {
    Calls.ensure(admin, "s.expired", "advisor", "66");
    String refresh = Calls.signIn("s.expired", GOOD_PASSWORD).jsonPath().getString("refresh_token");
    sql.update(
        "update refresh_token set expires_at = now() - interval '1 second' where token_hash = ?",
        RefreshTokens.hash(refresh));
    Calls.refresh(refresh).then().statusCode(401);

    Response missing = given().contentType(ContentType.JSON).body("{}").post("/auth/refresh");
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(missing.jsonPath().getList("errors.field")).containsExactly("refresh_token");
  }

  private static JsonNode claims(String token) throws Exception {
    return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
  }

  private static String withoutIds(Response response) {
    return response
        .body()
        .asString()
        .replace(response.jsonPath().getString("requestId"), "")
        .replaceAll("\"retryAfter\":\\d+", "");
  }
}
