package vn.ocop.gateway.access;

import static io.restassured.RestAssured.given;
import static vn.ocop.devstack.scope.Actor.ADMIN;
import static vn.ocop.devstack.scope.Actor.ADVISOR;
import static vn.ocop.devstack.scope.Actor.COMMUNE_OFFICER;
import static vn.ocop.devstack.scope.Actor.COUNCIL_MEMBER;
import static vn.ocop.devstack.scope.Actor.NATIONAL_OFFICER;
import static vn.ocop.devstack.scope.Actor.PROVINCE_OFFICER;
import static vn.ocop.devstack.scope.Actor.SUBJECT_MEMBER;
import static vn.ocop.gateway.Calls.GOOD_PASSWORD;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.devstack.scope.Actor;
import vn.ocop.devstack.scope.Call;
import vn.ocop.devstack.scope.ScopeMatrix;
import vn.ocop.devstack.scope.ScopeRule;
import vn.ocop.devstack.scope.Side;
import vn.ocop.gateway.Calls;
import vn.ocop.gateway.FakeServices;

/**
 * The gateway's own operations (sign-in, accounts, machine clients, signing keys) in the scope
 * matrix: every operation of its OpenAPI document × every role × an account bound to the own
 * province (Tuyên Quang, 08) or a foreign one (Cao Bằng, 04). Accounts are real, made through the
 * administration API and signed in.
 */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "gateway"))
@QuarkusTestResource(FakeServices.class)
class ScopeMatrixTest {
  private static final String OWN = "08";
  private static final String FOREIGN = "04";
  private static final String TARGET = "gm.target.own";
  private static final String CLIENT = "gm.client";
  private static final String TOKEN_CLIENT = "gm.token-client";
  private static final Actor[] EVERY_ROLE = {
    ADMIN,
    NATIONAL_OFFICER,
    PROVINCE_OFFICER,
    COMMUNE_OFFICER,
    COUNCIL_MEMBER,
    ADVISOR,
    SUBJECT_MEMBER
  };

  @ConfigProperty(name = "ocop.demo.password")
  String demoPassword;

  private final ObjectMapper mapper = new ObjectMapper();
  private final Map<Actor, Map<Side, String>> tokens = new EnumMap<>(Actor.class);
  private String admin;

  @Test
  void everyOperationAnswersEveryRoleOnItsOwnAndOnAForeignScopeAsTheRulesSay() {
    admin = Calls.accessToken("admin", demoPassword);
    for (Actor actor : EVERY_ROLE) {
      for (Side side : Side.values()) {
        String username = "gm." + actor.role() + "." + side.name().toLowerCase();
        account(username, actor, side == Side.OWN ? OWN : FOREIGN);
        tokens
            .computeIfAbsent(actor, a -> new EnumMap<>(Side.class))
            .put(side, Calls.accessToken(username, GOOD_PASSWORD));
      }
    }
    account(TARGET, COMMUNE_OFFICER, OWN);
    client(CLIENT);
    String tokenClientSecret = client(TOKEN_CLIENT);

    new ScopeMatrix(
            "gateway",
            URI.create(RestAssured.baseURI + ":" + RestAssured.port),
            (actor, side) -> tokens.get(actor).get(side))
        // --- Sign-in and keys: anonymous by nature. ---
        .rule(
            ScopeRule.publicOperation("issueToken")
                .call(
                    () ->
                        Call.of()
                            .json(json(Map.of("username", TARGET, "password", GOOD_PASSWORD)))))
        .rule(
            ScopeRule.publicOperation("refreshToken")
                .fresh()
                .call(() -> Call.of().json(json(Map.of("refresh_token", refreshToken())))))
        .rule(
            ScopeRule.publicOperation("logout")
                .fresh()
                .call(() -> Call.of().json(json(Map.of("refresh_token", refreshToken())))))
        .rule(ScopeRule.publicOperation("getJsonWebKeySet"))
        .rule(
            ScopeRule.publicOperation("issueClientToken")
                .call(
                    () ->
                        Call.of()
                            .body(
                                "application/x-www-form-urlencoded",
                                ("grant_type=client_credentials&client_id="
                                        + TOKEN_CLIENT
                                        + "&client_secret="
                                        + URLEncoder.encode(
                                            tokenClientSecret, StandardCharsets.UTF_8))
                                    .getBytes(StandardCharsets.UTF_8))))
        // --- Accounts: the admin all, a province officer the lower roles of their province. ---
        .rule(
            ScopeRule.allow("createAccount", ADMIN, PROVINCE_OFFICER)
                .scoped()
                .fresh()
                .call(
                    () ->
                        Call.of()
                            .json(
                                json(
                                    Map.of(
                                        "username",
                                        "gm.new." + UUID.randomUUID().toString().substring(0, 8),
                                        "password",
                                        GOOD_PASSWORD,
                                        "roles",
                                        List.of("council-member"),
                                        "provinceCode",
                                        OWN)))))
        .rule(
            ScopeRule.allow("listAccounts", ADMIN, PROVINCE_OFFICER)
                .call(() -> Call.of().query("pageSize=200").marker(TARGET)))
        .rule(
            ScopeRule.allow("getAccount", ADMIN, PROVINCE_OFFICER)
                .scoped()
                .call(() -> Call.of().path("username", TARGET)))
        .rule(
            ScopeRule.allow("updateAccount", ADMIN, PROVINCE_OFFICER)
                .scoped()
                .fresh()
                .call(
                    () -> {
                      Map<String, Object> body = new LinkedHashMap<>();
                      body.put("roles", List.of("commune-officer"));
                      body.put("provinceCode", OWN);
                      body.put("communeCode", "02227");
                      body.put("enabled", true);
                      body.put("version", version(TARGET));
                      return Call.of().path("username", TARGET).json(json(body));
                    }))
        .rule(
            ScopeRule.allow("resetAccountPassword", ADMIN, PROVINCE_OFFICER)
                .scoped()
                .call(
                    () ->
                        Call.of()
                            .path("username", TARGET)
                            .json(json(Map.of("password", GOOD_PASSWORD)))))
        .rule(
            ScopeRule.allow("unlockAccount", ADMIN, PROVINCE_OFFICER)
                .scoped()
                .call(() -> Call.of().path("username", TARGET)))
        // A 400 "unchanged" (the same password) is past every check and changes nothing.
        .rule(
            ScopeRule.allow("changeOwnPassword", EVERY_ROLE)
                .call(
                    () ->
                        Call.of()
                            .json(
                                json(
                                    Map.of(
                                        "currentPassword", GOOD_PASSWORD,
                                        "password", GOOD_PASSWORD)))))
        // --- Machine clients and signing keys: the admin only. ---
        .rule(
            ScopeRule.allow("createMachineClient", ADMIN)
                .fresh()
                .call(
                    () ->
                        Call.of()
                            .json(
                                json(
                                    Map.of(
                                        "clientId",
                                        "gm.c." + UUID.randomUUID().toString().substring(0, 8),
                                        "name",
                                        "matrix",
                                        "roles",
                                        List.of("national-officer"))))))
        .rule(ScopeRule.allow("listMachineClients", ADMIN))
        .rule(
            ScopeRule.allow("getMachineClient", ADMIN)
                .call(() -> Call.of().path("clientId", CLIENT)))
        .rule(
            ScopeRule.allow("disableMachineClient", ADMIN)
                .call(() -> Call.of().path("clientId", CLIENT)))
        .rule(
            ScopeRule.allow("enableMachineClient", ADMIN)
                .call(() -> Call.of().path("clientId", CLIENT)))
        .rule(
            ScopeRule.allow("rotateMachineClientSecret", ADMIN)
                .call(() -> Call.of().path("clientId", CLIENT)))
        .rule(ScopeRule.allow("listSigningKeys", ADMIN))
        .rule(ScopeRule.allow("rotateSigningKeys", ADMIN))
        .run();
  }

  private void account(String username, Actor actor, String province) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("username", username);
    body.put("password", GOOD_PASSWORD);
    body.put("roles", List.of(actor.role()));
    if (!actor.isNational()) {
      body.put("provinceCode", province);
    }
    if (actor == COMMUNE_OFFICER) {
      body.put("communeCode", province.equals(OWN) ? "02227" : "01273");
    }
    if (actor == SUBJECT_MEMBER) {
      body.put("subjectId", UUID.randomUUID().toString());
    }
    Response created =
        given()
            .header("Authorization", "Bearer " + admin)
            .contentType(ContentType.JSON)
            .body(body)
            .post("/api/gateway/v1/accounts");
    if (created.statusCode() != 201) {
      throw new AssertionError("account " + username + ": " + created.body().asString());
    }
  }

  /** Registers a machine client and answers its secret. */
  private String client(String clientId) {
    Response created =
        given()
            .header("Authorization", "Bearer " + admin)
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "clientId", clientId, "name", "matrix", "roles", List.of("national-officer")))
            .post("/api/gateway/v1/clients");
    if (created.statusCode() != 201) {
      throw new AssertionError("client " + clientId + ": " + created.body().asString());
    }
    return created.jsonPath().getString("clientSecret");
  }

  private String refreshToken() {
    return Calls.signIn(TARGET, GOOD_PASSWORD)
        .then()
        .statusCode(200)
        .extract()
        .path("refresh_token");
  }

  private long version(String username) {
    return given()
        .header("Authorization", "Bearer " + admin)
        .get("/api/gateway/v1/accounts/" + username)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong("version");
  }

  private String json(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
