package vn.ocop.gateway.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.gateway.Calls;
import vn.ocop.gateway.FakeServices;
import vn.ocop.gateway.Sql;

/**
 * Rotation of the embedded issuer's signing key: the JWKS at each step, old tokens verifying until
 * their key's window closes, new tokens carrying the new kid.
 */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "gateway"))
@QuarkusTestResource(FakeServices.class)
class KeyRotationTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @ConfigProperty(name = "ocop.demo.password")
  String demoPassword;

  @Inject AgroalDataSource dataSource;

  @Inject SigningKeys signingKeys;

  @Test
  void rotationPromotesTheNextKeyKeepsOldTokensValidUntilRetirementAndThenDropsTheKey()
      throws Exception {
    Sql sql = new Sql(dataSource);
    String admin = Calls.accessToken("admin", demoPassword);
    String active = state(sql, "ACTIVE");
    String next = state(sql, "NEXT");
    assertThat(kid(admin)).isEqualTo(active);
    assertThat(jwks()).contains(active, next);
    String before = Calls.accessToken("daklak.officer", demoPassword);

    Response rotated =
        given()
            .header("Authorization", "Bearer " + admin)
            .post("/api/gateway/v1/signing-keys/rotation");
    assertThat(rotated.statusCode()).isEqualTo(200);
    assertThat(rotated.body().asString()).doesNotContain("PRIVATE", "privateKey");
    List<Map<String, Object>> ring = rotated.jsonPath().getList("$");
    assertThat(ring.get(0)).containsEntry("kid", next).containsEntry("state", "ACTIVE");
    assertThat(ring.get(1)).containsEntry("state", "NEXT");
    String newNext = (String) ring.get(1).get("kid");
    assertThat(newNext).isNotIn(active, next);
    Map<String, Object> retired =
        ring.stream().filter(k -> active.equals(k.get("kid"))).findFirst().orElseThrow();
    assertThat(retired).containsEntry("state", "RETIRED");
    OffsetDateTime until = OffsetDateTime.parse((String) retired.get("publishUntil"));
    assertThat(Duration.between(OffsetDateTime.now(), until).toSeconds()).isBetween(900L, 931L);

    // The database: one ACTIVE, one NEXT, the retired key's private half erased.
    assertThat(state(sql, "ACTIVE")).isEqualTo(next);
    assertThat(state(sql, "NEXT")).isEqualTo(newNext);
    assertThat(sql.one("select private_key_pem is null from signing_key where kid = ?", active))
        .isEqualTo("t");

    // The JWKS: the new ACTIVE and NEXT keys, and the retired one while its tokens live.
    assertThat(jwks()).contains(next, newNext, active);
    String after = Calls.accessToken("daklak.officer", demoPassword);
    assertThat(kid(after)).isEqualTo(next);
    for (String token : List.of(before, after)) {
      given()
          .header("Authorization", "Bearer " + token)
          .get("/api/registry/v1/subjects")
          .then()
          .statusCode(200);
    }

    // Once the window closes (moved into the past here) a reload drops the key: its tokens die.
    sql.update(
        "update signing_key set publish_until = now() - interval '1 second' where kid = ?", active);
    signingKeys.reload();
    assertThat(jwks()).contains(next, newNext).doesNotContain(active);
    assertThat(sql.column("select kid from signing_key where kid = ?", active)).isEmpty();
    Response dead =
        given().header("Authorization", "Bearer " + before).get("/api/registry/v1/subjects");
    assertThat(dead.statusCode()).isEqualTo(401);
    given()
        .header("Authorization", "Bearer " + after)
        .get("/api/registry/v1/subjects")
        .then()
        .statusCode(200);
  }

  @Test
  void aReplicaSeesAKeyAnotherReplicaRotatedInAtItsNextReload() throws Exception {
    Sql sql = new Sql(dataSource);
    String active = state(sql, "ACTIVE");
    String next = state(sql, "NEXT");
    // Another replica rotated (the database changed behind this one's back).
    sql.update(
        "update signing_key set state = 'RETIRED', retired_at = now(), publish_until = now() + interval '16 minutes', private_key_pem = null where kid = ?",
        active);
    sql.update("update signing_key set state = 'ACTIVE', activated_at = now() where kid = ?", next);
    signingKeys.reload();

    String token = Calls.accessToken("daklak.officer", demoPassword);
    assertThat(kid(token)).isEqualTo(next);
    String fresh = state(sql, "NEXT");
    assertThat(fresh).isNotIn(active, next);
    assertThat(jwks()).contains(active, next, fresh);
  }

  @Test
  void onlyAnAdminRotates() {
    String officer = Calls.accessToken("ntm.officer", demoPassword);
    Response response =
        given()
            .header("Authorization", "Bearer " + officer)
            .post("/api/gateway/v1/signing-keys/rotation");
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.jsonPath().getString("code")).isEqualTo("FORBIDDEN");
    given().post("/api/gateway/v1/signing-keys/rotation").then().statusCode(401);
  }

  private static String state(Sql sql, String state) {
    return sql.one("select kid from signing_key where state = ?", state);
  }

  private static List<String> jwks() {
    return given()
        .get("/auth/jwks")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("keys.kid", String.class);
  }

  private static String kid(String token) throws Exception {
    return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[0])).get("kid").asText();
  }
}
