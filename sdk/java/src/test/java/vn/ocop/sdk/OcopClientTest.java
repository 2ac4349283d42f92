package vn.ocop.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.sdk.plan.api.ActualsApi;
import vn.ocop.sdk.registry.api.PublicVerificationApi;
import vn.ocop.sdk.registry.model.Verdict;
import vn.ocop.sdk.registry.model.Verification;

/**
 * The hand-written entry point against a stand-in gateway (the JDK's HTTP server): one base URL for
 * every service, the bearer token only when signed in, problem+json read from the exceptions.
 */
class OcopClientTest {
  private HttpServer server;
  private final List<Seen> seen = new CopyOnWriteArrayList<>();

  record Seen(String method, String path, String authorization, String body) {}

  @BeforeEach
  void startStandInGateway() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::answer);
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private void answer(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String path = exchange.getRequestURI().getRawPath();
    seen.add(
        new Seen(
            exchange.getRequestMethod(),
            path,
            exchange.getRequestHeaders().getFirst("Authorization"),
            body));
    if (path.equals("/auth/token") && body.contains("\"password\":\"right\"")) {
      respond(exchange, 200, "application/json", "{\"access_token\":\"tok-1\",\"expires_in\":900}");
    } else if (path.equals("/auth/token")) {
      respond(
          exchange,
          401,
          "application/problem+json",
          "{\"status\":401,\"title\":\"Unauthorized\",\"code\":\"INVALID_CREDENTIALS\","
              + "\"requestId\":\"r-9\"}");
    } else if (path.equals("/public/verify/k7q2m4xw3v5zr6ta2bycd4efgh")) {
      respond(
          exchange,
          200,
          "application/json",
          "{\"code\":\"k7q2m4xw3v5zr6ta2bycd4efgh\",\"verdict\":\"VALID\",\"starClass\":4,"
              + "\"validTo\":\"2028-03-12\"}");
    } else {
      respond(
          exchange,
          400,
          "application/problem+json",
          "{\"status\":400,\"code\":\"VALIDATION_FAILED\",\"requestId\":\"r-1\",\"errors\":"
              + "[{\"field\":\"year\",\"rule\":\"Min\",\"message\":\"must be at least 2019\"}]}");
    }
  }

  private static void respond(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  @Test
  void signedInClientSendsItsTokenToEveryServiceThroughTheOneGatewayUrl() throws Exception {
    OcopClient officer = OcopClient.to(url()).signIn("daklak.officer", "right");

    Verification verification =
        officer
            .registry(PublicVerificationApi::new)
            .verifyCertificate("k7q2m4xw3v5zr6ta2bycd4efgh");
    catchThrowable(() -> officer.plan(ActualsApi::new).getProvinceActuals("66", 1900));

    assertThat(officer.token()).isEqualTo("tok-1");
    assertThat(verification.getVerdict()).isEqualTo(Verdict.VALID);
    assertThat(verification.getStarClass()).isEqualTo(4);
    assertThat(verification.getValidTo()).isEqualTo(LocalDate.of(2028, 3, 12));
    assertThat(seen)
        .extracting(Seen::method, Seen::path, Seen::authorization)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("POST", "/auth/token", null),
            org.assertj.core.groups.Tuple.tuple(
                "GET", "/public/verify/k7q2m4xw3v5zr6ta2bycd4efgh", "Bearer tok-1"),
            org.assertj.core.groups.Tuple.tuple(
                "GET", "/api/plan/v1/provinces/66/actuals", "Bearer tok-1"));
    assertThat(seen.get(0).body())
        .contains("\"username\":\"daklak.officer\"")
        .contains("\"password\":\"right\"");
  }

  @Test
  void anonymousClientSendsNoAuthorizationHeader() throws Exception {
    OcopClient officer = OcopClient.to(url()).withToken("tok-2");

    officer
        .anonymous()
        .registry(PublicVerificationApi::new)
        .verifyCertificate("k7q2m4xw3v5zr6ta2bycd4efgh");

    assertThat(seen).singleElement().extracting(Seen::authorization).isNull();
  }

  @Test
  void refusedSignInCarriesTheProblemCodeAndRequestId() {
    Throwable refused = catchThrowable(() -> OcopClient.to(url()).signIn("daklak.officer", "x"));

    assertThat(refused).isInstanceOf(vn.ocop.sdk.gateway.ApiException.class);
    ApiProblem problem = ApiProblem.of(refused).orElseThrow();
    assertThat(problem.status()).isEqualTo(401);
    assertThat(problem.code()).isEqualTo("INVALID_CREDENTIALS");
    assertThat(problem.requestId()).isEqualTo("r-9");
    assertThat(problem.errors()).isEmpty();
  }

  @Test
  void refusedInputNamesTheFieldAndTheRule() {
    Throwable refused =
        catchThrowable(
            () -> OcopClient.to(url()).plan(ActualsApi::new).getProvinceActuals("66", 1900));

    assertThat(ApiProblem.codeOf(refused)).isEqualTo("VALIDATION_FAILED");
    assertThat(ApiProblem.of(refused).orElseThrow().errors())
        .containsExactly(new ApiProblem.FieldError("year", "Min", "must be at least 2019"));
  }

  @Test
  void aBodyThatIsNotAProblemGivesTheStatusOnly() {
    ApiProblem problem = ApiProblem.parse(502, "<html>Bad gateway</html>");

    assertThat(problem).isEqualTo(new ApiProblem(502, null, null, null, null, List.of()));
    assertThat(ApiProblem.of(new IllegalStateException("no answer"))).isEmpty();
  }

  @Test
  void aGatewayUrlMustBeAbsolute() {
    assertThat(catchThrowable(() -> OcopClient.to("ocop.example.vn")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ocop.example.vn");
  }
}
