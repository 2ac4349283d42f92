package vn.ocop.gateway.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.jose4j.jwt.consumer.ErrorCodes;
import org.jose4j.jwt.consumer.InvalidJwtException;

/**
 * Verifies bearer tokens: those of requests the gateway forwards (before a service verifies them
 * again) and those of its own endpoints. It checks in-process with smallrye-jwt's parser (the code
 * the services run), against the key named by the token's {@code kid}: the embedded issuer's key
 * ring, or the cached JWK Set of a trusted external issuer. No network call per request.
 *
 * <p>Only RS256 is accepted, before any key is looked up, so {@code alg: none} and HS256 signed
 * with a public key as the HMAC secret never reach a verifier. Every refusal is logged with its
 * reason (never the token); the caller gets the same answer whatever the reason. A token once
 * verified is kept ({@link VerifiedTokens}) while its key is unchanged and until it expires.
 */
@ApplicationScoped
public class BearerTokens {
  private static final Logger LOG = Logger.getLogger(BearerTokens.class);
  private static final String ACCEPTED_ALGORITHM = "RS256";

  private final SigningKeys keys;
  private final TrustedIssuers trusted;
  private final JwtConfig config;
  private final ObjectMapper mapper;
  // Given its factory: without one, the parser looks the factory up through the ServiceLoader on
  // every call, which cost more than the signature check itself.
  private final DefaultJWTParser parser =
      new DefaultJWTParser(new DefaultJWTCallerPrincipalFactory());
  private final VerifiedTokens verified;

  BearerTokens(SigningKeys keys, TrustedIssuers trusted, JwtConfig config, ObjectMapper mapper) {
    this.keys = keys;
    this.trusted = trusted;
    this.config = config;
    this.mapper = mapper;
    this.verified =
        new VerifiedTokens(
            config.verifiedCache().size(), config.verifiedCache().maxAge().toSeconds());
  }

  /** A token that is not signed by a trusted key, is expired, or is not a JWT at all. */
  public static class InvalidTokenException extends Exception {
    InvalidTokenException(String reason, Throwable cause) {
      super(reason, cause);
    }
  }

  /**
   * @param token the compact JWT, without the {@code Bearer } prefix
   * @return the verified token
   */
  public JsonWebToken verify(String token) throws InvalidTokenException {
    JsonWebToken known = verified.get(token, Instant.now().getEpochSecond());
    if (known != null) {
      return known;
    }
    Unverified unverified = null;
    try {
      unverified = Unverified.read(token, mapper);
      return check(token, unverified);
    } catch (InvalidTokenException e) {
      LOG.infof(
          "bearer token refused: %s (kid=%s, iss=%s, sub=%s)",
          e.getMessage(),
          unverified == null ? "-" : unverified.kid(),
          unverified == null ? "-" : unverified.issuer(),
          unverified == null ? "-" : unverified.subject());
      throw e;
    }
  }

  private JsonWebToken check(String text, Unverified unverified) throws InvalidTokenException {
    if (!ACCEPTED_ALGORITHM.equals(unverified.algorithm())) {
      throw new InvalidTokenException(
          "algorithm " + unverified.algorithm() + " is not accepted (RS256 only)", null);
    }
    JWTAuthContextInfo context;
    PublicKey key;
    Supplier<PublicKey> currentKey;
    if (config.embeddedTrusted() && config.issuer().equals(unverified.issuer())) {
      String kid = requireKid(unverified);
      currentKey = () -> keys.verificationKeys().get(kid);
      key = currentKey.get();
      if (key == null) {
        throw new InvalidTokenException("unknown kid of the embedded issuer", null);
      }
      context = context(key, config.issuer(), config.audience());
    } else {
      Optional<Map.Entry<String, JwtConfig.TrustedIssuer>> external =
          trusted.byIssuer(unverified.issuer());
      if (external.isEmpty()) {
        throw new InvalidTokenException("untrusted issuer", null);
      }
      String name = external.get().getKey();
      JwtConfig.TrustedIssuer issuer = external.get().getValue();
      String kid = requireKid(unverified);
      currentKey = () -> trusted.key(name, kid);
      key = currentKey.get();
      if (key == null) {
        throw new InvalidTokenException("unknown kid of trusted issuer " + name, null);
      }
      context = context(key, issuer.issuer(), issuer.audience().orElse(config.audience()));
      context.setGroupsPath(issuer.groupsPath());
    }
    JsonWebToken token;
    try {
      token = parser.parse(text, context);
    } catch (ParseException e) {
      throw new InvalidTokenException(reason(e), e);
    }
    long now = Instant.now().getEpochSecond();
    if (token.getIssuedAtTime() > now + config.clockSkewSeconds()) {
      throw new InvalidTokenException("issued in the future", null);
    }
    // jose4j accepts a token up to its exp plus the skew; a kept one is accepted no longer.
    verified.put(
        text, token, key, currentKey, token.getExpirationTime() + config.clockSkewSeconds(), now);
    return token;
  }

  private JWTAuthContextInfo context(PublicKey key, String issuer, String audience) {
    JWTAuthContextInfo context = new JWTAuthContextInfo(key, issuer);
    context.setSignatureAlgorithm(Set.of(SignatureAlgorithm.RS256));
    context.setExpectedAudience(Set.of(audience));
    context.setClockSkew(config.clockSkewSeconds());
    return context;
  }

  private static String requireKid(Unverified unverified) throws InvalidTokenException {
    if (unverified.kid() == null) {
      throw new InvalidTokenException("no kid header", null);
    }
    return unverified.kid();
  }

  /** A short reason for the log, from the validation errors jose4j found. */
  private static String reason(ParseException e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof InvalidJwtException invalid) {
        if (invalid.hasErrorCode(ErrorCodes.SIGNATURE_INVALID)) {
          return "bad signature";
        }
        if (invalid.hasExpired()) {
          return "expired";
        }
        if (invalid.hasErrorCode(ErrorCodes.NOT_YET_VALID)) {
          return "not yet valid (nbf)";
        }
        if (invalid.hasErrorCode(ErrorCodes.AUDIENCE_INVALID)
            || invalid.hasErrorCode(ErrorCodes.AUDIENCE_MISSING)) {
          return "wrong or missing audience";
        }
        if (invalid.hasErrorCode(ErrorCodes.ISSUER_INVALID)
            || invalid.hasErrorCode(ErrorCodes.ISSUER_MISSING)) {
          return "wrong issuer";
        }
        if (invalid.hasErrorCode(ErrorCodes.EXPIRATION_MISSING)) {
          return "no exp claim";
        }
        return "invalid claims: "
            + invalid.getErrorDetails().stream().map(d -> "code " + d.getErrorCode()).toList();
      }
    }
    return "rejected: " + e.getMessage();
  }

  /**
   * What a token says of itself before any check: only used to pick the key and to log a refusal.
   */
  private record Unverified(String algorithm, String kid, String issuer, String subject) {
    static Unverified read(String token, ObjectMapper mapper) throws InvalidTokenException {
      String[] parts = token.split("\\.", -1);
      if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty()) {
        throw new InvalidTokenException("not a compact JWS (header.payload.signature)", null);
      }
      JsonNode header = json(parts[0], mapper, "header");
      JsonNode payload = json(parts[1], mapper, "payload");
      return new Unverified(
          text(header, "alg"), text(header, "kid"), text(payload, "iss"), text(payload, "sub"));
    }

    private static JsonNode json(String part, ObjectMapper mapper, String what)
        throws InvalidTokenException {
      try {
        JsonNode node = mapper.readTree(Base64.getUrlDecoder().decode(part));
        if (node == null || !node.isObject()) {
          throw new InvalidTokenException("the " + what + " is not a JSON object", null);
        }
        return node;
      } catch (IOException | IllegalArgumentException e) {
        throw new InvalidTokenException("unreadable " + what, null);
      }
    }

    /** A header or claim value, cut short and stripped of control characters for the log. */
    private static String text(JsonNode node, String name) {
      JsonNode value = node.get(name);
      if (value == null || !value.isTextual()) {
        return null;
      }
      String text = value.asText().replaceAll("\\p{Cntrl}", "?");
      return text.length() > 100 ? text.substring(0, 100) + "…" : text;
    }
  }
}
