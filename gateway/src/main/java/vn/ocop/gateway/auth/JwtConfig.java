package vn.ocop.gateway.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the embedded token issuer ({@code ocop.jwt.*}). */
@ConfigMapping(prefix = "ocop.jwt")
public interface JwtConfig {

  /** The {@code iss} claim; the services expect it in {@code mp.jwt.verify.issuer}. */
  @WithDefault("https://ocop.local/gateway")
  String issuer();

  /** How long an access token is valid. Short, because an issued token cannot be revoked. */
  @WithDefault("15m")
  Duration lifetime();
}
