package vn.ocop.gateway.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.ocop.gateway.account.AccountsConfig;

/**
 * Consecutive failed sign-ins per normalised username, and the lockout they lead to. Counted for
 * any username, existing or not, so that being locked tells nothing about which accounts exist.
 * Every method commits on its own: a failure must be counted even though the sign-in then fails.
 */
@ApplicationScoped
public class LoginAttempts {
  private final EntityManager entityManager;
  private final AccountsConfig.Lockout config;

  LoginAttempts(EntityManager entityManager, AccountsConfig config) {
    this.entityManager = entityManager;
    this.config = config.lockout();
  }

  /** The key a username is counted under: trimmed, NFC, lower case (as accounts are stored). */
  public static String key(String username) {
    String key =
        Normalizer.normalize(username.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    return key.length() > 200 ? key.substring(0, 200) : key;
  }

  /** Until when the username is locked, if it is now. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<OffsetDateTime> lockedUntil(String key) {
    List<?> rows =
        entityManager
            .createNativeQuery(
                "select locked_until from login_attempt"
                    + " where username_key = ?1 and locked_until > now()",
                OffsetDateTime.class)
            .setParameter(1, key)
            .getResultList();
    return rows.stream().map(OffsetDateTime.class::cast).findFirst();
  }

  /**
   * Counts a failure; the one that reaches the limit locks the username.
   *
   * @return the failures in a row so far (the count restarts once a lock has run out)
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int recordFailure(String key) {
    Number failures =
        (Number)
            entityManager
                .createNativeQuery(
                    """
                    insert into login_attempt (username_key, failures, last_failure_at)
                    values (?1, 1, now())
                    on conflict (username_key) do update set
                      failures = case when login_attempt.locked_until <= now() then 1
                                      else login_attempt.failures + 1 end,
                      locked_until = case when login_attempt.locked_until <= now() then null
                                          else login_attempt.locked_until end,
                      last_failure_at = now()
                    returning failures
                    """)
                .setParameter(1, key)
                .getSingleResult();
    if (failures.intValue() >= config.maxFailures()) {
      entityManager
          .createNativeQuery(
              "update login_attempt set locked_until = now() + make_interval(secs => ?2)"
                  + " where username_key = ?1 and locked_until is null")
          .setParameter(1, key)
          .setParameter(2, (double) config.duration().toSeconds())
          .executeUpdate();
    }
    return failures.intValue();
  }

  /** After a successful sign-in, and when an admin unlocks the account. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void clear(String key) {
    entityManager
        .createNativeQuery("delete from login_attempt where username_key = ?1")
        .setParameter(1, key)
        .executeUpdate();
  }

  public int maxFailures() {
    return config.maxFailures();
  }
}
