package vn.ocop.gateway;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import vn.ocop.devstack.Ports;

/**
 * Services behind the gateway, for its tests: a tiny registry (a JDK HTTP server that records every
 * request it gets and tells them at {@code GET /__recorded}), a rating service that is down (a port
 * nobody listens on) and a short response timeout so that a silent service is seen quickly.
 */
public class FakeServices implements QuarkusTestResourceLifecycleManager {
  static final String RECORDED = "/__recorded";

  /** The registry sleeps this long on paths ending in /slow: longer than the response timeout. */
  static final long SLOW_MILLIS = 4_000;

  private final ObjectMapper mapper = new ObjectMapper();
  private final List<Map<String, Object>> recorded = new ArrayList<>();
  private HttpServer registry;

  @Override
  public Map<String, String> start() {
    try {
      registry = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    registry.setExecutor(Executors.newCachedThreadPool());
    registry.createContext("/", this::answer);
    registry.start();
    return Map.of(
        "ocop.gateway.routes.registry",
        "http://127.0.0.1:" + registry.getAddress().getPort(),
        "ocop.gateway.routes.rating",
        "http://127.0.0.1:" + Ports.free(),
        "ocop.gateway.response-timeout",
        "1500ms");
  }

  @Override
  public void stop() {
    if (registry != null) {
      registry.stop(0);
    }
  }

  private void answer(HttpExchange exchange) throws IOException {
    String uri = exchange.getRequestURI().getRawPath();
    String query = exchange.getRequestURI().getRawQuery();
    if (uri.equals(RECORDED)) {
      if (exchange.getRequestMethod().equals("DELETE")) {
        synchronized (recorded) {
          recorded.clear();
        }
        send(exchange, 204, null, null);
      } else {
        String json;
        synchronized (recorded) {
          json = mapper.writeValueAsString(recorded);
        }
        send(exchange, 200, "application/json", json);
      }
      return;
    }
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("method", exchange.getRequestMethod());
    request.put("uri", query == null ? uri : uri + "?" + query);
    Map<String, String> headers = new LinkedHashMap<>();
    exchange
        .getRequestHeaders()
        .forEach((name, values) -> headers.put(name.toLowerCase(), String.join(",", values)));
    request.put("headers", headers);
    request.put(
        "body", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    synchronized (recorded) {
      recorded.add(request);
    }

    if (uri.endsWith("/slow")) {
      try {
        Thread.sleep(SLOW_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      send(exchange, 200, "text/plain", "too late");
    } else if (uri.equals("/q/openapi")) {
      boolean json = query != null && query.contains("format=json");
      send(
          exchange,
          200,
          json ? "application/json" : "application/yaml",
          json
              ? "{\"openapi\":\"3.0.3\",\"info\":{\"title\":\"registry\"}}"
              : "openapi: 3.0.3\ninfo:\n  title: registry\n");
    } else if (exchange.getRequestMethod().equals("POST")) {
      // As a service does: the new resource's absolute URI, built from the Host it was called on.
      exchange
          .getResponseHeaders()
          .add(
              "Location",
              "http://" + exchange.getRequestHeaders().getFirst("Host") + uri + "/42?view=full");
      send(exchange, 201, "application/json", "{\"id\":42}");
    } else {
      send(exchange, 200, "application/json", "{\"path\":\"" + uri + "\"}");
    }
  }

  private static void send(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    if (type != null) {
      exchange.getResponseHeaders().add("Content-Type", type);
    }
    exchange.getResponseHeaders().add("X-Request-Id", "backend-should-not-override");
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      exchange.getResponseBody().write(bytes);
    }
    exchange.close();
  }
}
