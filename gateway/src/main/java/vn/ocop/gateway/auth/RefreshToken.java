package vn.ocop.gateway.auth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One refresh token of a sign-in. The tokens of one sign-in form a family: each refresh uses one
 * and issues the next, until the family's absolute expiry.
 */
@Entity
@Table(name = "refresh_token")
public class RefreshToken {
  @Id public UUID id;

  @Column(name = "family_id", nullable = false)
  public UUID familyId;

  @Column(nullable = false)
  public String username;

  /** SHA-256 (hex) of the opaque token; the token itself is never stored. */
  @Column(name = "token_hash", nullable = false)
  public String tokenHash;

  @Column(name = "issued_at", nullable = false)
  public OffsetDateTime issuedAt;

  @Column(name = "expires_at", nullable = false)
  public OffsetDateTime expiresAt;

  @Column(name = "used_at")
  public OffsetDateTime usedAt;

  @Column(name = "revoked_at")
  public OffsetDateTime revokedAt;

  @Column(name = "revoke_reason")
  public String revokeReason;
}
