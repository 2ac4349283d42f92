package vn.ocop.gateway.routing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.Map;

/** Routing of the gateway ({@code ocop.gateway.*}). */
@ConfigMapping(prefix = "ocop.gateway")
public interface GatewayConfig {

  /**
   * The services by name, e.g. {@code registry=http://127.0.0.1:8081}: {@code /api/<name>/**} and
   * {@code /openapi/<name>} are forwarded to it (env {@code OCOP_GATEWAY_ROUTES_REGISTRY}, ...).
   */
  Map<String, String> routes();

  /** The service that answers the anonymous {@code /public/**} paths. */
  @WithName("public-route")
  @WithDefault("registry")
  String publicRoute();

  /** How long to wait for a connection to a service: a service that is down answers 502 fast. */
  @WithName("connect-timeout")
  @WithDefault("2s")
  Duration connectTimeout();

  /** How long a service may stay silent before the request fails with 504. */
  @WithName("response-timeout")
  @WithDefault("30s")
  Duration responseTimeout();

  /**
   * Connections kept open to each service by each event loop, reused across requests: enough for
   * the concurrent requests one event loop forwards to one service.
   */
  @WithName("pool-size")
  @WithDefault("64")
  int poolSize();
}
