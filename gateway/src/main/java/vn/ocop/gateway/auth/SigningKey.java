package vn.ocop.gateway.auth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A key pair the gateway signs access tokens with, in one of the {@link KeyState}s. A retired key's
 * private half is erased: it only verifies from then on.
 */
@Entity
@Table(name = "signing_key")
public class SigningKey {
  /** The RFC 7638 thumbprint of the public key, also the {@code kid} header of its tokens. */
  @Id public String kid;

  @Column(nullable = false)
  public String algorithm = "RS256";

  /** Null once retired. */
  @Column(name = "private_key_pem")
  public String privateKeyPem;

  @Column(name = "public_key_pem", nullable = false)
  public String publicKeyPem;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public KeyState state;

  @Column(name = "created_at", nullable = false, updatable = false)
  public OffsetDateTime createdAt = OffsetDateTime.now();

  @Column(name = "activated_at")
  public OffsetDateTime activatedAt;

  @Column(name = "retired_at")
  public OffsetDateTime retiredAt;

  /** For a retired key: when the last token it signed expires, and the key leaves the JWKS. */
  @Column(name = "publish_until")
  public OffsetDateTime publishUntil;

  /** Starts signing. */
  void activate(OffsetDateTime now) {
    moveTo(KeyState.ACTIVE);
    activatedAt = now;
  }

  /**
   * Stops signing: published until {@code publishUntil}, when its last token expires; the private
   * half is erased now, since it will never sign again.
   */
  void retire(OffsetDateTime now, OffsetDateTime publishUntil) {
    moveTo(KeyState.RETIRED);
    retiredAt = now;
    this.publishUntil = publishUntil;
    privateKeyPem = null;
  }

  /** Whether the JWKS lists it (and tokens it signed verify) at that instant. */
  boolean publishedAt(OffsetDateTime now) {
    return state != KeyState.RETIRED || (publishUntil != null && publishUntil.isAfter(now));
  }

  private void moveTo(KeyState next) {
    if (!state.canBecome(next)) {
      throw new IllegalStateException("signing key " + kid + ": " + state + " -> " + next);
    }
    state = next;
  }
}
