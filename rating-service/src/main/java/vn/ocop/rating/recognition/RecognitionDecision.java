package vn.ocop.rating.recognition;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.ocop.rating.dossier.Dossier;
import vn.ocop.rating.dossier.DossierKind;
import vn.ocop.rating.dossier.EvaluationResult;
import vn.ocop.rating.rules.EvaluationLevel;
import vn.ocop.rating.rules.RuleSet;

/**
 * A recognition decision (quyết định công nhận / không công nhận kết quả đánh giá, phân hạng sản
 * phẩm OCOP) of the competent level for an evaluated product. It fixes the outcome, the star class,
 * the score and the certificate validity under the dossier's rule set; the registry issues the
 * certificate from a RECOGNISED one. A dossier has at most one. It is recorded on the dossier of
 * the deciding level; the result it rests on may be the next level's (a forwarded product the
 * centre scored below 5★ comes back to the province), named by {@code resultDossierId}.
 */
@Entity
@Table(name = "recognition_decision")
public class RecognitionDecision {
  @Id private UUID id;

  @Column(name = "dossier_id")
  private UUID dossierId;

  @Column(name = "product_id")
  private UUID productId;

  @Column(name = "subject_id")
  private UUID subjectId;

  @Column(name = "province_code")
  private String provinceCode;

  @Column(name = "decision_number")
  private String decisionNumber;

  @Column(name = "decision_date")
  private LocalDate decisionDate;

  @Column(name = "issuing_body")
  private String issuingBody;

  @Enumerated(EnumType.STRING)
  @Column(name = "issuing_level")
  private EvaluationLevel issuingLevel;

  @Enumerated(EnumType.STRING)
  private DecisionOutcome outcome;

  private String reason;

  @Enumerated(EnumType.STRING)
  @Column(name = "evaluation_level")
  private EvaluationLevel evaluationLevel;

  @Column(name = "result_dossier_id")
  private UUID resultDossierId;

  @Column(name = "product_name")
  private String productName;

  @Column(name = "star_class")
  private int starClass;

  @Column(precision = 5, scale = 2)
  private BigDecimal score;

  @Enumerated(EnumType.STRING)
  @Column(name = "dossier_kind")
  private DossierKind dossierKind;

  @Column(name = "rule_set_version")
  private String ruleSetVersion;

  @Column(name = "validity_months")
  private int validityMonths;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "created_at")
  private Instant createdAt;

  protected RecognitionDecision() {}

  /**
   * Records the decision of the dossier's level on a result; the caller has checked that it may.
   *
   * @param resultDossier the dossier whose council produced the result: the dossier itself, or the
   *     next level's dossier it was forwarded to
   */
  static RecognitionDecision record(
      Dossier dossier,
      Dossier resultDossier,
      EvaluationResult result,
      RuleSet ruleSet,
      DecisionOutcome outcome,
      String reason,
      String decisionNumber,
      LocalDate decisionDate,
      String issuingBody,
      String decidedBy,
      Instant now) {
    RecognitionDecision decision = new RecognitionDecision();
    decision.id = UUID.randomUUID();
    decision.dossierId = dossier.id();
    decision.productId = dossier.productId();
    decision.subjectId = dossier.subjectId();
    decision.provinceCode = dossier.provinceCode();
    decision.decisionNumber = decisionNumber.strip();
    decision.decisionDate = decisionDate;
    decision.issuingBody = issuingBody.strip();
    decision.issuingLevel = dossier.evaluationLevel();
    decision.outcome = outcome;
    decision.reason = reason == null ? null : reason.strip();
    decision.evaluationLevel = resultDossier.evaluationLevel();
    decision.resultDossierId = resultDossier.id();
    decision.productName = dossier.productName();
    decision.starClass = result.starClass();
    decision.score = result.averageScore();
    decision.dossierKind = dossier.kind();
    decision.ruleSetVersion = ruleSet.version();
    decision.validityMonths = ruleSet.certificateValidityMonths();
    decision.decidedBy = decidedBy;
    decision.createdAt = now;
    return decision;
  }

  public UUID id() {
    return id;
  }

  public UUID dossierId() {
    return dossierId;
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

  public String decisionNumber() {
    return decisionNumber;
  }

  public LocalDate decisionDate() {
    return decisionDate;
  }

  public String issuingBody() {
    return issuingBody;
  }

  public EvaluationLevel issuingLevel() {
    return issuingLevel;
  }

  public DecisionOutcome outcome() {
    return outcome;
  }

  public String reason() {
    return reason;
  }

  public EvaluationLevel evaluationLevel() {
    return evaluationLevel;
  }

  public UUID resultDossierId() {
    return resultDossierId;
  }

  public String productName() {
    return productName;
  }

  public String decidedBy() {
    return decidedBy;
  }

  public int starClass() {
    return starClass;
  }

  public BigDecimal score() {
    return score;
  }

  public DossierKind dossierKind() {
    return dossierKind;
  }

  public String ruleSetVersion() {
    return ruleSetVersion;
  }

  public int validityMonths() {
    return validityMonths;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
