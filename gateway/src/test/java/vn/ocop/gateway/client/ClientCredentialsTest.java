package vn.ocop.gateway.client;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.gateway.Calls;
import vn.ocop.gateway.FakeServices;
import vn.ocop.gateway.Sql;

/** Machine clients: administration and the OAuth 2.0 client credentials grant. */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "gateway"))
@QuarkusTestResource(FakeServices.class)
class ClientCredentialsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CLIENTS = "/api/gateway/v1/clients";
  private static final String TOKEN = "/auth/oauth2/token";

  @ConfigProperty(name = "ocop.demo.password")
  String demoPassword;

  @Inject AgroalDataSource dataSource;

  Sql sql;
  String admin;

  @BeforeEach
  void signIn() {
    sql = new Sql(dataSource);
    admin = Calls.accessToken("admin", demoPassword);
  }

  @Test
  void aRegisteredClientGetsATokenWithItsRolesByBasicOrFormAndItsSecretIsShownOnce()
      throws Exception {
    String secret = register("c.ntm", List.of("national-officer"), null);
    assertThat(secret).matches("[A-Za-z0-9_-]{43}");
    assertThat(sql.one("select secret_hash from machine_client where client_id = 'c.ntm'"))
        .isEqualTo(MachineClients.hash(secret))
        .isNotEqualTo(secret);
    Response read = given().header("Authorization", "Bearer " + admin).get(CLIENTS + "/c.ntm");
    assertThat(read.body().asString()).doesNotContain(secret, "clientSecret", "secretHash");

    Response basic =
        given()
            .header("Authorization", basic("c.ntm", secret))
            .contentType(ContentType.URLENC)
            .formParam("grant_type", "client_credentials")
            .post(TOKEN);
    assertThat(basic.statusCode()).isEqualTo(200);
    assertThat(basic.header("Cache-Control")).contains("no-store");
    assertThat(basic.jsonPath().getString("token_type")).isEqualTo("Bearer");
    assertThat(basic.jsonPath().getInt("expires_in")).isEqualTo(900);
    assertThat(basic.jsonPath().getString("refresh_token")).isNull();
    JsonNode claims = claims(basic.jsonPath().getString("access_token"));
    assertThat(claims.get("sub").asText()).isEqualTo("c.ntm");
    assertThat(claims.get("client_id").asText()).isEqualTo("c.ntm");
    assertThat(claims.get("aud").asText()).isEqualTo("ocop-api");
    assertThat(claims.get("groups").get(0).asText()).isEqualTo("national-officer");
    assertThat(claims.has("province")).isFalse();

    given()
        .header("Authorization", "Bearer " + basic.jsonPath().getString("access_token"))
        .get("/api/registry/v1/subjects")
        .then()
        .statusCode(200);

    Response form =
        given()
            .contentType(ContentType.URLENC)
            .formParam("grant_type", "client_credentials")
            .formParam("client_id", "c.ntm")
            .formParam("client_secret", secret)
            .post(TOKEN);
    assertThat(form.statusCode()).isEqualTo(200);
  }

  @Test
  void wrongCredentialsAndBadRequestsGetRfc6749Errors() {
    String secret = register("c.errors", List.of("national-officer"), null);

    Response wrong = token(basic("c.errors", secret + "x"), "client_credentials");
    Response unknown = token(basic("c.nobody", secret), "client_credentials");
    for (Response response : List.of(wrong, unknown)) {
      assertThat(response.statusCode()).isEqualTo(401);
      assertThat(response.header("WWW-Authenticate")).isEqualTo("Basic realm=\"ocop\"");
      assertThat(response.jsonPath().getString("error")).isEqualTo("invalid_client");
      assertThat(response.body().asString()).doesNotContain("access_token");
    }
    assertThat(wrong.body().asString()).isEqualTo(unknown.body().asString());

    Response grant = token(basic("c.errors", secret), "password");
    assertThat(grant.statusCode()).isEqualTo(400);
    assertThat(grant.jsonPath().getString("error")).isEqualTo("unsupported_grant_type");

    Response noGrant = token(basic("c.errors", secret), null);
    assertThat(noGrant.jsonPath().getString("error")).isEqualTo("invalid_request");

    Response both =
        given()
            .header("Authorization", basic("c.errors", secret))
            .contentType(ContentType.URLENC)
            .formParam("grant_type", "client_credentials")
            .formParam("client_id", "c.errors")
            .formParam("client_secret", secret)
            .post(TOKEN);
    assertThat(both.statusCode()).isEqualTo(400);
    assertThat(both.jsonPath().getString("error")).isEqualTo("invalid_request");
  }

  @Test
  void aFormBodyThatCannotBeDecodedIsTheClientsInvalidRequestNotA500() {
    // A bad escape and a stray '%' (found by the gateway fuzz).
    for (String body :
        List.of(
            "grant_type=client_credentials&client_id=%zz&client_secret=x",
            "grant_type=client_credentials&client_id=c%&client_secret=x")) {
      Response answer = rawForm(body);
      assertThat(answer.statusCode()).as(body).isEqualTo(400);
      assertThat(answer.jsonPath().getString("error")).as(body).isEqualTo("invalid_request");
      assertThat(answer.body().asString()).doesNotContain("access_token");
    }
    // Escapes of bytes that are not UTF-8: refused as a request or as a client, never a 500.
    Response notUtf8 = rawForm("grant_type=client_credentials&client_id=%e9%ff&client_secret=x");
    assertThat(notUtf8.statusCode()).isIn(400, 401);
    assertThat(notUtf8.jsonPath().getString("error")).isIn("invalid_request", "invalid_client");
  }

  private static Response rawForm(String body) {
    return given()
        .contentType(ContentType.URLENC.withCharset(StandardCharsets.UTF_8))
        .body(body)
        .post(TOKEN);
  }

  @Test
  void rotationKillsTheOldSecretAndADisabledClientGetsNoToken() {
    String old = register("c.rotate", List.of("national-officer"), null);
    Response rotated =
        given().header("Authorization", "Bearer " + admin).post(CLIENTS + "/c.rotate/secret");
    assertThat(rotated.statusCode()).isEqualTo(200);
    String fresh = rotated.jsonPath().getString("clientSecret");
    assertThat(fresh).isNotEqualTo(old);

    token(basic("c.rotate", old), "client_credentials").then().statusCode(401);
    token(basic("c.rotate", fresh), "client_credentials").then().statusCode(200);

    given()
        .header("Authorization", "Bearer " + admin)
        .post(CLIENTS + "/c.rotate/disable")
        .then()
        .statusCode(200);
    Response disabled = token(basic("c.rotate", fresh), "client_credentials");
    assertThat(disabled.statusCode()).isEqualTo(401);
    assertThat(disabled.jsonPath().getString("error")).isEqualTo("invalid_client");
    given()
        .header("Authorization", "Bearer " + admin)
        .post(CLIENTS + "/c.rotate/enable")
        .then()
        .statusCode(200);
    token(basic("c.rotate", fresh), "client_credentials").then().statusCode(200);

    List<String> listed =
        given()
            .header("Authorization", "Bearer " + admin)
            .queryParam("pageSize", 200)
            .get(CLIENTS)
            .jsonPath()
            .getList("items.clientId");
    assertThat(listed).contains("c.rotate");
  }

  @Test
  void aMachineClientManagesNoAccountsAndOnlyAdminsManageClients() {
    String secret = register("c.province", List.of("province-officer"), "66");
    String token =
        token(basic("c.province", secret), "client_credentials")
            .jsonPath()
            .getString("access_token");
    Response accounts =
        given().header("Authorization", "Bearer " + token).get("/api/gateway/v1/accounts");
    assertThat(accounts.statusCode()).isEqualTo(403);

    String officer = Calls.accessToken("daklak.officer", demoPassword);
    given().header("Authorization", "Bearer " + officer).get(CLIENTS).then().statusCode(403);

    Response adminRole =
        given()
            .header("Authorization", "Bearer " + admin)
            .contentType(ContentType.JSON)
            .body(Map.of("clientId", "c.root", "name", "root", "roles", List.of("admin")))
            .post(CLIENTS);
    assertThat(adminRole.statusCode()).isEqualTo(400);
    assertThat(adminRole.jsonPath().getList("errors.rule")).contains("clientRole");
    assertThat(sql.column("select client_id from machine_client where client_id = 'c.root'"))
        .isEmpty();
  }

  private String register(String clientId, List<String> roles, String province) {
    Map<String, Object> body =
        province == null
            ? Map.of("clientId", clientId, "name", "Hệ thống " + clientId, "roles", roles)
            : Map.of(
                "clientId",
                clientId,
                "name",
                "Hệ thống " + clientId,
                "roles",
                roles,
                "provinceCode",
                province);
    Response created =
        given()
            .header("Authorization", "Bearer " + admin)
            .contentType(ContentType.JSON)
            .body(body)
            .post(CLIENTS);
    assertThat(created.statusCode()).as(created.body().asString()).isEqualTo(201);
    assertThat(created.header("Cache-Control")).contains("no-store");
    return created.jsonPath().getString("clientSecret");
  }

  private static Response token(String authorization, String grantType) {
    var request = given().header("Authorization", authorization).contentType(ContentType.URLENC);
    if (grantType != null) {
      request.formParam("grant_type", grantType);
    } else {
      request.formParam("scope", "none");
    }
    return request.post(TOKEN);
  }

  private static String basic(String clientId, String secret) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
  }

  private static JsonNode claims(String token) throws Exception {
    return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
  }
}
