package vn.ocop.gateway.routing;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import java.util.function.Supplier;

/**
 * The HTTP clients that carry requests to the services: one per event-loop thread, created on it. A
 * request then goes out and comes back on the event loop that received it. With one shared client,
 * a connection opened by another event loop hands every response over between threads, which on a
 * busy machine costs a wake-up and a scheduling delay per request, twice.
 */
final class ServiceClients implements Supplier<HttpClient> {
  private final ThreadLocal<HttpClient> clients;

  ServiceClients(Vertx vertx, GatewayConfig config) {
    HttpClientOptions options =
        new HttpClientOptions()
            .setConnectTimeout((int) config.connectTimeout().toMillis())
            .setKeepAlive(true);
    PoolOptions pool = new PoolOptions().setHttp1MaxSize(config.poolSize());
    this.clients = ThreadLocal.withInitial(() -> vertx.createHttpClient(options, pool));
  }

  /** The calling event loop's client. */
  @Override
  public HttpClient get() {
    return clients.get();
  }
}
