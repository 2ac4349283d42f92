package vn.ocop.gateway.client;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A machine client (máy khách) of the OAuth 2.0 client credentials grant: a system of the national
 * NTM office that calls the API as itself, with the roles given here.
 */
@Entity
@Table(name = "machine_client")
public class MachineClient {
  @Id
  @Column(name = "client_id")
  public String clientId;

  @Column(nullable = false)
  public String name;

  /** SHA-256 (hex) of the secret; the secret itself is shown once and never stored. */
  @Column(name = "secret_hash", nullable = false)
  public String secretHash;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "roles", columnDefinition = "text[]", nullable = false)
  public List<String> roles = new ArrayList<>();

  @Column(name = "province_code")
  public String provinceCode;

  @Column(nullable = false)
  public boolean enabled = true;

  @Version
  @Column(nullable = false)
  public long version;

  @Column(name = "created_at", nullable = false, updatable = false)
  public OffsetDateTime createdAt = OffsetDateTime.now();

  @Column(name = "secret_rotated_at", nullable = false)
  public OffsetDateTime secretRotatedAt = OffsetDateTime.now();
}
