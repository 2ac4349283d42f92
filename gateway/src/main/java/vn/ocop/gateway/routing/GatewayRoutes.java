package vn.ocop.gateway.routing;

import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import vn.ocop.gateway.auth.BearerTokens;
import vn.ocop.gateway.edge.EdgeConfig;
import vn.ocop.gateway.edge.EdgeFilter;
import vn.ocop.gateway.edge.EdgeResponses;
import vn.ocop.gateway.edge.RateLimiter;
import vn.ocop.platform.problem.FieldError;

/**
 * The gateway's routing table, installed on Quarkus' router at start:
 *
 * <ul>
 *   <li>every request: no dot-segments, encoded separators or control characters in the path (400);
 *       the request id, size limits and security headers come before, from the {@link
 *       vn.ocop.gateway.edge.EdgeFilter};
 *   <li>{@code /api/<service>/**}: a valid bearer token of this gateway (401), within its subject's
 *       rate limit (429), then forwarded with the path unchanged (each service serves its own
 *       prefix);
 *   <li>{@code /public/**}: forwarded anonymously to the public-route service (the registry);
 *   <li>{@code /openapi/<service>}: the service's {@code /q/openapi} document, for the Swagger UI.
 * </ul>
 */
@ApplicationScoped
public class GatewayRoutes {
  private static final Logger LOG = Logger.getLogger(GatewayRoutes.class);

  /**
   * Right after Quarkus' CORS filter (order -300, filter priority 300), before anything reads the
   * path or the body.
   */
  private static final int ORDER_GUARD = -299;

  /**
   * Before Quarkus' authentication (-200) and authorization (-100) handlers and the REST layer: a
   * proxied request is authenticated here, by its route ({@link #forwardAuthenticated}), and those
   * handlers' work per request (a deferred identity, a permission check, the REST layer's failure
   * handler) would be spent on nothing. So {@code quarkus.http.auth.permission.*} never applies to
   * the proxied paths; the gateway's own endpoints keep Quarkus' security.
   */
  private static final int ORDER_PROXY = -250;

  private final Vertx vertx;
  private final GatewayConfig config;
  private final BearerTokens tokens;
  private final EdgeResponses responses;
  private final RateLimiter limiter;
  private final long maxBodySize;
  private final MeterRegistry meters;

  GatewayRoutes(
      Vertx vertx,
      GatewayConfig config,
      BearerTokens tokens,
      EdgeResponses responses,
      RateLimiter limiter,
      EdgeConfig edge,
      MeterRegistry meters) {
    this.vertx = vertx;
    this.config = config;
    this.tokens = tokens;
    this.responses = responses;
    this.limiter = limiter;
    this.maxBodySize = edge.maxBodySize().asLongValue();
    this.meters = meters;
  }

  void install(@Observes Router router) {
    router.route().order(ORDER_GUARD).handler(this::guardPath);

    ServiceClients clients = new ServiceClients(vertx, config);
    BackendProxy.Settings settings =
        new BackendProxy.Settings(config, responses, meters, maxBodySize);
    Map<String, Backend> backends = new TreeMap<>();
    config.routes().forEach((name, url) -> backends.put(name, Backend.parse(name, url)));

    for (Backend backend : backends.values()) {
      HttpProxy api = BackendProxy.create(clients, backend, HttpServerRequest::uri, settings);
      String apiTemplate = "/api/" + backend.name() + "/**";
      String documentTemplate = "/openapi/" + backend.name();
      router
          .route("/api/" + backend.name() + "/*")
          .order(ORDER_PROXY)
          .handler(rc -> forwardAuthenticated(forwarded(rc, apiTemplate), api));

      HttpProxy document =
          BackendProxy.create(clients, backend, GatewayRoutes::openApiPath, settings);
      router
          .get("/openapi/" + backend.name())
          .order(ORDER_PROXY)
          .handler(rc -> document.handle(forwarded(rc, documentTemplate).request()));
      LOG.infof(
          "route /api/%s/** and /openapi/%s -> %s",
          backend.name(), backend.name(), backend.origin());
    }

    Backend publicBackend = backends.get(config.publicRoute());
    if (publicBackend == null) {
      throw new IllegalStateException(
          "ocop.gateway.public-route names no route: " + config.publicRoute());
    }
    HttpProxy publicProxy =
        BackendProxy.create(clients, publicBackend, HttpServerRequest::uri, settings);
    router
        .route("/public/*")
        .order(ORDER_PROXY)
        .handler(rc -> publicProxy.handle(forwarded(rc, "/public/**").request()));
    LOG.infof("route /public/** -> %s", publicBackend.origin());
  }

  /** Marks a request as the service's to answer, and names its route in the metrics. */
  private static RoutingContext forwarded(RoutingContext rc, String template) {
    MetricsTemplate.set(template);
    return rc.put(EdgeFilter.FORWARDED, true);
  }

  private void guardPath(RoutingContext rc) {
    HttpServerRequest request = rc.request();
    Optional<FieldError> broken = PathGuard.check(request.path());
    if (broken.isPresent()) {
      responses.send(
          request,
          400,
          "INVALID_PATH",
          "Invalid path",
          "The request path is refused: " + broken.get().message(),
          List.of(broken.get()));
      return;
    }
    rc.next();
  }

  private void forwardAuthenticated(RoutingContext rc, HttpProxy proxy) {
    HttpServerRequest request = rc.request();
    String authorization = request.getHeader("Authorization");
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      unauthenticated(request, "Bearer", "A bearer token is required");
      return;
    }
    JsonWebToken token;
    try {
      token = tokens.verify(authorization.substring(7).trim());
    } catch (BearerTokens.InvalidTokenException e) {
      LOG.debugf("%s %s: token %s", request.method(), request.path(), e.getMessage());
      // Not charged yet (the edge leaves bearer requests to their subject): a flood of bad
      // tokens from one address meets that address's limit.
      Optional<RateLimiter.Refusal> refusal = limiter.anonymous(request);
      if (refusal.isPresent()) {
        responses.tooManyRequests(request, refusal.get());
      } else {
        unauthenticated(
            request, "Bearer error=\"invalid_token\"", "The bearer token is invalid or expired");
      }
      return;
    }
    Optional<RateLimiter.Refusal> refusal =
        token.getSubject() == null
            ? limiter.anonymous(request)
            : limiter.subject(token.getSubject());
    if (refusal.isPresent()) {
      responses.tooManyRequests(request, refusal.get());
      return;
    }
    proxy.handle(request);
  }

  private void unauthenticated(HttpServerRequest request, String challenge, String detail) {
    request.response().putHeader("WWW-Authenticate", challenge);
    responses.send(request, 401, "UNAUTHENTICATED", "Unauthenticated", detail, List.of());
  }

  /** {@code /openapi/registry?format=json} is the registry's {@code /q/openapi?format=json}. */
  private static String openApiPath(HttpServerRequest request) {
    String query = request.query();
    return query == null || query.isEmpty() ? "/q/openapi" : "/q/openapi?" + query;
  }
}
