package vn.ocop.gateway.auth;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.UUID;
import vn.ocop.gateway.account.Account;
import vn.ocop.platform.security.Caller;

/**
 * Signs the embedded issuer's access tokens with the ACTIVE key: for a local account (its roles and
 * scope as claims) or for a machine client ({@code sub} = client id, its roles, a {@code client_id}
 * claim).
 */
@ApplicationScoped
public class TokenIssuer {
  /** Marks a machine client's token: such a caller manages no accounts. */
  public static final String CLIENT_CLAIM = "client_id";

  private final SigningKeys keys;
  private final JwtConfig config;

  TokenIssuer(SigningKeys keys, JwtConfig config) {
    this.keys = keys;
    this.config = config;
  }

  public long lifetimeSeconds() {
    return config.lifetime().toSeconds();
  }

  /** An access token for a local account, as it is now. */
  public String forAccount(Account account) {
    JwtClaimsBuilder claims = base(account.username, account.roles);
    if (account.provinceCode != null) {
      claims.claim(Caller.PROVINCE_CLAIM, account.provinceCode);
    }
    if (account.communeCode != null) {
      claims.claim(Caller.COMMUNE_CLAIM, account.communeCode);
    }
    if (account.subjectId != null) {
      claims.claim(Caller.SUBJECT_CLAIM, account.subjectId.toString());
    }
    return sign(claims);
  }

  /** An access token for a machine client of the client credentials grant. */
  public String forClient(String clientId, Collection<String> roles, String provinceCode) {
    JwtClaimsBuilder claims = base(clientId, roles).claim(CLIENT_CLAIM, clientId);
    if (provinceCode != null) {
      claims.claim(Caller.PROVINCE_CLAIM, provinceCode);
    }
    return sign(claims);
  }

  private JwtClaimsBuilder base(String subject, Collection<String> roles) {
    Instant now = Instant.now();
    return Jwt.issuer(config.issuer())
        .audience(config.audience())
        .subject(subject)
        .upn(subject)
        .groups(new LinkedHashSet<>(roles))
        .issuedAt(now)
        .expiresAt(now.plus(config.lifetime()))
        .claim("jti", UUID.randomUUID().toString());
  }

  private String sign(JwtClaimsBuilder claims) {
    SigningKeys.ActiveKey key = keys.signingKey();
    return claims.jws().keyId(key.kid()).algorithm(SignatureAlgorithm.RS256).sign(key.privateKey());
  }
}
