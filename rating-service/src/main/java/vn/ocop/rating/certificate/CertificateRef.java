package vn.ocop.rating.certificate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * What the rating service knows of a registry certificate (giấy chứng nhận sản phẩm OCOP), from the
 * registry's events: enough to tell whether a product may be re-evaluated or upgraded.
 */
@Entity
@Table(name = "certificate_ref")
public class CertificateRef {
  /** A certificate in these states still certifies its product (a suspension may be lifted). */
  public static final Set<String> IN_FORCE = Set.of("ISSUED", "EXPIRING", "SUSPENDED");

  @Id
  @Column(name = "certificate_id")
  private UUID certificateId;

  @Column(name = "product_id")
  private UUID productId;

  @Column(name = "subject_id")
  private UUID subjectId;

  @Column(name = "star_class")
  private int starClass;

  private String status;

  @Column(name = "valid_from")
  private LocalDate validFrom;

  @Column(name = "valid_to")
  private LocalDate validTo;

  @Column(name = "province_code")
  private String provinceCode;

  @Column(name = "updated_at")
  private Instant updatedAt;

  protected CertificateRef() {}

  public boolean inForce() {
    return IN_FORCE.contains(status);
  }

  public UUID certificateId() {
    return certificateId;
  }

  public UUID productId() {
    return productId;
  }

  public UUID subjectId() {
    return subjectId;
  }

  public int starClass() {
    return starClass;
  }

  public String status() {
    return status;
  }

  public LocalDate validFrom() {
    return validFrom;
  }

  public LocalDate validTo() {
    return validTo;
  }

  public String provinceCode() {
    return provinceCode;
  }
}
