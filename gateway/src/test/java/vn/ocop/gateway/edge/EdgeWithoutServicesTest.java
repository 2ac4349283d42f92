package vn.ocop.gateway.edge;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.devstack.Ports;

/**
 * The gateway with every service down, and without a load balancer in front: its health does not
 * depend on them, its answers stay problems, and a client cannot dodge its address's limit by
 * writing an {@code X-Forwarded-For} of its own.
 */
@QuarkusTest
@TestProfile(EdgeWithoutServicesTest.NothingBehind.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EdgeWithoutServicesTest {

  /** Every route on a port nobody listens on; a small anonymous burst. */
  public static class NothingBehind implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "ocop.gateway.routes.registry", "http://127.0.0.1:" + Ports.free(),
          "ocop.gateway.routes.rating", "http://127.0.0.1:" + Ports.free(),
          "ocop.gateway.routes.plan", "http://127.0.0.1:" + Ports.free(),
          "ocop.gateway.rate-limit.address.rate", "0.2",
          "ocop.gateway.rate-limit.address.burst", "6");
    }

    @Override
    public List<TestResourceEntry> testResources() {
      return List.of(
          new TestResourceEntry(DevStackTestResource.class, Map.of("database", "gateway")));
    }

    @Override
    public boolean disableGlobalTestResources() {
      return true;
    }
  }

  @Test
  @Order(1)
  void healthIsUpWithEveryServiceDown() {
    for (String path : List.of("/q/health", "/q/health/ready", "/q/health/live")) {
      Response health = given().get(path);

      assertThat(health.statusCode()).as(path).isEqualTo(200);
      assertThat(health.jsonPath().getString("status")).as(path).isEqualTo("UP");
      assertThat(health.body().asString())
          .as(path)
          .doesNotContain("registry", "rating", "plan", "DOWN");
    }
  }

  @Test
  @Order(2)
  void everyRouteAnswersABadGatewayProblemWithTheEdgeHeaders() {
    for (String path : List.of("/public/verify/k7q2m4xw3v5zr6ta2bycd4efgh", "/openapi/plan")) {
      Response response = given().get(path);

      assertThat(response.statusCode()).as(path).isEqualTo(502);
      assertThat(response.contentType()).startsWith("application/problem+json");
      assertThat(response.jsonPath().getString("code")).isEqualTo("BACKEND_UNAVAILABLE");
      assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
      assertThat(response.header("Content-Security-Policy"))
          .isEqualTo("default-src 'none'; frame-ancestors 'none'");
      assertThat(response.body().asString()).doesNotContain("127.0.0.1", "Exception");
    }
  }

  @Test
  @Order(3)
  void aClientsOwnForwardedForDoesNotGetItPastItsAddressLimit() {
    int passed = 0;
    Response last = null;
    for (int i = 0; i < 20; i++) {
      last = given().header("X-Forwarded-For", "203.0.113." + i).get("/public/products");
      if (last.statusCode() == 429) {
        break;
      }
      passed++;
    }

    assertThat(last.statusCode()).isEqualTo(429);
    assertThat(passed).isLessThanOrEqualTo(6);
    for (int i = 100; i < 105; i++) {
      Response spoofed =
          given()
              .header("X-Forwarded-For", "203.0.113." + i)
              .header("X-Real-IP", "203.0.113." + i)
              .header("Forwarded", "for=203.0.113." + i)
              .get("/public/products");
      assertThat(spoofed.statusCode()).isEqualTo(429);
      assertThat(spoofed.jsonPath().getString("code")).isEqualTo("RATE_LIMITED");
    }
  }
}
