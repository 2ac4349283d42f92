package vn.ocop.gateway.auth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A key pair the gateway signs access tokens with. Every active key is published in the JWKS; the
 * newest active key signs. Rotation adds a key, and deactivates the old one once its last tokens
 * have expired.
 */
@Entity
@Table(name = "signing_key")
public class SigningKey {
  /** The RFC 7638 thumbprint of the public key, also the {@code kid} header of its tokens. */
  @Id public String kid;

  @Column(nullable = false)
  public String algorithm = "RS256";

  @Column(name = "private_key_pem", nullable = false)
  public String privateKeyPem;

  @Column(name = "public_key_pem", nullable = false)
  public String publicKeyPem;

  @Column(name = "created_at", nullable = false, updatable = false)
  public OffsetDateTime createdAt = OffsetDateTime.now();

  @Column(nullable = false)
  public boolean active = true;
}
