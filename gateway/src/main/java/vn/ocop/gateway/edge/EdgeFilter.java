package vn.ocop.gateway.edge;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.ocop.gateway.routing.GatewayConfig;
import vn.ocop.platform.problem.FieldError;
import vn.ocop.platform.request.RequestIds;

/**
 * The first thing every request meets at the gateway, before Quarkus' CORS filter and any route:
 *
 * <ul>
 *   <li>a request id (the caller's if safe, else a new one), echoed on the answer;
 *   <li>the security headers on whatever answer the request gets;
 *   <li>size limits with problem+json answers: request target (414), headers (431), declared body
 *       (413);
 *   <li>the rate limits of requests without a token (per address) and of sign-ins; requests to a
 *       service's {@code /api/<route>/**} with a bearer token are charged to the token's subject
 *       once it is verified;
 *   <li>a log line and a count for each 404 the REST layer gives (a path nothing serves), since
 *       scanners show themselves that way.
 * </ul>
 */
@ApplicationScoped
public class EdgeFilter {
  /**
   * Quarkus installs its CORS filter at order -300 (filter priority 300): this runs just before, so
   * that CORS answers carry the request id and the headers too. The preflight itself is answered by
   * the CORS filter, ahead of every proxy route (order 1000).
   */
  public static final int ORDER = -301;

  /**
   * Put on the routing context by a route that forwards the request: the answer, 404 or not, is the
   * service's.
   */
  public static final String FORWARDED = "ocop.forwarded";

  private final EdgeConfig config;
  private final RateLimiter limiter;
  private final EdgeResponses responses;
  private final SecurityHeaders securityHeaders;
  private final long maxBodySize;
  private final long maxHeaderSize;
  private final Set<String> apiPrefixes;

  EdgeFilter(
      EdgeConfig config, RateLimiter limiter, EdgeResponses responses, GatewayConfig gateway) {
    this.config = config;
    this.limiter = limiter;
    this.responses = responses;
    this.securityHeaders = new SecurityHeaders(config);
    this.maxBodySize = config.maxBodySize().asLongValue();
    this.maxHeaderSize = config.maxHeaderSize().asLongValue();
    this.apiPrefixes =
        gateway.routes().keySet().stream()
            .map(name -> "/api/" + name + "/")
            .collect(Collectors.toUnmodifiableSet());
  }

  void install(@Observes Router router) {
    router.route().order(ORDER).handler(this::handle);
  }

  private void handle(RoutingContext rc) {
    HttpServerRequest request = rc.request();
    String requestId = RequestIds.acceptOrCreate(request.getHeader(RequestIds.HEADER));
    // Later handlers (the REST filters, the proxies) read the one id from the request.
    request.headers().set(RequestIds.HEADER, requestId);
    RequestIds.set(requestId);
    HttpServerResponse response = rc.response();
    rc.addHeadersEndHandler(
        v -> {
          securityHeaders.apply(request, response);
          if (response.getStatusCode() == 404 && rc.get(FORWARDED) == null) {
            responses.notFound(request);
          }
        });

    if (request.uri().length() > config.maxUriLength()) {
      refuseAndClose(
          rc,
          414,
          "URI_TOO_LONG",
          "URI too long",
          "The request target is longer than " + config.maxUriLength() + " characters",
          new FieldError("uri", "maxLength", "at most " + config.maxUriLength() + " characters"));
      return;
    }
    if (headerSize(request) > maxHeaderSize) {
      refuseAndClose(
          rc,
          431,
          "HEADERS_TOO_LARGE",
          "Request header fields too large",
          "The request headers are larger than " + maxHeaderSize + " bytes",
          new FieldError("headers", "maxSize", "at most " + maxHeaderSize + " bytes in all"));
      return;
    }
    if (declaredBodySize(request) > maxBodySize) {
      refuseAndClose(
          rc,
          413,
          "PAYLOAD_TOO_LARGE",
          "Payload too large",
          "The request body is larger than " + maxBodySize + " bytes",
          new FieldError("body", "maxSize", "at most " + maxBodySize + " bytes"));
      return;
    }
    if (limiter.enabled() && !chargedLater(request) && !request.path().startsWith("/q/health")) {
      Optional<RateLimiter.Refusal> refusal =
          isSignIn(request) ? limiter.signIn(request) : Optional.empty();
      if (refusal.isEmpty()) {
        refusal = limiter.anonymous(request);
      }
      if (refusal.isPresent()) {
        responses.tooManyRequests(request, refusal.get());
        return;
      }
    }
    rc.next();
  }

  /**
   * The rest of a refused request's body is not read: the connection is closed after the answer
   * rather than kept for a next request that would start in the middle of it.
   */
  private void refuseAndClose(
      RoutingContext rc, int status, String code, String title, String detail, FieldError error) {
    HttpServerRequest request = rc.request();
    request.response().putHeader("Connection", "close");
    if (request.version() != HttpVersion.HTTP_2) {
      rc.addEndHandler(ended -> request.connection().close());
    }
    responses.send(request, status, code, title, detail, List.of(error));
  }

  /** The bytes of the header lines, as the client sent them ({@code name: value CRLF}). */
  private static long headerSize(HttpServerRequest request) {
    long size = 0;
    for (Map.Entry<String, String> header : request.headers()) {
      size += header.getKey().length() + header.getValue().length() + 4;
    }
    return size;
  }

  private static long declaredBodySize(HttpServerRequest request) {
    String length = request.getHeader("Content-Length");
    if (length == null) {
      return -1;
    }
    try {
      return Long.parseLong(length.trim());
    } catch (NumberFormatException e) {
      // Vert.x itself refuses a malformed length before this runs; nothing to add here.
      return -1;
    }
  }

  /**
   * A request to a service's API with a bearer token: charged to the token's subject once it is
   * verified (or to the address if it is not valid). Any other path is charged here: a bearer
   * header on a path no route serves buys nothing.
   */
  private boolean chargedLater(HttpServerRequest request) {
    String authorization = request.getHeader("Authorization");
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return false;
    }
    String path = request.path();
    if (!path.startsWith("/api/")) {
      return false;
    }
    int end = path.indexOf('/', 5);
    return end > 0 && apiPrefixes.contains(path.substring(0, end + 1));
  }

  private static boolean isSignIn(HttpServerRequest request) {
    return request.method() == HttpMethod.POST && request.path().startsWith("/auth/");
  }
}
