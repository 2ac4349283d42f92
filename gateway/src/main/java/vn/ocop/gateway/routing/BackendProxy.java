package vn.ocop.gateway.routing;

import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import java.net.ConnectException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import vn.ocop.platform.problem.Problem;
import vn.ocop.platform.request.RequestIds;

/**
 * Forwards requests to one service: sets the {@code X-Forwarded-*} headers and the request id on
 * the way in, points {@code Location} headers back at the gateway on the way out, and answers
 * problem+json when the service is down (502) or silent (504) instead of hanging.
 */
final class BackendProxy implements ProxyInterceptor {
  private static final Logger LOG = Logger.getLogger(BackendProxy.class);
  private static final Pattern SAFE_PREFIX = Pattern.compile("(/[A-Za-z0-9._~-]+)*/?");

  private final Backend backend;
  private final Function<HttpServerRequest, String> target;
  private final GatewayConfig config;
  private final EdgeResponses responses;
  private final MeterRegistry meters;

  private BackendProxy(
      Backend backend,
      Function<HttpServerRequest, String> target,
      GatewayConfig config,
      EdgeResponses responses,
      MeterRegistry meters) {
    this.backend = backend;
    this.target = target;
    this.config = config;
    this.responses = responses;
    this.meters = meters;
  }

  /**
   * @param target the path and query to request from the service, given the incoming request
   */
  static HttpProxy create(
      HttpClient client,
      Backend backend,
      Function<HttpServerRequest, String> target,
      GatewayConfig config,
      EdgeResponses responses,
      MeterRegistry meters) {
    BackendProxy interceptor = new BackendProxy(backend, target, config, responses, meters);
    return HttpProxy.reverseProxy(client).origin(interceptor::open).addInterceptor(interceptor);
  }

  private Future<HttpClientRequest> open(ProxyContext context) {
    return context
        .client()
        .request(
            new RequestOptions()
                .setHost(backend.host())
                .setPort(backend.port())
                .setSsl(backend.ssl())
                .setConnectTimeout(config.connectTimeout().toMillis())
                .setIdleTimeout(config.responseTimeout().toMillis()));
  }

  @Override
  public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
    ProxyRequest request = context.request();
    HttpServerRequest incoming = request.proxiedRequest();
    request.setURI(target.apply(incoming));
    MultiMap headers = request.headers();
    // A client may not speak for the proxies: the services read X-Forwarded-*, set here, only.
    headers.remove("Forwarded");
    SocketAddress client = incoming.remoteAddress();
    String forwardedFor = headers.get("X-Forwarded-For");
    String clientAddress = client == null ? "unknown" : client.hostAddress();
    headers.set(
        "X-Forwarded-For",
        forwardedFor == null || forwardedFor.isBlank()
            ? clientAddress
            : forwardedFor + ", " + clientAddress);
    headers.set("X-Forwarded-Proto", incoming.scheme());
    headers.set("X-Forwarded-Host", authority(incoming));
    // Paths are forwarded unchanged, so the gateway adds no prefix; it passes on one that a proxy
    // in front of it removed.
    String prefix = headers.get("X-Forwarded-Prefix");
    headers.set(
        "X-Forwarded-Prefix",
        prefix != null && SAFE_PREFIX.matcher(prefix).matches() ? prefix : "/");
    headers.set(RequestIds.HEADER, incoming.getHeader(RequestIds.HEADER));
    return context
        .sendRequest()
        .recover(failure -> Future.succeededFuture(failed(context, failure)));
  }

  @Override
  public Future<Void> handleProxyResponse(ProxyContext context) {
    ProxyResponse response = context.response();
    HttpServerRequest incoming = context.request().proxiedRequest();
    String location = response.headers().get("Location");
    if (location != null) {
      response.putHeader("Location", toGateway(location, incoming));
    }
    response.putHeader(RequestIds.HEADER, incoming.getHeader(RequestIds.HEADER));
    return context.sendResponse();
  }

  /** A Location pointing at the service itself is made to point at the gateway's origin. */
  private String toGateway(String location, HttpServerRequest incoming) {
    URI uri;
    try {
      uri = URI.create(location);
    } catch (IllegalArgumentException e) {
      return location;
    }
    if (!backend.isOriginOf(uri)) {
      return location;
    }
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
    String fragment = uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment();
    return incoming.scheme() + "://" + authority(incoming) + path + query + fragment;
  }

  /** The host and port the client addressed (an HTTP/1.0 request may name none). */
  private static String authority(HttpServerRequest incoming) {
    if (incoming.authority() != null) {
      return incoming.authority().toString();
    }
    SocketAddress local = incoming.localAddress();
    return local.hostAddress() + ":" + local.port();
  }

  private ProxyResponse failed(ProxyContext context, Throwable failure) {
    HttpServerRequest incoming = context.request().proxiedRequest();
    boolean timedOut =
        !causedBy(failure, ConnectException.class) && causedBy(failure, TimeoutException.class);
    int status = timedOut ? 504 : 502;
    String code = timedOut ? "BACKEND_TIMEOUT" : "BACKEND_UNAVAILABLE";
    String detail =
        timedOut
            ? "The " + backend.name() + " service did not answer in time; try again later"
            : "The " + backend.name() + " service is not reachable; try again later";
    LOG.warnf(
        "%s %s: %s service at %s failed: %s",
        incoming.method(), incoming.path(), backend.name(), backend.origin(), failure.toString());
    meters
        .counter("ocop.gateway.backend.failures", "route", backend.name(), "code", code)
        .increment();
    Buffer body =
        responses.problem(
            incoming,
            status,
            code,
            timedOut ? "Gateway timeout" : "Bad gateway",
            detail,
            List.of());
    return context
        .request()
        .release()
        .response()
        .setStatusCode(status)
        .putHeader("Content-Type", Problem.MEDIA_TYPE)
        .setBody(Body.body(body));
  }

  private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }
}
