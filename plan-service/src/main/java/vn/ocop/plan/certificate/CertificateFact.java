package vn.ocop.plan.certificate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.ocop.contracts.registry.CertificateIssued;
import vn.ocop.contracts.registry.CertificateStatusChanged;
import vn.ocop.plan.fact.FactPlace;

/**
 * A certificate (giấy chứng nhận sản phẩm OCOP) as a fact for the actuals: who holds it, where,
 * which star class, and the year of its recognition decision. Written once per certificate from the
 * registry's events; this service never edits the registry's data, it only keeps what it counts.
 */
@Entity
@Table(name = "certificate_fact")
public class CertificateFact extends PanacheEntityBase {
  @Id
  @Column(name = "certificate_id")
  public UUID certificateId;

  @Column(name = "decision_id")
  public UUID decisionId;

  @Column(name = "product_id")
  public UUID productId;

  @Column(name = "subject_id")
  public UUID subjectId;

  /** The province on the current map, the one the fact is counted in. */
  @Column(name = "province_code")
  public String provinceCode;

  /** The province code as the event carried it (may be a pre-2025 code). */
  @Column(name = "reported_province_code")
  public String reportedProvinceCode;

  /** A commune of the current map; null when the certificate's codes are on the old map. */
  @Column(name = "commune_code")
  public String communeCode;

  /** The commune code as the event carried it. */
  @Column(name = "reported_commune_code")
  public String reportedCommuneCode;

  @Column(name = "product_group")
  public short productGroup;

  @Column(name = "star_class")
  public short starClass;

  @Column(name = "decision_date")
  public LocalDate decisionDate;

  /** The calendar year of the decision date: the year the certificate counts in. */
  public short year;

  /**
   * The registry's status: ISSUED and EXPIRING are in force; EXPIRED, REVOKED, SUSPENDED,
   * SUPERSEDED not.
   */
  public String status;

  /** RECOGNITION (from a rating decision) or IMPORT (historical, no decision id). */
  public String origin;

  /** NEW, RE_EVALUATION or UPGRADE: the dossier that led to the certificate. */
  @Column(name = "dossier_kind")
  public String dossierKind;

  @Column(name = "source_event_id")
  public String sourceEventId;

  /** When the registry last changed the status; null while it is the one of the issue. */
  @Column(name = "status_changed_at")
  public Instant statusChangedAt;

  @Column(name = "status_event_id")
  public String statusEventId;

  /** The certificate that replaced this one, when SUPERSEDED. */
  @Column(name = "superseded_by")
  public UUID supersededBy;

  static CertificateFact of(
      CertificateIssued issued, FactPlace place, DossierKind kind, String eventId) {
    CertificateFact fact = new CertificateFact();
    fact.certificateId = issued.certificateId();
    fact.decisionId = issued.decisionId();
    fact.productId = issued.productId();
    fact.subjectId = issued.subjectId();
    fact.provinceCode = place.provinceCode();
    fact.reportedProvinceCode = place.reportedProvinceCode();
    fact.communeCode = place.communeCode();
    fact.reportedCommuneCode = place.reportedCommuneCode();
    fact.dossierKind = kind.name();
    fact.productGroup = (short) issued.productGroup();
    fact.starClass = (short) issued.starClass();
    fact.decisionDate = issued.decisionDate();
    fact.year = (short) issued.decisionDate().getYear();
    fact.status = issued.status() == null ? "ISSUED" : issued.status();
    fact.origin = issued.origin() == null ? "RECOGNITION" : issued.origin();
    fact.sourceEventId = eventId;
    return fact;
  }

  /** Whether the certificate counts as in force (a consumer may rely on it). */
  public boolean inForce() {
    return "ISSUED".equals(status) || "EXPIRING".equals(status);
  }

  /**
   * Takes the status of a status-changed event, unless the fact already holds a later change.
   *
   * @return whether the status changed
   */
  boolean changeStatus(CertificateStatusChanged changed, String eventId) {
    if (statusChangedAt != null
        && changed.changedAt() != null
        && changed.changedAt().isBefore(statusChangedAt)) {
      return false;
    }
    status = changed.newStatus();
    statusChangedAt = changed.changedAt();
    statusEventId = eventId;
    supersededBy = changed.supersededBy();
    return true;
  }

  /** Whether a later event for this certificate tells the same facts (a re-publication). */
  boolean sameAs(CertificateIssued issued) {
    return productId.equals(issued.productId())
        && (issued.provinceCode() == null || reportedProvinceCode.equals(issued.provinceCode()))
        && starClass == issued.starClass()
        && decisionDate.equals(issued.decisionDate());
  }
}
