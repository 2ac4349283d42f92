package vn.ocop.gateway.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Verifies the bearer tokens of requests the gateway forwards, before they reach a service (which
 * verifies them again). It checks in-process, with smallrye-jwt's parser (the same code the
 * services run) and the gateway's own active public keys picked by the token's {@code kid}: no
 * network call per request, and no dependence on the JWKS endpoint of this very process.
 */
@ApplicationScoped
public class BearerTokens {
  private final SigningKeys keys;
  private final JwtConfig config;
  private final ObjectMapper mapper;
  private final DefaultJWTParser parser = new DefaultJWTParser();

  BearerTokens(SigningKeys keys, JwtConfig config, ObjectMapper mapper) {
    this.keys = keys;
    this.config = config;
    this.mapper = mapper;
  }

  /** A token that is not signed by an active key of ours, is expired, or is not a JWT at all. */
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
    RSAPublicKey key = keys.verificationKeys().get(keyId(token));
    if (key == null) {
      throw new InvalidTokenException("not signed by an active key of this gateway", null);
    }
    JWTAuthContextInfo context = new JWTAuthContextInfo(key, config.issuer());
    context.setSignatureAlgorithm(Set.of(SignatureAlgorithm.RS256));
    try {
      return parser.parse(token, context);
    } catch (ParseException e) {
      throw new InvalidTokenException("rejected: " + e.getMessage(), e);
    }
  }

  private String keyId(String token) throws InvalidTokenException {
    int dot = token.indexOf('.');
    if (dot <= 0) {
      throw new InvalidTokenException("not a JWT", null);
    }
    try {
      JsonNode header = mapper.readTree(Base64.getUrlDecoder().decode(token.substring(0, dot)));
      JsonNode kid = header.get("kid");
      if (kid == null || !kid.isTextual()) {
        throw new InvalidTokenException("no kid header", null);
      }
      return kid.asText();
    } catch (IOException | IllegalArgumentException e) {
      throw new InvalidTokenException("unreadable header", e);
    }
  }
}
