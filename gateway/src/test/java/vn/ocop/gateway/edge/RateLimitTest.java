package vn.ocop.gateway.edge;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.gateway.FakeServices;
import vn.ocop.gateway.LogCapture;

/**
 * The rate limits over real HTTP, with limits low enough to meet in a test. The gateway sits behind
 * a "load balancer" here (Quarkus' proxy-address-forwarding, trusting 127.0.0.1), so each test is a
 * client of its own address, given in {@code X-Forwarded-For}: the address the limits key on.
 */
@QuarkusTest
@TestProfile(RateLimitTest.TightLimits.class)
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "gateway"))
@QuarkusTestResource(FakeServices.class)
@QuarkusTestResource(EdgeBackend.class)
class RateLimitTest {
  private static final String[] EDGE_LOGGERS = {"vn.ocop.gateway.edge", "vn.ocop.gateway.routing"};

  private static final String REGISTRY_RECORDED = "/__recorded";
  private static final String CODE = "/public/verify/k7q2m4xw3v5zr6ta2bycd4efgh";

  /**
   * Bursts of 3 refilled at one request per 10 s (sign-ins: bursts of 2, one per 50 s), so that a
   * slow, loaded test machine never refills a bucket within a test by accident.
   */
  public static class TightLimits implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.ofEntries(
          Map.entry("ocop.gateway.rate-limit.address.rate", "0.1"),
          Map.entry("ocop.gateway.rate-limit.address.burst", "3"),
          Map.entry("ocop.gateway.rate-limit.subject.rate", "0.1"),
          Map.entry("ocop.gateway.rate-limit.subject.burst", "3"),
          Map.entry("ocop.gateway.rate-limit.auth.rate", "0.02"),
          Map.entry("ocop.gateway.rate-limit.auth.burst", "2"),
          Map.entry("quarkus.http.proxy.proxy-address-forwarding", "true"),
          Map.entry("quarkus.http.proxy.allow-x-forwarded", "true"),
          Map.entry("quarkus.http.proxy.trusted-proxies", "127.0.0.1"));
    }
  }

  @ConfigProperty(name = "ocop.demo.password")
  String demoPassword;

  @ConfigProperty(name = "ocop.gateway.routes.registry")
  String registry;

  @BeforeEach
  void forgetWhatTheRegistrySaw() {
    given().delete(registry + REGISTRY_RECORDED).then().statusCode(204);
  }

  @Test
  void anonymousClientIsLimitedByAddressAndPassesAgainAfterRetryAfter() throws Exception {
    String client = "198.51.100.11";
    for (int i = 0; i < 3; i++) {
      assertThat(from(client).get(CODE).statusCode()).isEqualTo(200);
    }
    Response refused = from(client).get(CODE);

    assertRateLimited(refused, "per client address");
    assertThat(refused.jsonPath().getString("detail"))
        .contains("0.1 requests per second", "bursts of 3");
    assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(5L, 10L);
    assertThat(from("198.51.100.12").get(CODE).statusCode()).isEqualTo(200);
    List<Map<String, Object>> seen = seenByRegistry();
    assertThat(seen).hasSize(4);
    // The load balancer's X-Forwarded-For, and the hop it came from.
    assertThat(header(seen.get(0), "x-forwarded-for")).isEqualTo(client + ", 127.0.0.1");

    Thread.sleep(Long.parseLong(refused.header("Retry-After")) * 1000);
    assertThat(from(client).get(CODE).statusCode()).isEqualTo(200);
    assertThat(seenByRegistry()).hasSize(5);
  }

  @Test
  void eachUserHasABucketOfItsOwnWhicheverAddressItCallsFrom() throws Exception {
    String first = login("daklak.officer", "198.51.100.21");
    String second = login("lamdong.officer", "198.51.100.22");
    String office = "198.51.100.23";

    for (int i = 0; i < 3; i++) {
      assertThat(from(office).auth().oauth2(first).get("/api/registry/v1/subjects").statusCode())
          .isEqualTo(200);
    }
    Response refused = from("198.51.100.24").auth().oauth2(first).get("/api/registry/v1/subjects");
    assertRateLimited(refused, "per user (token subject)");

    // Another user at the same office address is not slowed down, and the three calls with a
    // token were not charged to the address either (its anonymous burst is 3).
    for (int i = 0; i < 3; i++) {
      assertThat(from(office).auth().oauth2(second).get("/api/registry/v1/subjects").statusCode())
          .isEqualTo(200);
    }
    assertThat(from(office).get(CODE).statusCode()).isEqualTo(200);
    assertThat(seenByRegistry()).hasSize(7);

    Thread.sleep(Long.parseLong(refused.header("Retry-After")) * 1000);
    assertThat(from(office).auth().oauth2(first).get("/api/registry/v1/subjects").statusCode())
        .isEqualTo(200);
  }

  @Test
  void badTokensAreChargedToTheAddressTheyComeFrom() {
    String client = "198.51.100.31";
    for (int i = 0; i < 3; i++) {
      Response response = from(client).auth().oauth2("not-a-jwt").get("/api/registry/v1/subjects");
      assertThat(response.statusCode()).isEqualTo(401);
      assertThat(response.jsonPath().getString("code")).isEqualTo("UNAUTHENTICATED");
    }

    assertRateLimited(
        from(client).auth().oauth2("not-a-jwt").get("/api/registry/v1/subjects"),
        "per client address");
    assertThat(seenByRegistry()).isEmpty();
  }

  @Test
  void signInsHaveAStricterLimitPerAddress() {
    String guesser = "198.51.100.41";
    for (int i = 0; i < 2; i++) {
      Response wrong = signIn("nobody.here", "guess-" + i, guesser);
      assertThat(wrong.statusCode()).isEqualTo(401);
    }

    Response refused = signIn("daklak.advisor", demoPassword, guesser);
    assertRateLimited(refused, "for sign-ins per client address");
    assertThat(refused.body().asString()).doesNotContain("access_token");
    // The limit is the address's, not the account's: the advisor signs in from elsewhere.
    assertThat(signIn("daklak.advisor", demoPassword, "198.51.100.42").statusCode()).isEqualTo(200);
  }

  @Test
  void healthIsNeverLimited() {
    for (int i = 0; i < 8; i++) {
      assertThat(from("198.51.100.51").get("/q/health/live").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void aFloodIsCountedPerRequestAndLoggedOnce() {
    String client = "198.51.100.61";
    double before = refusedSoFar("address");
    try (LogCapture log = LogCapture.of(EDGE_LOGGERS)) {
      for (int i = 0; i < 8; i++) {
        from(client).get(CODE);
      }

      assertThat(log.lines().stream().filter(line -> line.contains("exceeded by " + client)))
          .hasSize(1)
          .allMatch(line -> line.startsWith("WARN rate limit address exceeded by " + client));
    }
    assertThat(refusedSoFar("address") - before).isEqualTo(5);
    assertThat(seenByRegistry()).hasSize(3);
  }

  @Test
  void httpsThroughATrustedProxyGetsStrictTransportSecurity() {
    Response https = from("198.51.100.71").header("X-Forwarded-Proto", "https").get(CODE);
    Response http = from("198.51.100.71").get(CODE);

    assertThat(https.header("Strict-Transport-Security")).isEqualTo("max-age=31536000");
    assertThat(http.headers().hasHeaderWithName("Strict-Transport-Security")).isFalse();
  }

  private RequestSpecification from(String address) {
    return given().header("X-Forwarded-For", address);
  }

  private Response signIn(String username, String password, String address) {
    return from(address)
        .contentType(ContentType.JSON)
        .body(Map.of("username", username, "password", password))
        .post("/auth/token");
  }

  private String login(String username, String address) {
    Response response = signIn(username, demoPassword, address);
    assertThat(response.statusCode()).isEqualTo(200);
    return response.jsonPath().getString("access_token");
  }

  private static void assertRateLimited(Response response, String limit) {
    assertThat(response.statusCode()).isEqualTo(429);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.jsonPath().getString("code")).isEqualTo("RATE_LIMITED");
    assertThat(response.jsonPath().getString("detail")).contains(limit);
    assertThat(response.jsonPath().getString("requestId"))
        .isEqualTo(response.header("X-Request-Id"));
    String retryAfter = response.header("Retry-After");
    assertThat(retryAfter).matches("[1-9][0-9]*");
    assertThat(response.jsonPath().getString("detail"))
        .contains("retry after " + retryAfter + " s");
    assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
  }

  private double refusedSoFar(String limit) {
    Matcher matcher =
        Pattern.compile(
                "ocop_gateway_rate_limited_total\\{limit=\"" + limit + "\"[^}]*\\} ([0-9.E]+)")
            .matcher(from("198.51.100.69").get("/q/metrics").body().asString());
    return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
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

  @SuppressWarnings("unchecked")
  private static String header(Map<String, Object> request, String name) {
    return ((Map<String, String>) request.get("headers")).get(name);
  }
}
