package vn.ocop.gateway.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * The store of refresh tokens: opaque, 256 random bits, kept only as a SHA-256. Callers run inside
 * their own transaction.
 */
@ApplicationScoped
public class RefreshTokens {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final EntityManager entityManager;

  RefreshTokens(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /** A new token and the stored row it stands for. */
  public record Issued(String token, RefreshToken row) {}

  /** Starts a family (a sign-in) or continues one (a refresh), ending at {@code expiresAt}. */
  Issued issue(String username, UUID familyId, OffsetDateTime expiresAt) {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    RefreshToken row = new RefreshToken();
    row.id = UUID.randomUUID();
    row.familyId = familyId;
    row.username = username;
    row.tokenHash = hash(token);
    row.issuedAt = now();
    row.expiresAt = expiresAt;
    entityManager.persist(row);
    return new Issued(token, row);
  }

  /** The row of a presented token, locked until the transaction ends (two refreshes race). */
  Optional<RefreshToken> findForUpdate(String token) {
    return entityManager
        .createQuery("select t from RefreshToken t where t.tokenHash = :hash", RefreshToken.class)
        .setParameter("hash", hash(token))
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  /** Revokes every live token of a family: after reuse, logout, or an account that went away. */
  int revokeFamily(UUID familyId, String reason) {
    return entityManager
        .createQuery(
            "update RefreshToken t set t.revokedAt = :now, t.revokeReason = :reason"
                + " where t.familyId = :family and t.revokedAt is null")
        .setParameter("now", now())
        .setParameter("reason", reason)
        .setParameter("family", familyId)
        .executeUpdate();
  }

  /** Revokes every live token of an account: its roles, scope or password changed. */
  public int revokeAccount(String username, String reason) {
    return entityManager
        .createQuery(
            "update RefreshToken t set t.revokedAt = :now, t.revokeReason = :reason"
                + " where t.username = :username and t.revokedAt is null")
        .setParameter("now", now())
        .setParameter("reason", reason)
        .setParameter("username", username)
        .executeUpdate();
  }

  static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
