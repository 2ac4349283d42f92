package vn.ocop.e2e;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig.NumberReturnType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Calls through the gateway only, as the web and mobile apps do. */
public final class Api {
  public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

  static {
    // Scores are decimals: read them exactly, not as floats.
    RestAssured.config =
        RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(NumberReturnType.BIG_DECIMAL));
  }

  private Api() {}

  public static RequestSpecification anonymous() {
    return given().baseUri(Suite.get().gatewayUrl()).contentType(ContentType.JSON);
  }

  public static RequestSpecification as(String username) {
    return anonymous().header("Authorization", "Bearer " + token(username));
  }

  /** Logs in with the demo password (once per user per JVM; tokens live 15 minutes). */
  public static String token(String username) {
    return TOKENS.computeIfAbsent(
        username,
        user ->
            anonymous()
                .body(Map.of("username", user, "password", Suite.DEMO_PASSWORD))
                .post("/auth/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token"));
  }

  public static LocalDate today() {
    return LocalDate.now(VIETNAM);
  }

  /** A fresh, valid-looking 10-digit tax code (mã số thuế), so test runs never collide. */
  public static String newTaxCode() {
    return String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
  }

  /** Polls until the value satisfies the condition (events take a moment to flow). */
  public static <T> T await(String what, Supplier<T> probe, Predicate<T> done, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    T last = probe.get();
    while (!done.test(last)) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(
            "timed out after " + timeout + " waiting for " + what + "; last: " + last);
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
      last = probe.get();
    }
    return last;
  }

  public static Response created(Response response) {
    response.then().statusCode(201);
    return response;
  }
}
