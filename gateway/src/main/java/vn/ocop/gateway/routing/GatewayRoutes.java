package vn.ocop.gateway.routing;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.PoolOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jboss.logging.Logger;
import vn.ocop.gateway.auth.BearerTokens;
import vn.ocop.platform.problem.FieldError;
import vn.ocop.platform.request.RequestIds;

/**
 * The gateway's routing table, installed on Quarkus' router at start:
 *
 * <ul>
 *   <li>every request: a request id (the caller's if safe, else a new one), and no dot-segments or
 *       encoded separators in the path (400);
 *   <li>{@code /api/<service>/**}: a valid bearer token of this gateway (401), then forwarded with
 *       the path unchanged (each service serves its own prefix);
 *   <li>{@code /public/**}: forwarded anonymously to the public-route service (the registry);
 *   <li>{@code /openapi/<service>}: the service's {@code /q/openapi} document, for the Swagger UI.
 * </ul>
 */
@ApplicationScoped
public class GatewayRoutes {
  private static final Logger LOG = Logger.getLogger(GatewayRoutes.class);

  /** After Quarkus' own first handlers, before anything reads the path or the body. */
  private static final int ORDER_GUARD = RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1;

  /** Before the REST layer, which would answer 404 for these paths. */
  private static final int ORDER_PROXY = RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT;

  private final Vertx vertx;
  private final GatewayConfig config;
  private final BearerTokens tokens;
  private final EdgeResponses responses;
  private final MeterRegistry meters;

  GatewayRoutes(
      Vertx vertx,
      GatewayConfig config,
      BearerTokens tokens,
      EdgeResponses responses,
      MeterRegistry meters) {
    this.vertx = vertx;
    this.config = config;
    this.tokens = tokens;
    this.responses = responses;
    this.meters = meters;
  }

  void install(@Observes Router router) {
    router.route().order(ORDER_GUARD).handler(this::identifyAndGuard);

    HttpClient client =
        vertx.createHttpClient(
            new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setKeepAlive(true),
            new PoolOptions().setHttp1MaxSize(64));
    Map<String, Backend> backends = new TreeMap<>();
    config.routes().forEach((name, url) -> backends.put(name, Backend.parse(name, url)));

    for (Backend backend : backends.values()) {
      HttpProxy api =
          BackendProxy.create(client, backend, HttpServerRequest::uri, config, responses, meters);
      router
          .route("/api/" + backend.name() + "/*")
          .order(ORDER_PROXY)
          .handler(rc -> forwardAuthenticated(rc, api));

      HttpProxy document =
          BackendProxy.create(
              client, backend, GatewayRoutes::openApiPath, config, responses, meters);
      router
          .get("/openapi/" + backend.name())
          .order(ORDER_PROXY)
          .handler(rc -> document.handle(rc.request()));
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
        BackendProxy.create(
            client, publicBackend, HttpServerRequest::uri, config, responses, meters);
    router.route("/public/*").order(ORDER_PROXY).handler(rc -> publicProxy.handle(rc.request()));
    LOG.infof("route /public/** -> %s", publicBackend.origin());
  }

  private void identifyAndGuard(RoutingContext rc) {
    HttpServerRequest request = rc.request();
    String requestId = RequestIds.acceptOrCreate(request.getHeader(RequestIds.HEADER));
    // Later handlers (the REST filters, the proxies) read the one id from the request.
    request.headers().set(RequestIds.HEADER, requestId);
    RequestIds.set(requestId);
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
    try {
      tokens.verify(authorization.substring(7).trim());
    } catch (BearerTokens.InvalidTokenException e) {
      LOG.debugf("%s %s: token %s", request.method(), request.path(), e.getMessage());
      unauthenticated(
          request, "Bearer error=\"invalid_token\"", "The bearer token is invalid or expired");
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
