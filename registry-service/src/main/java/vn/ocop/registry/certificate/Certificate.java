package vn.ocop.registry.certificate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.ocop.contracts.rating.RecognitionDecided;
import vn.ocop.registry.product.Product;

/**
 * An OCOP certificate (giấy chứng nhận sản phẩm OCOP): the registry's record that a competent
 * People's Committee recognised a product at a star class, valid for a number of months from the
 * decision date. One per recognition decision.
 */
@Entity
@Table(name = "certificate")
public class Certificate {
  @Id private UUID id;

  @Column(name = "decision_id")
  private UUID decisionId;

  @Column(name = "product_id")
  private UUID productId;

  @Column(name = "subject_id")
  private UUID subjectId;

  @Column(name = "province_code")
  private String provinceCode;

  @Column(name = "commune_code")
  private String communeCode;

  @Column(name = "product_set")
  private int productSet;

  @Column(name = "product_group")
  private int productGroup;

  @Column(name = "star_class")
  private int starClass;

  private BigDecimal score;

  @Column(name = "decision_number")
  private String decisionNumber;

  @Column(name = "decision_date")
  private LocalDate decisionDate;

  @Column(name = "issuing_body")
  private String issuingBody;

  @Column(name = "issuing_level")
  private String issuingLevel;

  @Column(name = "dossier_kind")
  private String dossierKind;

  @Column(name = "rule_set_version")
  private String ruleSetVersion;

  @Column(name = "valid_from")
  private LocalDate validFrom;

  @Column(name = "valid_to")
  private LocalDate validTo;

  @Enumerated(EnumType.STRING)
  private CertificateStatus status;

  @Column(name = "public_code")
  private String publicCode;

  @Column(name = "map_version")
  private String mapVersion;

  @Column(name = "district_code")
  private String districtCode;

  @Column(name = "current_province_code")
  private String currentProvinceCode;

  @Enumerated(EnumType.STRING)
  private CertificateOrigin origin;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "status_changed_at")
  private Instant statusChangedAt;

  @Column(name = "status_reason")
  private String statusReason;

  @Column(name = "status_decision_number")
  private String statusDecisionNumber;

  @Column(name = "status_decision_date")
  private LocalDate statusDecisionDate;

  @Column(name = "superseded_by")
  private UUID supersededBy;

  @Version private long version;

  protected Certificate() {}

  /**
   * The certificate implementing a recognition decision for a product. Validity runs from the
   * decision date for the decision's number of months (36 under Decision 148); the place and the
   * product set are the product's as registered here.
   */
  static Certificate issue(RecognitionDecided decision, Product product) {
    Certificate certificate = new Certificate();
    certificate.id = UUID.randomUUID();
    certificate.decisionId = decision.decisionId();
    certificate.productId = product.id();
    certificate.subjectId = product.subjectId();
    certificate.provinceCode = product.provinceCode();
    certificate.communeCode = product.communeCode();
    certificate.mapVersion = product.mapVersion();
    certificate.districtCode = product.districtCode();
    certificate.currentProvinceCode = product.currentProvinceCode();
    certificate.origin = CertificateOrigin.RECOGNITION;
    certificate.productSet = product.productSet().number();
    certificate.productGroup = product.productSet().groupNumber();
    certificate.starClass = decision.starClass();
    certificate.score = decision.score();
    certificate.decisionNumber = decision.decisionNumber();
    certificate.decisionDate = decision.decisionDate();
    certificate.issuingBody = decision.issuingBody();
    certificate.issuingLevel = decision.issuingLevel();
    certificate.dossierKind = decision.dossierKind();
    certificate.ruleSetVersion = decision.ruleSetVersion();
    certificate.validFrom = decision.decisionDate();
    certificate.validTo = decision.decisionDate().plusMonths(decision.validityMonths());
    certificate.status = CertificateStatus.initial();
    certificate.publicCode = PublicCodes.next();
    certificate.createdAt = Instant.now();
    certificate.statusChangedAt = certificate.createdAt;
    certificate.statusReason = "Recognition decision " + decision.decisionNumber();
    return certificate;
  }

  /**
   * Moves the certificate along its lifecycle, if {@link CertificateStatus} allows the transition.
   *
   * @param decision the decision that orders the change, or null for one the dates or a newer
   *     certificate cause
   * @return the history row of the transition, for the caller to persist
   * @throws vn.ocop.platform.problem.ProblemException 409 {@code
   *     CERTIFICATE_TRANSITION_NOT_ALLOWED}, with nothing changed
   */
  CertificateStatusChange changeStatus(
      CertificateStatus next,
      String reason,
      StatusDecision decision,
      String changedBy,
      Instant at) {
    CertificateStatus old = status;
    status = status.transitionTo(next);
    statusChangedAt = at;
    statusReason = reason;
    statusDecisionNumber = decision == null ? null : decision.number();
    statusDecisionDate = decision == null ? null : decision.date();
    return CertificateStatusChange.of(id, old, next, reason, decision, changedBy, at);
  }

  /** Marks this certificate as replaced by a newer one of the same product. */
  CertificateStatusChange supersededBy(
      Certificate successor, String reason, String changedBy, Instant at) {
    CertificateStatusChange change =
        changeStatus(CertificateStatus.SUPERSEDED, reason, null, changedBy, at);
    supersededBy = successor.id();
    return change;
  }

  public UUID id() {
    return id;
  }

  public UUID decisionId() {
    return decisionId;
  }

  public UUID productId() {
    return productId;
  }

  public UUID subjectId() {
    return subjectId;
  }

  public String provinceCode() {
    return provinceCode;
  }

  public String communeCode() {
    return communeCode;
  }

  public int productSet() {
    return productSet;
  }

  public int productGroup() {
    return productGroup;
  }

  public int starClass() {
    return starClass;
  }

  public BigDecimal score() {
    return score;
  }

  public String decisionNumber() {
    return decisionNumber;
  }

  public LocalDate decisionDate() {
    return decisionDate;
  }

  public String issuingBody() {
    return issuingBody;
  }

  public String issuingLevel() {
    return issuingLevel;
  }

  public String dossierKind() {
    return dossierKind;
  }

  public String ruleSetVersion() {
    return ruleSetVersion;
  }

  public LocalDate validFrom() {
    return validFrom;
  }

  public LocalDate validTo() {
    return validTo;
  }

  public CertificateStatus status() {
    return status;
  }

  public String publicCode() {
    return publicCode;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String mapVersion() {
    return mapVersion;
  }

  /** The district on the pre-merger map, for a record created on it; else null. */
  public String districtCode() {
    return districtCode;
  }

  /** The province on the current map: decides who may see and change the record. */
  public String currentProvinceCode() {
    return currentProvinceCode;
  }

  public CertificateOrigin origin() {
    return origin;
  }

  public Instant statusChangedAt() {
    return statusChangedAt;
  }

  /**
   * Why the certificate is in its status: the decision's reason, the engine's rule, the successor.
   */
  public String statusReason() {
    return statusReason;
  }

  /** The decision that put it in its status (suspension, revocation, reinstatement), if any. */
  public String statusDecisionNumber() {
    return statusDecisionNumber;
  }

  public LocalDate statusDecisionDate() {
    return statusDecisionDate;
  }

  /** The certificate that replaced this one, when SUPERSEDED. */
  public UUID supersededBy() {
    return supersededBy;
  }

  /** The optimistic-lock version: a write naming an older one is refused. */
  public long version() {
    return version;
  }
}
