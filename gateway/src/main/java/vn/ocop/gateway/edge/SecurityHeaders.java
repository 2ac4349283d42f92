package vn.ocop.gateway.edge;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import vn.ocop.platform.request.RequestIds;

/**
 * The headers every answer of the gateway carries, set just before they are written, so that they
 * hold for proxied answers (whatever the service sent), the gateway's own, its errors and Quarkus'
 * CORS answers alike.
 */
final class SecurityHeaders {
  /** An API answer is data, never a page: nothing may load from it or frame it. */
  static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

  /**
   * The Swagger UI is a page of this origin with inline bootstrap script and styles and data:
   * images; it calls only this origin (the documents, "Try it out").
   */
  static final String SWAGGER_UI_POLICY =
      "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline';"
          + " img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self';"
          + " form-action 'self'";

  private final String hsts;
  private final String swaggerUiPath;

  SecurityHeaders(EdgeConfig config) {
    this.hsts = config.hsts().isBlank() || config.hsts().equals("off") ? null : config.hsts();
    this.swaggerUiPath = config.swaggerUiPath();
  }

  void apply(HttpServerRequest request, HttpServerResponse response) {
    MultiMap headers = response.headers();
    String path = request.path();
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("X-Frame-Options", "DENY");
    headers.set("Referrer-Policy", "no-referrer");
    headers.set(
        "Content-Security-Policy",
        path != null && path.startsWith(swaggerUiPath) ? SWAGGER_UI_POLICY : API_POLICY);
    if (hsts != null && "https".equals(request.scheme())) {
      headers.set("Strict-Transport-Security", hsts);
    }
    if (path != null
        && (path.startsWith("/api/") || path.startsWith("/auth/"))
        && !headers.contains("Cache-Control")) {
      // Answers carry personal and scoped data or tokens: no shared or browser cache keeps them.
      headers.set("Cache-Control", "no-store");
    }
    // Which server and version runs behind the gateway is nobody's business.
    headers.remove("Server");
    headers.remove("X-Powered-By");
    String requestId = request.getHeader(RequestIds.HEADER);
    if (requestId != null) {
      headers.set(RequestIds.HEADER, requestId);
    }
  }
}
