package vn.ocop.devstack.scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The matrix against a tiny service whose document has two operations: a record read that only
 * province officers may make for province "own", and a public list.
 */
class ScopeMatrixTest {
  private static final String DOCUMENT =
      """
      {"openapi":"3.0.3","paths":{
        "/records/{id}":{"get":{"operationId":"getRecord",
          "parameters":[{"name":"id","in":"path","required":true,"schema":{"type":"string"}}]}},
        "/public/records":{"get":{"operationId":"listPublicRecords"}}}}
      """;

  private HttpServer server;
  private boolean leakForeign;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/q/openapi", exchange -> answer(exchange, 200, DOCUMENT));
    server.createContext("/public/records", exchange -> answer(exchange, 200, "[]"));
    server.createContext(
        "/records/",
        exchange -> {
          String token = exchange.getRequestHeaders().getFirst("Authorization");
          if (token == null) {
            answer(exchange, 401, "{}");
          } else if (!token.contains("PROVINCE_OFFICER") && !token.contains("ADMIN")) {
            answer(exchange, 403, "{}");
          } else if (token.contains("FOREIGN") && !leakForeign) {
            answer(exchange, 404, "{}");
          } else {
            answer(exchange, 200, "{\"id\":\"r-1\"}");
          }
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private ScopeMatrix matrix() {
    return new ScopeMatrix(
        "tiny",
        URI.create("http://127.0.0.1:" + server.getAddress().getPort()),
        (actor, side) -> actor + "-" + side);
  }

  @Test
  void passesWhenEveryAnswerMatchesItsRule() {
    List<ScopeMatrix.Cell> cells =
        matrix()
            .rule(
                ScopeRule.allow("getRecord", Actor.ADMIN, Actor.PROVINCE_OFFICER)
                    .scoped()
                    .call(() -> Call.of().path("id", "r-1")))
            .rule(ScopeRule.publicOperation("listPublicRecords"))
            .run();
    // the public, the national officer, 4 refused roles × 2 sides, the admin, the province
    // officer × 2 sides
    assertThat(cells.stream().filter(c -> c.operationId().equals("getRecord"))).hasSize(13);
    assertThat(cells).noneMatch(ScopeMatrix.Cell::failed);
  }

  @Test
  void failsForAnOperationWithoutARuleAndForAStaleRule() {
    assertThatThrownBy(
            () ->
                matrix()
                    .rule(ScopeRule.publicOperation("listPublicRecords"))
                    .rule(ScopeRule.publicOperation("deleteEverything"))
                    .run())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("no scope rule for getRecord (get /records/{id})")
        .hasMessageContaining(
            "rule for deleteEverything, which the OpenAPI document does not have");
  }

  @Test
  void failsWhenAForeignCallerSeesTheRecord() {
    leakForeign = true;
    assertThatThrownBy(
            () ->
                matrix()
                    .rule(
                        ScopeRule.allow("getRecord", Actor.ADMIN, Actor.PROVINCE_OFFICER)
                            .scoped()
                            .call(() -> Call.of().path("id", "r-1")))
                    .rule(ScopeRule.publicOperation("listPublicRecords"))
                    .run())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(
            "getRecord get /records/{id} as PROVINCE_OFFICER/FOREIGN: got 200," + " expected 404");
  }

  @Test
  void failsWhenARoleIsLetInThatTheRuleRefuses() {
    assertThatThrownBy(
            () ->
                matrix()
                    .rule(
                        ScopeRule.allow("getRecord", Actor.ADMIN)
                            .call(() -> Call.of().path("id", "r-1")))
                    .rule(ScopeRule.publicOperation("listPublicRecords"))
                    .run())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("as PROVINCE_OFFICER/OWN: got 200, expected 403");
  }

  @Test
  void failsWhenAForeignListShowsTheOwnMarker() {
    leakForeign = true;
    assertThatThrownBy(
            () ->
                matrix()
                    .rule(
                        ScopeRule.allow("getRecord", Actor.ADMIN, Actor.PROVINCE_OFFICER)
                            .call(() -> Call.of().path("id", "r-1").marker("r-1"))
                            .expect(Actor.PROVINCE_OFFICER, Side.FOREIGN, 200, 404))
                    .rule(ScopeRule.publicOperation("listPublicRecords"))
                    .run())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("shows the own record r-1");
  }

  private static void answer(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }
}
