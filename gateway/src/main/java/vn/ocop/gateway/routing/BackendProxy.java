package vn.ocop.gateway.routing;

import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
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
import vn.ocop.gateway.edge.EdgeResponses;
import vn.ocop.platform.problem.FieldError;
import vn.ocop.platform.problem.Problem;
import vn.ocop.platform.request.RequestIds;

/**
 * Forwards requests to one service: sets the {@code X-Forwarded-*} headers and the request id on
 * the way in and caps a body of unknown length; on the way out points {@code Location} headers back
 * at the gateway and drops what is the gateway's to say (CORS, server name, request id); and
 * answers problem+json when the service is down (502) or silent (504) instead of hanging.
 */
final class BackendProxy implements ProxyInterceptor {
  private static final Logger LOG = Logger.getLogger(BackendProxy.class);
  private static final Pattern SAFE_PREFIX = Pattern.compile("(/[A-Za-z0-9._~-]+)*/?");

  /** Set on the proxy context when a streamed body went over the limit. */
  private static final String BODY_TOO_LARGE = "ocop.body-too-large";

  /** The request to the service, kept on the proxy context to restart its response timer. */
  private static final String SERVICE_REQUEST = "ocop.service-request";

  /** What every proxy of the gateway shares. */
  record Settings(
      GatewayConfig config, EdgeResponses responses, MeterRegistry meters, long maxBodySize) {}

  private final ServiceClients clients;
  private final Backend backend;
  private final Function<HttpServerRequest, String> target;
  private final Settings settings;

  private BackendProxy(
      ServiceClients clients,
      Backend backend,
      Function<HttpServerRequest, String> target,
      Settings settings) {
    this.clients = clients;
    this.backend = backend;
    this.target = target;
    this.settings = settings;
  }

  /**
   * @param target the path and query to request from the service, given the incoming request
   */
  static HttpProxy create(
      ServiceClients clients,
      Backend backend,
      Function<HttpServerRequest, String> target,
      Settings settings) {
    BackendProxy interceptor = new BackendProxy(clients, backend, target, settings);
    // The proxy's own client would serve WebSocket upgrades only, which no route allows; requests
    // go out through the receiving event loop's client (open).
    return HttpProxy.reverseProxy(clients.get())
        .origin(interceptor::open)
        .addInterceptor(interceptor);
  }

  private Future<HttpClientRequest> open(ProxyContext context) {
    return clients
        .get()
        .request(
            new RequestOptions()
                .setHost(backend.host())
                .setPort(backend.port())
                .setSsl(backend.ssl())
                .setConnectTimeout(settings.config().connectTimeout().toMillis())
                .setIdleTimeout(settings.config().responseTimeout().toMillis()))
        .onSuccess(request -> context.set(SERVICE_REQUEST, request));
  }

  @Override
  public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
    ProxyRequest request = context.request();
    HttpServerRequest incoming = request.proxiedRequest();
    request.setURI(target.apply(incoming));
    MultiMap headers = request.headers();
    // A client may not speak for the proxies: the services read X-Forwarded-*, set here, only.
    headers.remove("Forwarded");
    // The peer of the socket: with proxy-address-forwarding on, remoteAddress() is the client the
    // load balancer named, already in its X-Forwarded-For; the hop to append is the balancer.
    SocketAddress client = incoming.connection().remoteAddress();
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
    Body body = request.getBody();
    if (hasNoBody(incoming)) {
      // Most requests (GET, DELETE) carry no body: the service's request is ended at once, instead
      // of a pipe from the client's request that would wait for its end.
      request.setBody(null);
      incoming.resume();
    } else if (body != null) {
      // A chunked body's length is only known as it streams (the edge checked declared ones). The
      // response timeout counts from the last byte passed on: an import uploaded slowly from a
      // province's link is not a silent service.
      request.setBody(
          Body.body(
              new CappedStream(
                  body.stream(),
                  settings.maxBodySize(),
                  () -> context.set(BODY_TOO_LARGE, Boolean.TRUE),
                  () -> restartResponseTimer(context)),
              body.length()));
    }
    return context
        .sendRequest()
        .recover(failure -> Future.succeededFuture(failed(context, failure)));
  }

  /**
   * An HTTP/1 request has a body only if it declares one (RFC 9112, section 6.3); an HTTP/2 one may
   * send data without declaring it, so it keeps its stream.
   */
  private static boolean hasNoBody(HttpServerRequest incoming) {
    if (incoming.version() == HttpVersion.HTTP_2) {
      return false;
    }
    MultiMap headers = incoming.headers();
    String length = headers.get("Content-Length");
    return !headers.contains("Transfer-Encoding") && (length == null || "0".equals(length.trim()));
  }

  private void restartResponseTimer(ProxyContext context) {
    HttpClientRequest request = context.get(SERVICE_REQUEST, HttpClientRequest.class);
    if (request != null) {
      request.idleTimeout(settings.config().responseTimeout().toMillis());
    }
  }

  @Override
  public Future<Void> handleProxyResponse(ProxyContext context) {
    ProxyResponse response = context.response();
    HttpServerRequest incoming = context.request().proxiedRequest();
    MultiMap headers = response.headers();
    String location = headers.get("Location");
    if (location != null) {
      response.putHeader("Location", toGateway(location, incoming));
    }
    // CORS is answered at the gateway only; its request id and security headers are set as the
    // answer is written (the edge): a service's own would come out twice.
    List<String> names = List.copyOf(headers.names());
    for (String name : names) {
      if (name.regionMatches(true, 0, "Access-Control-", 0, 15)) {
        headers.remove(name);
      }
    }
    headers.remove(RequestIds.HEADER);
    headers.remove("Server");
    headers.remove("X-Powered-By");
    if (Boolean.TRUE.equals(context.get(BODY_TOO_LARGE, Boolean.class))
        && incoming.version() != HttpVersion.HTTP_2) {
      return context.sendResponse().onComplete(sent -> incoming.connection().close());
    }
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
    if (Boolean.TRUE.equals(context.get(BODY_TOO_LARGE, Boolean.class))) {
      return bodyTooLarge(context);
    }
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
    settings
        .meters()
        .counter("ocop.gateway.backend.failures", "route", backend.name(), "code", code)
        .increment();
    Buffer body =
        settings
            .responses()
            .problem(
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

  /**
   * The service got the start of the body and a reset, never a whole request; the client gets 413
   * and the connection is closed rather than read to the end.
   */
  private ProxyResponse bodyTooLarge(ProxyContext context) {
    HttpServerRequest incoming = context.request().proxiedRequest();
    long limit = settings.maxBodySize();
    LOG.infof(
        "%s %s refused with 413 PAYLOAD_TOO_LARGE: the streamed body passed %d bytes",
        incoming.method(), incoming.path(), limit);
    settings.meters().counter("ocop.gateway.refused", "code", "PAYLOAD_TOO_LARGE").increment();
    Buffer body =
        settings
            .responses()
            .problem(
                incoming,
                413,
                "PAYLOAD_TOO_LARGE",
                "Payload too large",
                "The request body is larger than " + limit + " bytes",
                List.of(new FieldError("body", "maxSize", "at most " + limit + " bytes")));
    return context
        .request()
        .release()
        .response()
        .setStatusCode(413)
        .putHeader("Content-Type", Problem.MEDIA_TYPE)
        .putHeader("Connection", "close")
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
