package vn.ocop.gateway.edge;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * The plan service behind the gateway, for the edge tests: a JDK HTTP server that answers like a
 * careless service (its own server name, CORS headers, framing rules), counts the body bytes it
 * receives without keeping them, and tells every request it got at {@code GET /__seen}.
 */
public class EdgeBackend implements QuarkusTestResourceLifecycleManager {
  static final String SEEN = "/__seen";

  private final ObjectMapper mapper = new ObjectMapper();
  private final List<Map<String, Object>> seen = new ArrayList<>();
  private HttpServer server;

  @Override
  public Map<String, String> start() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext("/", this::answer);
    server.start();
    return Map.of("ocop.gateway.routes.plan", "http://127.0.0.1:" + server.getAddress().getPort());
  }

  @Override
  public void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  private void answer(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getRawPath();
    if (path.equals(SEEN)) {
      if (exchange.getRequestMethod().equals("DELETE")) {
        synchronized (seen) {
          seen.clear();
        }
        send(exchange, 204, null);
      } else {
        String json;
        synchronized (seen) {
          json = mapper.writeValueAsString(seen);
        }
        send(exchange, 200, json);
      }
      return;
    }
    long bytes = 0;
    boolean complete = true;
    try (InputStream body = exchange.getRequestBody()) {
      byte[] buffer = new byte[65536];
      for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
        bytes += n;
      }
    } catch (IOException e) {
      // The gateway reset the request: it is recorded as incomplete, and nobody gets an answer.
      complete = false;
    }
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("method", exchange.getRequestMethod());
    request.put("uri", exchange.getRequestURI().toString());
    request.put("bytes", bytes);
    request.put("complete", complete);
    synchronized (seen) {
      seen.add(request);
    }
    if (!complete) {
      exchange.close();
      return;
    }
    var headers = exchange.getResponseHeaders();
    if (path.endsWith("/leaky")) {
      headers.add("Server", "Jetty(9.4.1)");
      headers.add("X-Powered-By", "Servlet/4.0");
      headers.add("Access-Control-Allow-Origin", "*");
      headers.add("Access-Control-Allow-Credentials", "true");
      headers.add("Access-Control-Expose-Headers", "X-Internal");
      headers.add("X-Frame-Options", "SAMEORIGIN");
      headers.add("Content-Security-Policy", "default-src *");
    } else if (path.endsWith("/cached")) {
      headers.add("Cache-Control", "private, max-age=60");
    }
    send(exchange, 200, "{\"bytes\":" + bytes + "}");
  }

  private static void send(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
    if (json != null) {
      exchange.getResponseHeaders().add("Content-Type", "application/json");
    }
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      exchange.getResponseBody().write(bytes);
    }
    exchange.close();
  }
}
