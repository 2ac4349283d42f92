package vn.ocop.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.devstack.TestTokens;
import vn.ocop.gateway.auth.SigningKeys;

@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "gateway"))
@QuarkusTestResource(FakeServices.class)
class RoutingTest {
  @ConfigProperty(name = "ocop.demo.password")
  String demoPassword;

  @ConfigProperty(name = "ocop.gateway.routes.registry")
  String registry;

  @TestHTTPResource("/")
  URL gateway;

  @Inject SigningKeys signingKeys;

  @BeforeEach
  void forgetWhatTheRegistrySaw() {
    given().delete(registry + FakeServices.RECORDED).then().statusCode(204);
  }

  @Test
  void authenticatedRequestIsForwardedWithPathHeadersAndBodyAndLocationPointsAtTheGateway() {
    String token = login("daklak.officer");
    Response response =
        given()
            .header("Authorization", "Bearer " + token)
            .header("X-Request-Id", "test-request-0001")
            .header("X-Forwarded-For", "203.0.113.7")
            .header("Forwarded", "for=198.51.100.1;host=evil.example")
            .contentType(ContentType.JSON)
            .body("{\"name\":\"Cà phê Buôn Ma Thuột\"}")
            .post("/api/registry/v1/subjects?draft=true");

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(response.jsonPath().getInt("id")).isEqualTo(42);
    assertThat(response.header("X-Request-Id")).isEqualTo("test-request-0001");
    assertThat(response.headers().getValues("X-Request-Id")).hasSize(1);
    assertThat(response.header("Location"))
        .isEqualTo(
            "http://localhost:" + gateway.getPort() + "/api/registry/v1/subjects/42?view=full");

    List<Map<String, Object>> seen = seenByRegistry();
    assertThat(seen).hasSize(1);
    Map<String, Object> request = seen.get(0);
    assertThat(request.get("method")).isEqualTo("POST");
    assertThat(request.get("uri")).isEqualTo("/api/registry/v1/subjects?draft=true");
    assertThat(request.get("body")).isEqualTo("{\"name\":\"Cà phê Buôn Ma Thuột\"}");
    @SuppressWarnings("unchecked")
    Map<String, String> headers = (Map<String, String>) request.get("headers");
    assertThat(headers.get("authorization")).isEqualTo("Bearer " + token);
    assertThat(headers.get("x-request-id")).isEqualTo("test-request-0001");
    assertThat(headers.get("x-forwarded-for")).isEqualTo("203.0.113.7, 127.0.0.1");
    assertThat(headers.get("x-forwarded-proto")).isEqualTo("http");
    assertThat(headers.get("x-forwarded-host")).isEqualTo("localhost:" + gateway.getPort());
    assertThat(headers.get("x-forwarded-prefix")).isEqualTo("/");
    assertThat(headers).doesNotContainKey("forwarded");
  }

  @Test
  void requestWithoutUsableIdGetsAFreshOneThatTheServiceAndTheCallerBothSee() {
    Response response =
        given()
            .header("Authorization", "Bearer " + login("ntm.officer"))
            .header("X-Request-Id", "bad id with spaces")
            .get("/api/registry/v1/subjects");

    assertThat(response.statusCode()).isEqualTo(200);
    String requestId = response.header("X-Request-Id");
    assertThat(requestId).matches("[0-9a-f-]{36}");
    assertThat(header(seenByRegistry().get(0), "x-request-id")).isEqualTo(requestId);
  }

  @Test
  void requestWithoutTokenIsRefusedAndNeverReachesTheService() {
    Response response = given().get("/api/registry/v1/subjects");

    assertUnauthenticated(response);
    assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
    assertThat(seenByRegistry()).isEmpty();
  }

  @Test
  void tokensThisGatewayDidNotSignAreRefusedAndNeverReachTheService() throws Exception {
    String ours = login("daklak.officer");
    String[] parts = ours.split("\\.");
    String kid = signingKeys.signingKey().kid();

    // Signed by another key (the devstack's test issuer), without a kid.
    String foreign = TestTokens.provinceOfficer("daklak.officer", "66");
    // Our kid in the header, but signed by a key the attacker made.
    var attackerKey = KeyPairGenerator.getInstance("RSA");
    attackerKey.initialize(2048);
    String forgedWithOurKid =
        Jwt.issuer("https://ocop.local/gateway")
            .subject("admin")
            .groups("admin")
            .expiresIn(Duration.ofMinutes(5))
            .jws()
            .keyId(kid)
            .sign(attackerKey.generateKeyPair().getPrivate());
    // Our signature over another payload (province changed).
    String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    String tampered =
        parts[0]
            + "."
            + Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(
                    payload.replace("\"66\"", "\"68\"").getBytes(StandardCharsets.UTF_8))
            + "."
            + parts[2];
    // No signature at all.
    String unsigned =
        Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(
                    ("{\"alg\":\"none\",\"kid\":\"" + kid + "\"}").getBytes(StandardCharsets.UTF_8))
            + "."
            + parts[1]
            + ".";

    for (String token : List.of(foreign, forgedWithOurKid, tampered, unsigned, "not-a-jwt")) {
      Response response =
          given().header("Authorization", "Bearer " + token).get("/api/registry/v1/subjects");
      assertUnauthenticated(response);
      assertThat(response.header("WWW-Authenticate")).contains("invalid_token");
    }
    assertThat(seenByRegistry()).isEmpty();
  }

  @Test
  void expiredTokenOfOurOwnKeyIsRefused() {
    SigningKeys.ActiveKey key = signingKeys.signingKey();
    Instant anHourAgo = Instant.now().minusSeconds(3600);
    String expired =
        Jwt.issuer("https://ocop.local/gateway")
            .subject("daklak.officer")
            .upn("daklak.officer")
            .groups("province-officer")
            .issuedAt(anHourAgo.minusSeconds(900))
            .expiresAt(anHourAgo)
            .jws()
            .keyId(key.kid())
            .sign(key.privateKey());

    assertUnauthenticated(
        given().header("Authorization", "Bearer " + expired).get("/api/registry/v1/subjects"));
    assertThat(seenByRegistry()).isEmpty();
  }

  @Test
  void tokenOfAnotherIssuerSignedWithOurKeyIsRefused() {
    SigningKeys.ActiveKey key = signingKeys.signingKey();
    String otherIssuer =
        Jwt.issuer("https://elsewhere.example")
            .subject("admin")
            .groups("admin")
            .expiresIn(Duration.ofMinutes(5))
            .jws()
            .keyId(key.kid())
            .sign(key.privateKey());

    assertUnauthenticated(
        given().header("Authorization", "Bearer " + otherIssuer).get("/api/registry/v1/subjects"));
    assertThat(seenByRegistry()).isEmpty();
  }

  @Test
  void publicPathsAreForwardedWithoutToken() {
    Response response = given().get("/public/v1/certificates/OCOP-66-2025-0001");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.jsonPath().getString("path"))
        .isEqualTo("/public/v1/certificates/OCOP-66-2025-0001");
    assertThat(seenByRegistry())
        .extracting(r -> r.get("uri"))
        .containsExactly("/public/v1/certificates/OCOP-66-2025-0001");
  }

  @Test
  void publicVerificationAndSearchReachTheRegistryWithTheirQueryWhateverTheToken() {
    String code = "k7q2m4xw3v5zr6ta2bycd4efgh";

    given().get("/public/verify/" + code).then().statusCode(200);
    given()
        .header("Authorization", "Bearer expired-or-foreign")
        .queryParam("size", "300")
        .get("/public/verify/" + code + "/qr.png")
        .then()
        .statusCode(200);
    given()
        .queryParam("q", "ca-phe")
        .queryParam("provinceCode", "66")
        .get("/public/products")
        .then()
        .statusCode(200);

    assertThat(seenByRegistry())
        .extracting(r -> r.get("uri"))
        .containsExactly(
            "/public/verify/" + code,
            "/public/verify/" + code + "/qr.png?size=300",
            "/public/products?q=ca-phe&provinceCode=66");
  }

  @Test
  void serviceDocumentIsServedFromItsOpenApiEndpointInBothFormats() {
    Response yaml = given().get("/openapi/registry");
    assertThat(yaml.statusCode()).isEqualTo(200);
    assertThat(yaml.body().asString()).startsWith("openapi: 3.0.3");

    Response json = given().queryParam("format", "json").get("/openapi/registry");
    assertThat(json.statusCode()).isEqualTo(200);
    assertThat(json.jsonPath().getString("info.title")).isEqualTo("registry");

    assertThat(seenByRegistry())
        .extracting(r -> r.get("uri"))
        .containsExactly("/q/openapi", "/q/openapi?format=json");
  }

  @Test
  void serviceThatIsDownAnswersBadGatewayProblemQuickly() {
    long start = System.nanoTime();
    Response response =
        given().header("Authorization", "Bearer " + login("admin")).get("/api/rating/v1/cycles");
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertThat(response.statusCode()).isEqualTo(502);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.jsonPath().getString("code")).isEqualTo("BACKEND_UNAVAILABLE");
    assertThat(response.jsonPath().getString("instance")).isEqualTo("/api/rating/v1/cycles");
    assertThat(response.jsonPath().getString("requestId"))
        .isEqualTo(response.header("X-Request-Id"));
    assertThat(millis).isLessThan(5_000);

    Response document = given().get("/openapi/rating");
    assertThat(document.statusCode()).isEqualTo(502);
    assertThat(document.jsonPath().getString("code")).isEqualTo("BACKEND_UNAVAILABLE");
  }

  @Test
  void serviceThatStaysSilentAnswersGatewayTimeoutProblem() {
    long start = System.nanoTime();
    Response response =
        given().header("Authorization", "Bearer " + login("admin")).get("/api/registry/v1/slow");
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertThat(response.statusCode()).isEqualTo(504);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.jsonPath().getString("code")).isEqualTo("BACKEND_TIMEOUT");
    assertThat(millis).isLessThan(FakeServices.SLOW_MILLIS);
  }

  @Test
  void pathTraversalIsRefusedInEveryEncodingAndNeverReachesTheService() throws IOException {
    String token = login("admin");
    for (String path :
        List.of(
            "/api/registry/../rating/v1/cycles",
            "/api/registry/v1/%2e%2e/%2e%2e/q/health",
            "/api/registry/v1/%2E%2E/x",
            "/api/registry/v1/.%2e/x",
            "/api/registry/v1/%252e%252e/x",
            "/api/registry/v1/..;/x",
            "/api/registry/v1/./x",
            "/api/registry/v1%2f..%2fx",
            "/public/..%5c..%5cq/metrics",
            "/openapi/registry/..")) {
      RawResponse response = rawGet(path, token);
      assertThat(response.status()).as(path).isEqualTo(400);
      assertThat(response.body())
          .as(path)
          .contains("\"code\":\"INVALID_PATH\"", "\"field\":\"path\"");
    }
    assertThat(seenByRegistry()).isEmpty();
  }

  @Test
  void healthIsUpWhileAServiceIsDown() {
    Response health = given().get("/q/health");

    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.jsonPath().getString("status")).isEqualTo("UP");
    assertThat(health.body().asString()).contains("Database connections health check");
  }

  @Test
  void backendFailuresAreCountedInTheMetrics() {
    given().header("Authorization", "Bearer " + login("admin")).get("/api/rating/v1/cycles");

    assertThat(given().get("/q/metrics").body().asString())
        .contains(
            "ocop_gateway_backend_failures_total{code=\"BACKEND_UNAVAILABLE\",route=\"rating\"");
  }

  private String login(String username) {
    return given()
        .contentType(ContentType.JSON)
        .body(Map.of("username", username, "password", demoPassword))
        .post("/auth/token")
        .then()
        .statusCode(200)
        .extract()
        .path("access_token");
  }

  private List<Map<String, Object>> seenByRegistry() {
    return given()
        .get(registry + FakeServices.RECORDED)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("$");
  }

  @SuppressWarnings("unchecked")
  private static String header(Map<String, Object> request, String name) {
    return ((Map<String, String>) request.get("headers")).get(name);
  }

  private static void assertUnauthenticated(Response response) {
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.jsonPath().getString("code")).isEqualTo("UNAUTHENTICATED");
  }

  private record RawResponse(int status, String body) {}

  /** Sends the path byte for byte: HTTP clients may normalise the dot-segments away. */
  private RawResponse rawGet(String path, String token) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", gateway.getPort())) {
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET "
                  + path
                  + " HTTP/1.1\r\nHost: localhost:"
                  + gateway.getPort()
                  + "\r\nAuthorization: Bearer "
                  + token
                  + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      in.transferTo(all);
      String text = all.toString(StandardCharsets.UTF_8);
      int status = Integer.parseInt(text.substring(9, 12));
      int bodyStart = text.indexOf("\r\n\r\n");
      return new RawResponse(status, bodyStart < 0 ? "" : text.substring(bodyStart + 4));
    }
  }
}
