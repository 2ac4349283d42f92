package vn.ocop.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.gateway.account.DemoAccounts;

@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "gateway"))
@QuarkusTestResource(FakeServices.class)
class AuthTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @ConfigProperty(name = "ocop.demo.password")
  String demoPassword;

  @Inject AgroalDataSource dataSource;

  @Test
  void provinceOfficerGetsATokenCarryingRolesProvinceIssuerAndKeyId() throws Exception {
    long before = Instant.now().getEpochSecond();
    Response response =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("username", "daklak.officer", "password", demoPassword))
            .post("/auth/token");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.header("Cache-Control")).contains("no-store");
    assertThat(response.jsonPath().getString("token_type")).isEqualTo("Bearer");
    assertThat(response.jsonPath().getInt("expires_in")).isEqualTo(900);
    String token = response.jsonPath().getString("access_token");
    // The refresh token is opaque: 256 random bits, base64url, and no JWT.
    assertThat(response.jsonPath().getString("refresh_token")).matches("[A-Za-z0-9_-]{43}");
    assertThat(response.jsonPath().getLong("refresh_expires_in")).isBetween(43_190L, 43_200L);

    JsonNode header = part(token, 0);
    JsonNode claims = part(token, 1);
    assertThat(header.get("alg").asText()).isEqualTo("RS256");
    assertThat(header.get("kid").asText()).isEqualTo(activeKidInDatabase());
    assertThat(claims.get("iss").asText()).isEqualTo("https://ocop.local/gateway");
    assertThat(claims.get("aud").asText()).isEqualTo("ocop-api");
    assertThat(claims.get("sub").asText()).isEqualTo("daklak.officer");
    assertThat(claims.get("upn").asText()).isEqualTo("daklak.officer");
    assertThat(texts(claims.get("groups"))).containsExactly("province-officer");
    assertThat(claims.get("province").asText()).isEqualTo("66");
    assertThat(claims.has("commune")).isFalse();
    assertThat(claims.has("subject_id")).isFalse();
    assertThat(claims.get("jti").asText()).isNotBlank();
    long exp = claims.get("exp").asLong();
    assertThat(exp - claims.get("iat").asLong()).isEqualTo(900);
    assertThat(exp).isBetween(before + 900, Instant.now().getEpochSecond() + 900);
  }

  @Test
  void nationalAccountsCarryNoProvinceAndCommuneOfficersCarryTheirCommune() throws Exception {
    JsonNode national = part(login("ntm.officer", demoPassword), 1);
    assertThat(texts(national.get("groups"))).containsExactly("national-officer");
    assertThat(national.has("province")).isFalse();

    JsonNode commune = part(login("daklak.commune", demoPassword), 1);
    assertThat(texts(commune.get("groups"))).containsExactly("commune-officer");
    assertThat(commune.get("province").asText()).isEqualTo("66");
    assertThat(commune.get("commune").asText()).isEqualTo("24133");
  }

  @Test
  void usernameIsMatchedWithoutRegardToCaseOrSurroundingSpaces() throws Exception {
    JsonNode claims = part(login("  DakLak.Officer ", demoPassword), 1);
    assertThat(claims.get("sub").asText()).isEqualTo("daklak.officer");
  }

  @Test
  void wrongPasswordAndUnknownUserGetTheSameUnauthorizedProblem() {
    Response wrongPassword =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("username", "daklak.officer", "password", demoPassword + "x"))
            .post("/auth/token");
    Response unknownUser =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("username", "nobody.here", "password", demoPassword))
            .post("/auth/token");

    for (Response response : List.of(wrongPassword, unknownUser)) {
      assertThat(response.statusCode()).isEqualTo(401);
      assertThat(response.contentType()).startsWith("application/problem+json");
      assertThat(response.jsonPath().getString("code")).isEqualTo("INVALID_CREDENTIALS");
      assertThat(response.jsonPath().getString("requestId"))
          .isEqualTo(response.header("X-Request-Id"));
    }
    assertThat(withoutRequestId(wrongPassword)).isEqualTo(withoutRequestId(unknownUser));
    assertThat(wrongPassword.body().asString()).doesNotContain("access_token");
  }

  @Test
  void missingPasswordIsABadRequestNamingTheField() {
    Response response =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("username", "daklak.officer"))
            .post("/auth/token");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.jsonPath().getString("code")).isEqualTo("VALIDATION_FAILED");
    assertThat(response.jsonPath().getList("errors.field")).containsExactly("password");
    assertThat(response.jsonPath().getList("errors.rule")).containsExactly("NotBlank");
  }

  @Test
  void blankUsernameAndOverlongPasswordAreBothNamed() {
    Response response =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("username", " ", "password", "p".repeat(201)))
            .post("/auth/token");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.jsonPath().getList("errors.field")).containsExactly("password", "username");
    assertThat(response.jsonPath().getList("errors.rule")).containsExactly("Size", "NotBlank");
  }

  @Test
  void malformedJsonIsABadRequestNamingTheBody() {
    Response response =
        given()
            .contentType(ContentType.JSON)
            .body("{\"username\": \"daklak.officer\",")
            .post("/auth/token");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.jsonPath().getString("code")).isEqualTo("MALFORMED_REQUEST");
    assertThat(response.jsonPath().getList("errors.field")).containsExactly("body");
    assertThat(response.jsonPath().getList("errors.rule")).containsExactly("syntax");
  }

  @Test
  void missingBodyIsABadRequestNamingTheBody() {
    Response response = given().contentType(ContentType.JSON).post("/auth/token");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.jsonPath().getList("errors.field")).containsExactly("body");
    assertThat(response.jsonPath().getList("errors.rule")).containsExactly("NotNull");
  }

  @Test
  void jwksHoldsTheTokensKeyAndThatKeyVerifiesTheSignature() throws Exception {
    String token = login("daklak.chair", demoPassword);
    String kid = part(token, 0).get("kid").asText();

    JsonNode jwks =
        JSON.readTree(given().get("/auth/jwks").then().statusCode(200).extract().asString());
    JsonNode key = null;
    for (JsonNode candidate : jwks.get("keys")) {
      if (candidate.get("kid").asText().equals(kid)) {
        key = candidate;
      }
    }
    assertThat(key).as("JWKS entry for kid %s", kid).isNotNull();
    assertThat(key.get("kty").asText()).isEqualTo("RSA");
    assertThat(key.get("use").asText()).isEqualTo("sig");
    assertThat(key.get("alg").asText()).isEqualTo("RS256");

    PublicKey publicKey =
        KeyFactory.getInstance("RSA")
            .generatePublic(
                new RSAPublicKeySpec(
                    unsigned(key.get("n").asText()), unsigned(key.get("e").asText())));
    String[] parts = token.split("\\.");
    Signature rs256 = Signature.getInstance("SHA256withRSA");
    rs256.initVerify(publicKey);
    rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
    assertThat(rs256.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();

    // ... and a changed payload no longer verifies with it.
    String forgedPayload =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                    .replace("\"66\"", "\"68\"")
                    .getBytes(StandardCharsets.UTF_8));
    rs256.initVerify(publicKey);
    rs256.update((parts[0] + "." + forgedPayload).getBytes(StandardCharsets.US_ASCII));
    assertThat(rs256.verify(Base64.getUrlDecoder().decode(parts[2]))).isFalse();
  }

  @Test
  void exactlyOneKeySignsAndTheJwksPublishesItTheNextOneAndNoExpiredOne() throws Exception {
    List<String> published = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "select kid from signing_key where state in ('ACTIVE', 'NEXT')"
                    + " or publish_until > now() order by kid")) {
      while (rows.next()) {
        published.add(rows.getString(1));
      }
    }
    assertThat(published).hasSizeGreaterThanOrEqualTo(2);
    assertThat(given().get("/auth/jwks").jsonPath().getList("keys.kid", String.class))
        .containsExactlyInAnyOrderElementsOf(published)
        .contains(activeKidInDatabase());
  }

  @Test
  void demoAccountsAreSeededOnceWithBcryptHashesOfTheDemoPassword() throws Exception {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "select username, password_hash, array_to_string(roles, ','), province_code"
                    + " from account where username in ("
                    + DemoAccounts.ACCOUNTS.stream()
                        .map(a -> "'" + a.username() + "'")
                        .collect(java.util.stream.Collectors.joining(","))
                    + ") order by username")) {
      List<String> usernames = new ArrayList<>();
      while (rows.next()) {
        usernames.add(rows.getString(1));
        String hash = rows.getString(2);
        assertThat(hash).startsWith("$2").doesNotContain(demoPassword);
        assertThat(Integer.parseInt(hash.substring(4, 6))).isGreaterThanOrEqualTo(10);
        assertThat(BcryptUtil.matches(demoPassword, hash)).isTrue();
        if (rows.getString(1).equals("lamdong.officer")) {
          assertThat(rows.getString(3)).isEqualTo("province-officer");
          assertThat(rows.getString(4)).isEqualTo("68");
        }
      }
      assertThat(usernames)
          .containsExactlyInAnyOrderElementsOf(
              DemoAccounts.ACCOUNTS.stream().map(DemoAccounts.DemoAccount::username).toList());
    }
  }

  @Test
  void openApiDocumentDescribesTheTokenOperations() {
    String document =
        given()
            .queryParam("format", "json")
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(document)
        .contains(
            "\"issueToken\"",
            "\"refreshToken\"",
            "\"logout\"",
            "\"issueClientToken\"",
            "\"getJsonWebKeySet\"",
            "\"createAccount\"",
            "\"rotateSigningKeys\"",
            "application/problem+json");
  }

  private static String login(String username, String password) {
    return given()
        .contentType(ContentType.JSON)
        .body(Map.of("username", username, "password", password))
        .post("/auth/token")
        .then()
        .statusCode(200)
        .extract()
        .path("access_token");
  }

  private String activeKidInDatabase() throws Exception {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery("select kid from signing_key where state = 'ACTIVE'")) {
      assertThat(rows.next()).isTrue();
      return rows.getString(1);
    }
  }

  private static JsonNode part(String token, int index) throws Exception {
    return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[index]));
  }

  private static List<String> texts(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(node -> values.add(node.asText()));
    return values;
  }

  private static BigInteger unsigned(String base64Url) {
    return new BigInteger(1, Base64.getUrlDecoder().decode(base64Url));
  }

  private static String withoutRequestId(Response response) {
    return response.body().asString().replace(response.jsonPath().getString("requestId"), "");
  }
}
