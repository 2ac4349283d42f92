package vn.ocop.gateway.auth;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.UUID;
import vn.ocop.gateway.account.Account;
import vn.ocop.gateway.account.Accounts;
import vn.ocop.gateway.account.Passwords;
import vn.ocop.platform.problem.ProblemException;
import vn.ocop.platform.security.Caller;

/**
 * The embedded token issuer: checks a local account's password and signs an access token carrying
 * the account's roles and scope (province, commune, subject) as claims.
 */
@ApplicationScoped
public class TokenIssuer {
  private final Accounts accounts;
  private final Passwords passwords;
  private final SigningKeys keys;
  private final JwtConfig config;

  TokenIssuer(Accounts accounts, Passwords passwords, SigningKeys keys, JwtConfig config) {
    this.accounts = accounts;
    this.passwords = passwords;
    this.keys = keys;
    this.config = config;
  }

  /**
   * Signs a token for the account.
   *
   * @throws ProblemException 401 {@code INVALID_CREDENTIALS}, the same for an unknown username, a
   *     wrong password and a disabled account, so the answer does not tell which accounts exist
   */
  @Transactional
  public TokenResponse issue(TokenRequest request) {
    Account account = accounts.findById(request.username().trim().toLowerCase(Locale.ROOT));
    boolean passwordMatches =
        passwords.matches(request.password(), account == null ? null : account.passwordHash);
    if (!passwordMatches || !account.enabled) {
      throw new ProblemException(
          401, "INVALID_CREDENTIALS", "Unauthenticated", "The username or the password is wrong");
    }
    return TokenResponse.bearer(sign(account), config.lifetime().toSeconds());
  }

  private String sign(Account account) {
    Instant now = Instant.now();
    JwtClaimsBuilder claims =
        Jwt.issuer(config.issuer())
            .subject(account.username)
            .upn(account.username)
            .groups(new LinkedHashSet<>(account.roles))
            .issuedAt(now)
            .expiresAt(now.plus(config.lifetime()))
            .claim("jti", UUID.randomUUID().toString());
    if (account.provinceCode != null) {
      claims.claim(Caller.PROVINCE_CLAIM, account.provinceCode);
    }
    if (account.communeCode != null) {
      claims.claim(Caller.COMMUNE_CLAIM, account.communeCode);
    }
    if (account.subjectId != null) {
      claims.claim(Caller.SUBJECT_CLAIM, account.subjectId.toString());
    }
    SigningKeys.ActiveKey key = keys.signingKey();
    return claims.jws().keyId(key.kid()).algorithm(SignatureAlgorithm.RS256).sign(key.privateKey());
  }
}
