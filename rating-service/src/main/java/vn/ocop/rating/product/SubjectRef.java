package vn.ocop.rating.product;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * What the rating service knows of a registry subject (chủ thể OCOP: cooperative, enterprise,
 * household business), from the registry's events.
 */
@Entity
@Table(name = "subject_ref")
public class SubjectRef {
  @Id
  @Column(name = "subject_id")
  private UUID subjectId;

  private String name;

  @Column(name = "subject_type")
  private String subjectType;

  @Column(name = "province_code")
  private String provinceCode;

  @Column(name = "commune_code")
  private String communeCode;

  @Column(name = "updated_at")
  private Instant updatedAt;

  protected SubjectRef() {}

  public UUID subjectId() {
    return subjectId;
  }

  public String name() {
    return name;
  }

  public String subjectType() {
    return subjectType;
  }

  public String provinceCode() {
    return provinceCode;
  }

  public String communeCode() {
    return communeCode;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
