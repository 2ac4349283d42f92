package vn.ocop.gateway.edge;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.gateway.FakeServices;
import vn.ocop.gateway.LogCapture;
import vn.ocop.gateway.routing.GatewayConfig;

/**
 * What every answer of the gateway carries and what it refuses at the edge, over real HTTP: the
 * registry is {@link FakeServices}' recording fake, the plan service {@link EdgeBackend} (a
 * careless service that sends its own CORS and framing headers), the rating service is down.
 */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "gateway"))
@QuarkusTestResource(FakeServices.class)
@QuarkusTestResource(EdgeBackend.class)
class EdgeTest {
  private static final String[] EDGE_LOGGERS = {"vn.ocop.gateway.edge", "vn.ocop.gateway.routing"};

  private static final String ALLOWED_ORIGIN = "https://console.ocop.example";
  private static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

  /** FakeServices' own path for what the registry received. */
  private static final String REGISTRY_RECORDED = "/__recorded";

  @ConfigProperty(name = "ocop.demo.password")
  String demoPassword;

  @ConfigProperty(name = "ocop.gateway.routes.registry")
  String registry;

  @ConfigProperty(name = "ocop.gateway.routes.rating")
  String rating;

  @ConfigProperty(name = "ocop.gateway.routes.plan")
  String plan;

  @Inject GatewayConfig routes;

  @TestHTTPResource("/")
  URL gateway;

  @BeforeEach
  void forgetWhatTheServicesSaw() {
    given().delete(registry + REGISTRY_RECORDED).then().statusCode(204);
    given().delete(plan + EdgeBackend.SEEN).then().statusCode(204);
  }

  // --- Security headers ---------------------------------------------------------------------

  @Test
  void proxiedAnswerCarriesTheGatewaysHeadersInsteadOfTheServices() {
    Response response = given().auth().oauth2(login("ntm.officer")).get("/api/plan/v1/leaky");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.jsonPath().getInt("bytes")).isZero();
    assertSecurityHeaders(response, API_POLICY);
    assertThat(response.header("Cache-Control")).isEqualTo("no-store");
    assertThat(response.headers().hasHeaderWithName("Server")).isFalse();
    assertThat(response.headers().hasHeaderWithName("X-Powered-By")).isFalse();
    assertThat(response.headers().asList())
        .noneMatch(h -> h.getName().toLowerCase().startsWith("access-control-"));
    // Plain http: no HSTS (RateLimitTest sees it over https via a trusted proxy).
    assertThat(response.headers().hasHeaderWithName("Strict-Transport-Security")).isFalse();
  }

  @Test
  void aCachePolicyTheServiceChoseIsKept() {
    Response response = given().auth().oauth2(login("ntm.officer")).get("/api/plan/v1/cached");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().getValues("Cache-Control"))
        .containsExactly("private, max-age=60");
    assertSecurityHeaders(response, API_POLICY);
  }

  @Test
  void theGatewaysOwnAnswersAndErrorsCarryTheHeadersToo() {
    String token = login("ntm.officer");
    Map<String, Response> answers =
        Map.of(
            "token 200",
            given()
                .contentType(ContentType.JSON)
                .body(Map.of("username", "daklak.officer", "password", demoPassword))
                .post("/auth/token"),
            "jwks 200",
            given().get("/auth/jwks"),
            "no token 401",
            given().get("/api/plan/v1/plans"),
            "unknown route 404",
            given().get("/nowhere"),
            "service down 502",
            given().auth().oauth2(token).get("/api/rating/v1/cycles"),
            "health 200",
            given().get("/q/health"),
            "document 200",
            given().get("/openapi/registry"));

    answers.forEach(
        (what, response) -> {
          assertThat(response.statusCode())
              .as(what)
              .isEqualTo(Integer.parseInt(what.substring(what.length() - 3)));
          assertSecurityHeaders(response, API_POLICY);
          assertThat(response.headers().hasHeaderWithName("Server")).as(what).isFalse();
        });
    for (String what : List.of("token 200", "jwks 200", "no token 401", "service down 502")) {
      assertThat(answers.get(what).header("Cache-Control")).as(what).isNotBlank();
    }
    assertThat(answers.get("no token 401").header("Cache-Control")).isEqualTo("no-store");
    assertThat(answers.get("token 200").header("Cache-Control")).contains("no-store");
  }

  @Test
  void aServiceThatIsDownLeaksNeitherItsAddressNorAStackTrace() {
    Response response = given().auth().oauth2(login("admin")).get("/api/rating/v1/cycles");

    assertThat(response.statusCode()).isEqualTo(502);
    assertProblem(response, "BACKEND_UNAVAILABLE");
    String port = rating.substring(rating.lastIndexOf(':') + 1);
    assertThat(response.body().asString())
        .doesNotContain(port, "127.0.0.1", "Exception", "at io.", "at vn.");
  }

  @Test
  void swaggerUiListsTheDocumentOfEveryRouteAndLoadsOnlyFromThisOrigin() {
    Response page = given().get("/q/swagger-ui/");

    assertThat(page.statusCode()).isEqualTo(200);
    String html = page.body().asString();
    assertThat(routes.routes()).isNotEmpty();
    for (String route : routes.routes().keySet()) {
      assertThat(html).as(route).contains("/openapi/" + route);
    }
    assertThat(html).contains("/q/openapi");
    Matcher sources = Pattern.compile("(?:src|href)=\"([^\"]+)\"").matcher(html);
    List<String> loaded = new ArrayList<>();
    while (sources.find()) {
      loaded.add(sources.group(1));
    }
    assertThat(loaded).isNotEmpty().noneMatch(url -> url.matches("(?i)(https?:)?//.*"));
    String policy = page.header("Content-Security-Policy");
    assertThat(policy)
        .contains(
            "default-src 'self'", "script-src 'self' 'unsafe-inline'", "frame-ancestors 'none'");
    assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
    assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
  }

  // --- CORS ---------------------------------------------------------------------------------

  @Test
  void preflightFromAnAllowedOriginIsAnsweredAtTheGatewayAndNeverReachesTheService() {
    Response preflight =
        given()
            .header("Origin", ALLOWED_ORIGIN)
            .header("Access-Control-Request-Method", "POST")
            .header("Access-Control-Request-Headers", "authorization,content-type")
            .options("/api/registry/v1/subjects");

    assertThat(preflight.statusCode()).isEqualTo(200);
    assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo(ALLOWED_ORIGIN);
    assertThat(preflight.header("Access-Control-Allow-Methods")).contains("POST");
    assertThat(preflight.header("Access-Control-Allow-Headers").toLowerCase())
        .contains("authorization", "content-type");
    assertThat(preflight.header("Access-Control-Allow-Credentials")).isNotEqualTo("true");
    assertSecurityHeaders(preflight, API_POLICY);
    assertThat(seenByRegistry()).isEmpty();
  }

  @Test
  void preflightFromAnotherOriginIsRefusedAndNeverReachesTheService() {
    Response preflight =
        given()
            .header("Origin", "https://evil.example")
            .header("Access-Control-Request-Method", "DELETE")
            .options("/api/registry/v1/subjects/1");

    assertThat(preflight.statusCode()).isEqualTo(403);
    assertThat(preflight.headers().hasHeaderWithName("Access-Control-Allow-Origin")).isFalse();
    assertThat(preflight.header("X-Request-Id")).isNotBlank();
    assertThat(seenByRegistry()).isEmpty();
  }

  @Test
  void crossOriginCallGetsTheGatewaysCorsHeadersOnceAndNoneOfTheServices() {
    String token = login("ntm.officer");
    Response allowed =
        given().header("Origin", ALLOWED_ORIGIN).auth().oauth2(token).get("/api/plan/v1/leaky");

    assertThat(allowed.statusCode()).isEqualTo(200);
    assertThat(allowed.headers().getValues("Access-Control-Allow-Origin"))
        .containsExactly(ALLOWED_ORIGIN);
    assertThat(allowed.header("Access-Control-Allow-Credentials")).isNotEqualTo("true");
    assertThat(allowed.header("Access-Control-Expose-Headers"))
        .contains("X-Request-Id", "Retry-After")
        .doesNotContain("X-Internal");

    Response refused =
        given()
            .header("Origin", "https://evil.example")
            .auth()
            .oauth2(token)
            .get("/api/plan/v1/leaky");
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.headers().hasHeaderWithName("Access-Control-Allow-Origin")).isFalse();
    assertThat(seenByPlan()).hasSize(1);
  }

  @Test
  void sameOriginCallsOfTheSwaggerUiPassWithoutAnyOriginConfigured() {
    Response response =
        given()
            .header("Origin", "http://localhost:" + gateway.getPort())
            .contentType(ContentType.JSON)
            .body(Map.of("username", "daklak.officer", "password", demoPassword))
            .post("/auth/token");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.jsonPath().getString("access_token")).isNotBlank();
  }

  // --- Hostile requests ---------------------------------------------------------------------

  @Test
  void unknownRouteAnswersNotFoundProblemAndIsLogged() throws IOException {
    try (LogCapture log = LogCapture.of(EDGE_LOGGERS)) {
      Response anonymous = given().get("/nowhere/at/all");
      Response unknownService =
          given().auth().oauth2(login("admin")).post("/api/unknown/v1/things");

      assertThat(anonymous.statusCode()).isEqualTo(404);
      assertProblem(anonymous, "NOT_FOUND");
      assertThat(anonymous.jsonPath().getString("instance")).isEqualTo("/nowhere/at/all");
      assertThat(unknownService.statusCode()).isEqualTo(404);
      assertProblem(unknownService, "NOT_FOUND");
      assertThat(log.lines())
          .anyMatch(line -> line.contains("GET /nowhere/at/all answered 404 NOT_FOUND"))
          .anyMatch(line -> line.contains("POST /api/unknown/v1/things answered 404 NOT_FOUND"));
    }
  }

  @Test
  void pathTraversalInEveryDisguiseIsRefusedLoggedAndNeverReachesAService() throws IOException {
    String token = login("admin");
    List<String> paths =
        List.of(
            "/api/registry/v1/%2e%2e/%2e%2e/q/health",
            "/api/plan/v1/%252e%252e/%252e%252e/q/metrics",
            "/api/plan/v1/..;/..;/q/metrics",
            "/api/registry/v1/subjects%00.json",
            "/public/verify/..%5c..%5cq%5cmetrics",
            "/api/plan//v1/plans",
            "//api/registry/v1/subjects",
            "/api/registry/v1/%c0%ae%c0%ae/%c0%ae%c0%ae/q/metrics",
            "/api/plan/v1/%e0%80%ae%e0%80%ae%c0%afq",
            "/public/%c0%af%c0%af");
    try (LogCapture log = LogCapture.of(EDGE_LOGGERS)) {
      for (String path : paths) {
        RawHttp.Answer answer =
            RawHttp.get(
                gateway.getPort(), path, "Authorization: Bearer " + token, "Connection: close");
        assertThat(answer.status()).as(path).isEqualTo(400);
        assertThat(answer.header("Content-Type")).as(path).startsWith("application/problem+json");
        assertThat(answer.body())
            .as(path)
            .contains("\"code\":\"INVALID_PATH\"", "\"field\":\"path\"")
            .contains("\"requestId\":\"" + answer.header("X-Request-Id") + "\"");
        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
      }
      assertThat(
              log.lines().stream().filter(line -> line.contains("refused with 400 INVALID_PATH")))
          .hasSize(paths.size());
    }
    assertThat(seenByRegistry()).isEmpty();
    assertThat(seenByPlan()).isEmpty();
  }

  @Test
  void aRawBackslashInTheRequestLineIsRefusedByVertxBeforeAnyHandler() throws IOException {
    // Not a legal character of a request target: Vert.x answers 400 itself, without a body.
    RawHttp.Answer answer =
        RawHttp.get(gateway.getPort(), "/public/verify/..\\..\\q\\metrics", "Connection: close");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.header("X-Request-Id")).isNull();
    assertThat(answer.body()).doesNotContain("Exception", "\tat ");
    assertThat(answer.closed()).isTrue();
    assertThat(seenByRegistry()).isEmpty();
  }

  @Test
  void requestTargetOverTheLimitGetsAProblemAndTheConnectionIsClosed() throws IOException {
    String path = "/public/verify/" + "a".repeat(5_000);
    try (LogCapture log = LogCapture.of(EDGE_LOGGERS)) {
      RawHttp.Answer answer = RawHttp.get(gateway.getPort(), path);

      assertThat(answer.status()).isEqualTo(414);
      assertRawProblem(answer, "URI_TOO_LONG");
      assertThat(answer.body()).contains("\"field\":\"uri\"", "4096");
      assertThat(answer.closed()).isTrue();
      assertThat(log.lines()).anyMatch(line -> line.contains("refused with 414 URI_TOO_LONG"));
    }
    assertThat(seenByRegistry()).isEmpty();
  }

  @Test
  void requestLineBeyondWhatVertxReadsIsRefusedBeforeAnyHandlerWithABare414() throws IOException {
    // quarkus.http.limits.max-initial-line-length (8192): Netty's decoder fails and Vert.x answers
    // by itself, with no body and none of the gateway's headers, then closes the connection.
    RawHttp.Answer answer = RawHttp.get(gateway.getPort(), "/public/" + "a".repeat(9_000));

    assertThat(answer.status()).isEqualTo(414);
    assertThat(answer.body()).isEmpty();
    assertThat(answer.header("X-Request-Id")).isNull();
    assertThat(answer.closed()).isTrue();
    assertThat(seenByRegistry()).isEmpty();
  }

  @Test
  void headersOverTheLimitGetAProblemAndTheConnectionIsClosed() throws IOException {
    try (LogCapture log = LogCapture.of(EDGE_LOGGERS)) {
      RawHttp.Answer answer =
          RawHttp.get(
              gateway.getPort(),
              "/public/verify/k7q2m4xw3v5zr6ta2bycd4efgh",
              "X-Padding-1: " + "p".repeat(9_000),
              "X-Padding-2: " + "p".repeat(9_000));

      assertThat(answer.status()).isEqualTo(431);
      assertRawProblem(answer, "HEADERS_TOO_LARGE");
      assertThat(answer.closed()).isTrue();
      assertThat(log.lines()).anyMatch(line -> line.contains("refused with 431 HEADERS_TOO_LARGE"));
    }
    assertThat(seenByRegistry()).isEmpty();
  }

  @Test
  void headersBeyondWhatVertxReadsAreRefusedBeforeAnyHandlerWithABare431() throws IOException {
    RawHttp.Answer answer =
        RawHttp.get(
            gateway.getPort(),
            "/public/verify/k7q2m4xw3v5zr6ta2bycd4efgh",
            "X-Padding: " + "p".repeat(40_000));

    assertThat(answer.status()).isEqualTo(431);
    assertThat(answer.body()).isEmpty();
    assertThat(answer.header("X-Request-Id")).isNull();
    assertThat(answer.closed()).isTrue();
    assertThat(seenByRegistry()).isEmpty();
  }

  @Test
  void declaredBodyOverTheLimitIsRefusedBeforeItIsSent() throws IOException {
    String token = login("ntm.officer");
    long tooLarge = 25L * 1024 * 1024 + 1;
    try (LogCapture log = LogCapture.of(EDGE_LOGGERS)) {
      RawHttp.Answer answer =
          RawHttp.exchange(
              gateway.getPort(),
              "POST /api/plan/v1/imports HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                  + token
                  + "\r\nContent-Type: text/csv\r\nContent-Length: "
                  + tooLarge
                  + "\r\n\r\n",
              null);

      assertThat(answer.status()).isEqualTo(413);
      assertRawProblem(answer, "PAYLOAD_TOO_LARGE");
      assertThat(answer.body()).contains("\"field\":\"body\"", String.valueOf(tooLarge - 1));
      assertThat(answer.closed()).isTrue();
      assertThat(log.lines()).anyMatch(line -> line.contains("refused with 413 PAYLOAD_TOO_LARGE"));
    }
    assertThat(seenByPlan()).isEmpty();
  }

  @Test
  void aChunkedBodyIsCutAtTheLimitAndTheServiceNeverGetsAWholeRequest() throws Exception {
    String token = login("ntm.officer");
    try (Socket socket = new Socket("127.0.0.1", gateway.getPort());
        LogCapture log = LogCapture.of(EDGE_LOGGERS)) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /api/plan/v1/imports HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                  + token
                  + "\r\nContent-Type: text/csv\r\nTransfer-Encoding: chunked\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      byte[] chunk = new byte[1024 * 1024];
      byte[] chunkHead = (Integer.toHexString(chunk.length) + "\r\n").getBytes();
      CompletableFuture<Void> sending =
          CompletableFuture.runAsync(
              () -> {
                try {
                  for (int i = 0; i < 40; i++) {
                    out.write(chunkHead);
                    out.write(chunk);
                    out.write("\r\n".getBytes());
                  }
                  out.write("0\r\n\r\n".getBytes());
                  out.flush();
                } catch (IOException e) {
                  // The gateway answered and closed the connection in the middle: expected.
                }
              });
      String answer = readUntilClosed(socket.getInputStream());
      sending.join();

      assertThat(answer).startsWith("HTTP/1.1 413");
      assertThat(answer)
          .contains("application/problem+json", "\"code\":\"PAYLOAD_TOO_LARGE\"", "X-Request-Id");
      assertThat(log.lines()).anyMatch(line -> line.contains("413 PAYLOAD_TOO_LARGE"));
    }
    List<Map<String, Object>> seen = seenByPlan();
    assertThat(seen).allMatch(request -> Boolean.FALSE.equals(request.get("complete")));
    assertThat(seen)
        .allMatch(request -> ((Number) request.get("bytes")).longValue() <= 25L * 1024 * 1024);
  }

  @Test
  void aTwentyMegabyteImportPassesTheGatewayWhole() {
    byte[] body = new byte[20 * 1024 * 1024];
    java.util.Arrays.fill(body, (byte) 'x');

    Response response =
        given()
            .auth()
            .oauth2(login("ntm.officer"))
            .contentType("text/csv")
            .body(body)
            .post("/api/plan/v1/imports");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.jsonPath().getLong("bytes")).isEqualTo(body.length);
  }

  @Test
  void refusalsAreCountedByCode() {
    given().get("/nowhere/counted");

    assertThat(given().get("/q/metrics").body().asString())
        .contains("ocop_gateway_refused_total{code=\"NOT_FOUND\"");
  }

  // --- helpers ------------------------------------------------------------------------------

  private static void assertSecurityHeaders(Response response, String policy) {
    assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(response.headers().getValues("X-Frame-Options")).containsExactly("DENY");
    assertThat(response.headers().getValues("Content-Security-Policy")).containsExactly(policy);
    assertThat(response.header("Referrer-Policy")).isEqualTo("no-referrer");
    assertThat(response.headers().getValues("X-Request-Id")).hasSize(1);
  }

  private static void assertProblem(Response response, String code) {
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.jsonPath().getString("code")).isEqualTo(code);
    assertThat(response.jsonPath().getString("requestId"))
        .isNotBlank()
        .isEqualTo(response.header("X-Request-Id"));
  }

  private static void assertRawProblem(RawHttp.Answer answer, String code) {
    assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
    assertThat(answer.body()).contains("\"code\":\"" + code + "\"");
    assertThat(answer.header("X-Request-Id")).isNotBlank();
    assertThat(answer.body()).contains("\"requestId\":\"" + answer.header("X-Request-Id") + "\"");
    assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
  }

  private static String readUntilClosed(InputStream in) throws IOException {
    StringBuilder text = new StringBuilder();
    byte[] buffer = new byte[8192];
    try {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        text.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
      }
    } catch (IOException e) {
      // A reset after the answer: what was read is the answer.
    }
    return text.toString();
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
        .get(registry + REGISTRY_RECORDED)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("$");
  }

  private List<Map<String, Object>> seenByPlan() {
    return given()
        .get(plan + EdgeBackend.SEEN)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("$");
  }
}
