package vn.ocop.gateway.auth;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import vn.ocop.gateway.account.Account;
import vn.ocop.gateway.account.Accounts;
import vn.ocop.gateway.account.Passwords;
import vn.ocop.platform.problem.ProblemException;

/**
 * Sign-in (đăng nhập) with a local account and what follows it: the lockout after repeated
 * failures, the refresh of an access token with a one-time refresh token, and sign-out.
 *
 * <p>Not transactional itself: bcrypt runs outside any transaction (it takes a fraction of a second
 * and would hold a connection), and a failure is counted in a transaction of its own that commits
 * although the sign-in fails.
 */
@ApplicationScoped
public class Sessions {
  private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

  private static final Logger LOG = Logger.getLogger(Sessions.class);

  private final Accounts accounts;
  private final Passwords passwords;
  private final LoginAttempts attempts;
  private final RefreshTokens refreshTokens;
  private final TokenIssuer issuer;
  private final JwtConfig config;

  Sessions(
      Accounts accounts,
      Passwords passwords,
      LoginAttempts attempts,
      RefreshTokens refreshTokens,
      TokenIssuer issuer,
      JwtConfig config) {
    this.accounts = accounts;
    this.passwords = passwords;
    this.attempts = attempts;
    this.refreshTokens = refreshTokens;
    this.issuer = issuer;
    this.config = config;
  }

  /**
   * Checks the password and answers an access token and the first refresh token of a new family.
   *
   * @param client the caller's address, for the log
   * @throws LoginLockedException 429 while the username is locked, even with the right password
   * @throws ProblemException 401 {@code INVALID_CREDENTIALS}, the same for an unknown username, a
   *     wrong password and a disabled account
   */
  public TokenResponse signIn(TokenRequest request, String client) {
    String key = LoginAttempts.key(request.username());
    if (CONTROL.matcher(key).find()) {
      // No account is named so (PostgreSQL cannot even store a NUL): nothing to count or lock.
      throw invalidCredentials();
    }
    checkNotLocked(key, client);
    Account account = QuarkusTransaction.requiringNew().call(() -> accounts.findById(key));
    boolean matches =
        passwords.matches(request.password(), account == null ? null : account.passwordHash);
    if (!matches || !account.enabled) {
      failed(key, client, account == null ? "no such account" : matches ? "disabled" : "password");
      throw invalidCredentials();
    }
    attempts.clear(key);
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              Account current = accounts.findById(key);
              OffsetDateTime expiresAt = RefreshTokens.now().plus(config.refreshLifetime());
              return respond(current, refreshTokens.issue(key, UUID.randomUUID(), expiresAt));
            });
  }

  /**
   * Checks a local account's password for another purpose (changing it), counting a failure as a
   * failed sign-in: a stolen access token must not become a way around the lockout.
   */
  public void checkPassword(Account account, String password, String client) {
    String key = LoginAttempts.key(account.username);
    checkNotLocked(key, client);
    if (!passwords.matches(password, account.passwordHash)) {
      failed(key, client, "current password");
      throw ProblemException.invalidField(
          "currentPassword", "matches", "The current password is wrong");
    }
  }

  /**
   * Uses a refresh token once: answers a new access token (from the account as it is now) and the
   * next refresh token of the family. A token used before revokes the whole family: either the
   * client or a thief replayed it, and the server cannot tell which.
   *
   * @throws ProblemException 401 {@code INVALID_REFRESH_TOKEN}
   */
  public TokenResponse refresh(String token) {
    Outcome outcome = QuarkusTransaction.requiringNew().call(() -> rotate(token));
    if (outcome.refused() != null) {
      throw outcome.refused();
    }
    return outcome.response();
  }

  /** Revokes the family of the token, if it is one of ours; answers the same either way. */
  public void signOut(String token) {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                refreshTokens
                    .findForUpdate(token)
                    .ifPresent(
                        row -> {
                          refreshTokens.revokeFamily(row.familyId, "logout");
                          LOG.infof("signed out: %s (family %s)", row.username, row.familyId);
                        }));
  }

  /** The result of a rotation: committed in either case (a reuse must revoke for good). */
  private record Outcome(TokenResponse response, ProblemException refused) {}

  private Outcome rotate(String token) {
    RefreshToken row = refreshTokens.findForUpdate(token).orElse(null);
    if (row == null) {
      return refused("unknown refresh token", null);
    }
    OffsetDateTime now = RefreshTokens.now();
    if (row.revokedAt != null) {
      return refused("revoked refresh token (" + row.revokeReason + ")", row);
    }
    if (row.usedAt != null) {
      int revoked = refreshTokens.revokeFamily(row.familyId, "reuse");
      LOG.warnf(
          "refresh token of %s used twice: family %s revoked (%d live tokens); possible theft",
          row.username, row.familyId, revoked);
      return refused("reused refresh token", row);
    }
    if (!row.expiresAt.isAfter(now)) {
      return refused("expired refresh token", row);
    }
    Account account = accounts.findById(row.username);
    if (account == null || !account.enabled) {
      refreshTokens.revokeFamily(row.familyId, "account disabled");
      return refused("account disabled or removed", row);
    }
    row.usedAt = now;
    return new Outcome(
        respond(account, refreshTokens.issue(row.username, row.familyId, row.expiresAt)), null);
  }

  private Outcome refused(String reason, RefreshToken row) {
    LOG.infof(
        "refresh refused: %s%s", reason, row == null ? "" : " (account " + row.username + ")");
    return new Outcome(
        null,
        new ProblemException(
            401,
            "INVALID_REFRESH_TOKEN",
            "Unauthenticated",
            "The refresh token is invalid, expired or revoked; sign in again"));
  }

  private TokenResponse respond(Account account, RefreshTokens.Issued refresh) {
    long refreshSeconds =
        Math.max(0, Duration.between(RefreshTokens.now(), refresh.row().expiresAt).toSeconds());
    return TokenResponse.withRefresh(
        issuer.forAccount(account), issuer.lifetimeSeconds(), refresh.token(), refreshSeconds);
  }

  private void checkNotLocked(String key, String client) {
    attempts
        .lockedUntil(key)
        .ifPresent(
            until -> {
              LOG.warnf(
                  "sign-in refused: username %s is locked until %s (client %s)",
                  printable(key), until, client);
              throw new LoginLockedException(
                  Duration.between(RefreshTokens.now(), until).toSeconds() + 1);
            });
  }

  private void failed(String key, String client, String why) {
    int failures = attempts.recordFailure(key);
    boolean locked = failures >= attempts.maxFailures();
    LOG.warnf(
        "sign-in failed: username %s from %s (%s), %d in a row%s",
        printable(key), client, why, failures, locked ? ": username locked" : "");
  }

  private static ProblemException invalidCredentials() {
    return new ProblemException(
        401, "INVALID_CREDENTIALS", "Unauthenticated", "The username or the password is wrong");
  }

  /** A username as typed, safe for a log line (no line breaks or control characters). */
  private static String printable(String username) {
    return "'" + username.replaceAll("\\p{Cntrl}", "?") + "'";
  }
}
