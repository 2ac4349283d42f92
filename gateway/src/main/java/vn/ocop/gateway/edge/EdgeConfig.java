package vn.ocop.gateway.edge;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** What the gateway accepts and adds at the edge ({@code ocop.gateway.edge.*}). */
@ConfigMapping(prefix = "ocop.gateway.edge")
public interface EdgeConfig {

  /**
   * Largest request body, to any route: above the registry's import limit (20 MB), so that an
   * import the registry would take is never cut short here.
   */
  @WithDefault("25M")
  @WithName("max-body-size")
  MemorySize maxBodySize();

  /**
   * Largest total size of the request headers answered with a problem (431). Vert.x refuses larger
   * ones still before any handler, at {@code quarkus.http.limits.max-header-size}, which must be
   * larger than this.
   */
  @WithDefault("16K")
  @WithName("max-header-size")
  MemorySize maxHeaderSize();

  /**
   * Longest request target (path and query) answered with a problem (414); Vert.x refuses longer
   * request lines before any handler at {@code quarkus.http.limits.max-initial-line-length}.
   */
  @WithDefault("4096")
  @WithName("max-uri-length")
  int maxUriLength();

  /**
   * The {@code Strict-Transport-Security} value sent on answers to https requests (also when a
   * trusted proxy says the client used https); {@code off} sends none.
   */
  @WithDefault("max-age=31536000")
  String hsts();

  /** Where Quarkus serves the Swagger UI: its pages get a CSP that lets them run. */
  @WithDefault("/q/swagger-ui")
  @WithName("swagger-ui-path")
  String swaggerUiPath();
}
