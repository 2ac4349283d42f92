package vn.ocop.gateway.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Settings of the embedded token issuer and of the issuers the gateway trusts ({@code ocop.jwt.*}).
 */
@ConfigMapping(prefix = "ocop.jwt")
public interface JwtConfig {

  /** The {@code iss} claim; the services expect it in {@code mp.jwt.verify.issuer}. */
  @WithDefault("https://ocop.local/gateway")
  String issuer();

  /**
   * The {@code aud} claim of issued tokens, and the audience every accepted token must name; the
   * services expect it in {@code mp.jwt.verify.audiences}.
   */
  @WithDefault("ocop-api")
  String audience();

  /** How long an access token is valid. Short, because an issued token cannot be revoked. */
  @WithDefault("15m")
  Duration lifetime();

  /** Absolute lifetime of a sign-in's refresh tokens: rotation does not extend it. */
  @WithName("refresh-lifetime")
  @WithDefault("12h")
  Duration refreshLifetime();

  /**
   * Whether the gateway accepts the tokens of its own embedded issuer. Off when an external OIDC
   * issuer replaces it entirely (sign-in at /auth/token keeps working but its tokens are refused).
   */
  @WithName("embedded-trusted")
  @WithDefault("true")
  boolean embeddedTrusted();

  /** Clock skew tolerated on {@code exp}, {@code nbf} and {@code iat}, in seconds. */
  @WithName("clock-skew")
  @WithDefault("30")
  int clockSkewSeconds();

  /** Signing keys of the embedded issuer. */
  Keys keys();

  /** Tokens already verified, kept so that a token's next requests skip the signature check. */
  @WithName("verified-cache")
  VerifiedCache verifiedCache();

  /** See {@link VerifiedTokens}. */
  interface VerifiedCache {
    /** At most this many tokens are kept; 0 turns the cache off. */
    @WithDefault("10000")
    int size();

    /** A token is verified again at least this often, even if it expires later. */
    @WithName("max-age")
    @WithDefault("5m")
    Duration maxAge();
  }

  /**
   * External OIDC issuers the gateway trusts besides (or, with {@code embedded-trusted=false},
   * instead of) its own, by a name of your choice: {@code ocop.jwt.trusted.keycloak.issuer=...}.
   */
  Map<String, TrustedIssuer> trusted();

  /** Rotation of the embedded issuer's signing keys. */
  interface Keys {
    /**
     * How long a NEXT key must have been published before it may sign: longer than the services'
     * JWKS refresh interval, so that none of them meets a token whose kid it has never seen.
     */
    @WithName("publish-ahead")
    @WithDefault("10m")
    Duration publishAhead();

    /** Age of the ACTIVE key after which the scheduled rotation replaces it. */
    @WithName("rotate-after")
    @WithDefault("30d")
    Duration rotateAfter();

    /**
     * How often a replica checks whether the ACTIVE key is due for rotation ({@code off} disables
     * scheduled rotation; the admin endpoint still rotates).
     */
    @WithName("rotation-check")
    @WithDefault("1h")
    String rotationCheck();

    /** How often a replica re-reads the key ring, to see keys another replica rotated in. */
    @WithName("reload-every")
    @WithDefault("1m")
    String reloadEvery();
  }

  /** An external issuer: where its keys are and where its tokens carry the roles. */
  interface TrustedIssuer {
    /** The exact {@code iss} of its tokens, e.g. {@code https://sso.example.gov.vn/realms/ocop}. */
    String issuer();

    /** Its JWK Set, e.g. {@code .../realms/ocop/protocol/openid-connect/certs}. */
    @WithName("jwks-url")
    String jwksUrl();

    /** The audience its tokens must name; the gateway's own audience when unset. */
    Optional<String> audience();

    /**
     * Where the roles are in its tokens, as a smallrye-jwt claim path ({@code groups}, or {@code
     * realm_access/roles}).
     */
    @WithName("groups-path")
    @WithDefault("groups")
    String groupsPath();

    /** How often its JWK Set is fetched again (also when a token names an unknown kid). */
    @WithName("jwks-refresh")
    @WithDefault("5m")
    Duration jwksRefresh();
  }
}
