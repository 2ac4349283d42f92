package vn.ocop.rating.dossier;

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
import java.util.Optional;
import java.util.UUID;
import vn.ocop.platform.problem.ProblemException;
import vn.ocop.rating.cycle.Cycle;
import vn.ocop.rating.product.ProductRef;
import vn.ocop.rating.rules.EvaluationLevel;

/**
 * An evaluation dossier (hồ sơ đánh giá, phân hạng) of one product in one cycle. It copies the
 * product's name, subject and province as known when it was submitted, and is judged by the rule
 * set of its cycle. Every change bumps {@code version}, so that concurrent writers (two members
 * scoring at once) cannot overwrite each other.
 */
@Entity
@Table(name = "dossier")
public class Dossier {
  @Id private UUID id;

  @Column(name = "cycle_id")
  private UUID cycleId;

  @Column(name = "product_id")
  private UUID productId;

  @Column(name = "product_name")
  private String productName;

  @Column(name = "subject_id")
  private UUID subjectId;

  @Column(name = "province_code")
  private String provinceCode;

  @Enumerated(EnumType.STRING)
  private DossierKind kind;

  @Enumerated(EnumType.STRING)
  private DossierStatus status;

  @Column(name = "rule_set_version")
  private String ruleSetVersion;

  @Column(name = "council_id")
  private UUID councilId;

  @Column(name = "average_score", precision = 5, scale = 2)
  private BigDecimal averageScore;

  @Column(name = "star_class")
  private Integer starClass;

  @Column(name = "score_sheet_count")
  private Integer scoreSheetCount;

  @Column(name = "evaluated_at")
  private Instant evaluatedAt;

  @Column(name = "evaluated_on")
  private LocalDate evaluatedOn;

  /** When a member last submitted a sheet; writing it makes every submission bump the version. */
  @Column(name = "last_scored_at")
  private Instant lastScoredAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "evaluation_level")
  private EvaluationLevel evaluationLevel;

  @Column(name = "product_set")
  private Integer productSet;

  @Column(name = "commune_code")
  private String communeCode;

  /** The lower level's dossier this one was forwarded from. */
  @Column(name = "parent_dossier_id")
  private UUID parentDossierId;

  /** The earlier dossier a re-evaluation or upgrade was copied from. */
  @Column(name = "previous_dossier_id")
  private UUID previousDossierId;

  /** The certificate a re-evaluation or upgrade concerns. */
  @Column(name = "certificate_id")
  private UUID certificateId;

  @Column(name = "current_star_class")
  private Integer currentStarClass;

  @Column(name = "session_id")
  private UUID sessionId;

  @Column(name = "scoring_round")
  private int scoringRound = 1;

  @Column(name = "median_score", precision = 5, scale = 2)
  private BigDecimal medianScore;

  @Column(name = "score_spread", precision = 5, scale = 2)
  private BigDecimal scoreSpread;

  /** The star class of the average's band, before the mandatory-criteria gate. */
  @Column(name = "band_star_class")
  private Integer bandStarClass;

  @Column(name = "returned_reason")
  private String returnedReason;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "submitted_by")
  private String submittedBy;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  /** The subject's covering letter (đơn đăng ký, thuyết minh) in short. */
  @Column(name = "cover_note")
  private String coverNote;

  @Column(name = "contact_name")
  private String contactName;

  @Column(name = "contact_phone")
  private String contactPhone;

  @Version private long version;

  protected Dossier() {}

  /** Submits a product's dossier to a cycle; it takes the cycle's province and rule set. */
  public static Dossier submit(
      Cycle cycle, ProductRef product, DossierKind kind, String submittedBy, Instant now) {
    Dossier dossier = new Dossier();
    dossier.id = UUID.randomUUID();
    dossier.cycleId = cycle.id();
    dossier.productId = product.productId();
    dossier.productName = product.name();
    dossier.subjectId = product.subjectId();
    dossier.provinceCode = cycle.provinceCode();
    dossier.kind = kind;
    dossier.status = DossierStatus.SUBMITTED;
    dossier.ruleSetVersion = cycle.ruleSetVersion();
    dossier.evaluationLevel = EvaluationLevel.PROVINCE;
    dossier.productSet = product.productSet();
    dossier.communeCode = product.communeCode();
    dossier.createdBy = submittedBy;
    dossier.createdAt = now;
    dossier.submittedBy = submittedBy;
    dossier.submittedAt = now;
    return dossier;
  }

  /**
   * Opens a draft (bản nháp) of a product's dossier in a cycle. A re-evaluation or upgrade names
   * the certificate it concerns and starts from the {@code previous} dossier's cover fields.
   */
  public static Dossier draft(
      Cycle cycle,
      ProductRef product,
      DossierKind kind,
      Certified certified,
      Dossier previous,
      String createdBy,
      Instant now) {
    Dossier dossier = new Dossier();
    dossier.id = UUID.randomUUID();
    dossier.cycleId = cycle.id();
    dossier.productId = product.productId();
    dossier.productName = product.name();
    dossier.subjectId = product.subjectId();
    dossier.provinceCode = cycle.provinceCode();
    dossier.kind = kind;
    dossier.status = DossierStatus.DRAFT;
    dossier.ruleSetVersion = cycle.ruleSetVersion();
    dossier.evaluationLevel = EvaluationLevel.PROVINCE;
    dossier.productSet = product.productSet();
    dossier.communeCode = product.communeCode();
    dossier.createdBy = createdBy;
    dossier.createdAt = now;
    if (certified != null) {
      dossier.certificateId = certified.certificateId();
      dossier.currentStarClass = certified.starClass();
    }
    if (previous != null) {
      dossier.previousDossierId = previous.id;
      dossier.coverNote = previous.coverNote;
      dossier.contactName = previous.contactName;
      dossier.contactPhone = previous.contactPhone;
    }
    return dossier;
  }

  /** The certificate a re-evaluation or upgrade concerns, and its star class. */
  public record Certified(UUID certificateId, int starClass) {}

  /** Changes the cover fields; only while the subject may still edit the dossier. */
  public void editCover(String coverNote, String contactName, String contactPhone) {
    requireEditable();
    this.coverNote = coverNote;
    this.contactName = contactName;
    this.contactPhone = contactPhone;
  }

  /**
   * @throws ProblemException 409 {@code DOSSIER_NOT_EDITABLE} unless DRAFT or RETURNED
   */
  public void requireEditable() {
    if (!status.isEditable()) {
      throw ProblemException.conflict(
          DossierStatus.refusalCode(DossierStatus.SUBMITTED),
          "The dossier is " + status + "; it can be changed only while DRAFT or RETURNED");
    }
  }

  /** Submits a draft or a returned dossier to its level; returns the state it left. */
  public DossierStatus submitBy(String username, Instant now) {
    DossierStatus old = status;
    status = status.moveTo(DossierStatus.SUBMITTED);
    submittedBy = username;
    submittedAt = now;
    returnedReason = null;
    return old;
  }

  /** Returns a submitted dossier to the subject for revision (trả lại hồ sơ để bổ sung). */
  public DossierStatus returnFor(String reason) {
    DossierStatus old = status;
    status = status.moveTo(DossierStatus.RETURNED);
    returnedReason = reason;
    return old;
  }

  /** Withdraws the dossier before evaluation (rút hồ sơ). */
  public DossierStatus withdraw() {
    DossierStatus old = status;
    status = status.moveTo(DossierStatus.WITHDRAWN);
    return old;
  }

  /**
   * Puts the dossier before a council session (phiên họp); a SUBMITTED dossier starts its
   * evaluation. With {@code carryOver}, a dossier still IN_EVALUATION whose earlier session ended
   * without a result moves to the new session.
   *
   * @throws ProblemException 409 {@code DOSSIER_NOT_SUBMITTED} for any other state
   */
  public void attachToSession(UUID sessionId, UUID councilId, boolean carryOver) {
    if (!(carryOver && status == DossierStatus.IN_EVALUATION)) {
      status = status.moveTo(DossierStatus.IN_EVALUATION);
    }
    this.sessionId = sessionId;
    this.councilId = councilId;
  }

  /**
   * Records that a member submitted a score sheet.
   *
   * @throws ProblemException 409 {@code DOSSIER_NOT_IN_EVALUATION} once scoring is over
   */
  public void acceptScoreSheet(Instant now) {
    if (status != DossierStatus.IN_EVALUATION) {
      throw ProblemException.conflict(
          DossierStatus.refusalCode(DossierStatus.EVALUATED),
          "The dossier is " + status + "; score sheets are taken only while IN_EVALUATION");
    }
    lastScoredAt = now;
  }

  /**
   * The members' totals spread wider than the regulation allows: the council discusses and every
   * member scores again in the next round. The earlier round's sheets stay for audit.
   */
  public void startNextScoringRound(Instant now) {
    if (status != DossierStatus.IN_EVALUATION) {
      throw ProblemException.conflict(
          DossierStatus.refusalCode(DossierStatus.EVALUATED),
          "The dossier is " + status + "; only a dossier being scored is re-scored");
    }
    scoringRound++;
    lastScoredAt = now;
  }

  /** Stores the council's result; the dossier is EVALUATED. */
  public DossierStatus complete(EvaluationResult result) {
    DossierStatus old = status;
    status = status.moveTo(DossierStatus.EVALUATED);
    averageScore = result.averageScore();
    starClass = result.starClass();
    bandStarClass = result.bandStarClass();
    medianScore = result.medianScore();
    scoreSpread = result.scoreSpread();
    scoreSheetCount = result.scoreSheets();
    evaluatedAt = result.evaluatedAt();
    evaluatedOn = result.evaluatedOn();
    return old;
  }

  /** A recognition decision was recorded for the result. */
  public void recognise() {
    status = status.moveTo(DossierStatus.RECOGNISED);
  }

  public Optional<EvaluationResult> result() {
    if (averageScore == null) {
      return Optional.empty();
    }
    return Optional.of(
        new EvaluationResult(
            averageScore,
            starClass,
            scoreSheetCount,
            evaluatedAt,
            evaluatedOn,
            medianScore,
            scoreSpread,
            bandStarClass == null ? starClass : bandStarClass));
  }

  public UUID id() {
    return id;
  }

  public UUID cycleId() {
    return cycleId;
  }

  public UUID productId() {
    return productId;
  }

  public String productName() {
    return productName;
  }

  public UUID subjectId() {
    return subjectId;
  }

  public String provinceCode() {
    return provinceCode;
  }

  public DossierKind kind() {
    return kind;
  }

  public DossierStatus status() {
    return status;
  }

  public String ruleSetVersion() {
    return ruleSetVersion;
  }

  public UUID councilId() {
    return councilId;
  }

  public EvaluationLevel evaluationLevel() {
    return evaluationLevel;
  }

  public Integer productSet() {
    return productSet;
  }

  public String communeCode() {
    return communeCode;
  }

  public UUID parentDossierId() {
    return parentDossierId;
  }

  public UUID previousDossierId() {
    return previousDossierId;
  }

  public UUID certificateId() {
    return certificateId;
  }

  public Integer currentStarClass() {
    return currentStarClass;
  }

  public UUID sessionId() {
    return sessionId;
  }

  public int scoringRound() {
    return scoringRound;
  }

  public BigDecimal medianScore() {
    return medianScore;
  }

  public BigDecimal scoreSpread() {
    return scoreSpread;
  }

  public Integer bandStarClass() {
    return bandStarClass;
  }

  public String returnedReason() {
    return returnedReason;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant submittedAt() {
    return submittedAt;
  }

  public String submittedBy() {
    return submittedBy;
  }

  public String coverNote() {
    return coverNote;
  }

  public String contactName() {
    return contactName;
  }

  public String contactPhone() {
    return contactPhone;
  }

  public long version() {
    return version;
  }

  // ---- Routing between levels and recognition outcomes (routing/, recognition/) ----

  /**
   * Opens the next level's dossier for a forwarded product (chuyển cấp trên): the same cycle,
   * product, subject, province, kind, rule set, product set and commune, at {@code toLevel},
   * SUBMITTED by the forwarding officer. The lower dossier's result stays with the lower dossier.
   */
  public static Dossier forwardedFrom(
      Dossier lower, EvaluationLevel toLevel, String forwardedBy, Instant now) {
    Dossier upper = new Dossier();
    upper.id = UUID.randomUUID();
    upper.cycleId = lower.cycleId;
    upper.productId = lower.productId;
    upper.productName = lower.productName;
    upper.subjectId = lower.subjectId;
    upper.provinceCode = lower.provinceCode;
    upper.kind = lower.kind;
    upper.status = DossierStatus.SUBMITTED;
    upper.ruleSetVersion = lower.ruleSetVersion;
    upper.evaluationLevel = toLevel;
    upper.productSet = lower.productSet;
    upper.communeCode = lower.communeCode;
    upper.parentDossierId = lower.id;
    upper.certificateId = lower.certificateId;
    upper.currentStarClass = lower.currentStarClass;
    upper.createdBy = forwardedBy;
    upper.createdAt = now;
    upper.submittedBy = forwardedBy;
    upper.submittedAt = now;
    return upper;
  }

  /** The product went to the next level; returns the old status. */
  public DossierStatus forward() {
    DossierStatus old = status;
    status = status.moveTo(DossierStatus.FORWARDED);
    return old;
  }

  /**
   * A competent level decided (here, or elsewhere in the dossier's chain); returns the old status.
   *
   * @param outcome RECOGNISED or NOT_RECOGNISED
   */
  public DossierStatus conclude(DossierStatus outcome) {
    if (outcome != DossierStatus.RECOGNISED && outcome != DossierStatus.NOT_RECOGNISED) {
      throw new IllegalArgumentException("not a decision outcome: " + outcome);
    }
    DossierStatus old = status;
    status = status.moveTo(outcome);
    return old;
  }

  // ---- end of routing block ----
}
