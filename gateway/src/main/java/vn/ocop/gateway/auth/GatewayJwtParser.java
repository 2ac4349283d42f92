package vn.ocop.gateway.auth;

import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.security.PrivateKey;
import java.security.PublicKey;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The parser behind the gateway's own {@code @RolesAllowed} endpoints: Quarkus' bearer mechanism
 * hands it the token, and it verifies it exactly as a forwarded request's token is verified ({@link
 * BearerTokens}: the live key ring, the trusted issuers, the audience) instead of the single static
 * key of {@code mp.jwt.verify.publickey.location}.
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class GatewayJwtParser implements JWTParser {
  private final BearerTokens tokens;

  GatewayJwtParser(BearerTokens tokens) {
    this.tokens = tokens;
  }

  @Override
  public JsonWebToken parse(String token) throws ParseException {
    try {
      return tokens.verify(token);
    } catch (BearerTokens.InvalidTokenException e) {
      throw new ParseException(e.getMessage());
    }
  }

  /** The context is ignored: the keys, issuers and audience are the gateway's own. */
  @Override
  public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
    return parse(token);
  }

  @Override
  public JsonWebToken verify(String token, PublicKey key) throws ParseException {
    throw unsupported();
  }

  @Override
  public JsonWebToken verify(String token, SecretKey key) throws ParseException {
    throw unsupported();
  }

  @Override
  public JsonWebToken verify(String token, String secret) throws ParseException {
    throw unsupported();
  }

  @Override
  public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
    throw unsupported();
  }

  @Override
  public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
    throw unsupported();
  }

  @Override
  public JsonWebToken decrypt(String token, String secret) throws ParseException {
    throw unsupported();
  }

  @Override
  public JsonWebToken parseOnly(String token) throws ParseException {
    throw unsupported();
  }

  private static ParseException unsupported() {
    return new ParseException("only signed tokens of trusted issuers are accepted");
  }
}
