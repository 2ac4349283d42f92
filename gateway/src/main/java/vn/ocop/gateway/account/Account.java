package vn.ocop.gateway.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A local account (tài khoản) of the embedded issuer: who may sign in, with which roles, bound to
 * which province, commune or subject (chủ thể). Never leaves the gateway; tokens carry its claims.
 */
@Entity
@Table(name = "account")
public class Account {
  @Id public String username;

  @Column(name = "password_hash", nullable = false)
  public String passwordHash;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "roles", columnDefinition = "text[]", nullable = false)
  public List<String> roles = new ArrayList<>();

  @Column(name = "province_code")
  public String provinceCode;

  @Column(name = "commune_code")
  public String communeCode;

  @Column(name = "subject_id")
  public UUID subjectId;

  @Column(nullable = false)
  public boolean enabled = true;

  @Column(name = "created_at", nullable = false, updatable = false)
  public OffsetDateTime createdAt = OffsetDateTime.now();

  @Column(name = "updated_at", nullable = false)
  public OffsetDateTime updatedAt = OffsetDateTime.now();

  @Column(name = "password_changed_at", nullable = false)
  public OffsetDateTime passwordChangedAt = OffsetDateTime.now();

  /** Row version: the ETag of the account, checked against If-Match on updates. */
  @Version
  @Column(nullable = false)
  public long version;
}
