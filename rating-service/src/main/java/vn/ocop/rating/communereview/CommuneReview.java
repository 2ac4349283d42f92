package vn.ocop.rating.communereview;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The commune's pre-review of a dossier under Decision 1489 (thẩm định cấp xã): the commune checks
 * some criteria (origin of product and raw materials, local labour, origin of the idea, local
 * identity), its chairman's minutes (biên bản) give an opinion on forwarding to the province. A
 * later review supersedes the earlier, which is kept.
 */
@Entity
@Table(name = "commune_review")
public class CommuneReview {
  @Id private UUID id;

  @Column(name = "dossier_id")
  private UUID dossierId;

  private int revision;

  @Column(name = "commune_code")
  private String communeCode;

  @Column(name = "minutes_number")
  private String minutesNumber;

  @Column(name = "minutes_date")
  private LocalDate minutesDate;

  @Enumerated(EnumType.STRING)
  @Column(name = "chairman_opinion")
  private ChairmanOpinion chairmanOpinion;

  @Column(name = "opinion_reason")
  private String opinionReason;

  @Column(name = "recorded_by")
  private String recordedBy;

  @Column(name = "recorded_at")
  private Instant recordedAt;

  @Column(name = "superseded_at")
  private Instant supersededAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "commune_review_finding", joinColumns = @JoinColumn(name = "review_id"))
  @OrderColumn(name = "position")
  private List<Finding> findings = new ArrayList<>();

  /** What the commune found on one criterion of the sheet. */
  @Embeddable
  public static class Finding {
    @Column(name = "criterion_code")
    private String criterionCode;

    private String finding;

    private boolean satisfied;

    protected Finding() {}

    public Finding(String criterionCode, String finding, boolean satisfied) {
      this.criterionCode = criterionCode;
      this.finding = finding;
      this.satisfied = satisfied;
    }

    public String criterionCode() {
      return criterionCode;
    }

    public String finding() {
      return finding;
    }

    public boolean satisfied() {
      return satisfied;
    }
  }

  protected CommuneReview() {}

  public static CommuneReview record(
      UUID dossierId,
      int revision,
      String communeCode,
      String minutesNumber,
      LocalDate minutesDate,
      ChairmanOpinion opinion,
      String opinionReason,
      List<Finding> findings,
      String recordedBy,
      Instant now) {
    CommuneReview review = new CommuneReview();
    review.id = UUID.randomUUID();
    review.dossierId = dossierId;
    review.revision = revision;
    review.communeCode = communeCode;
    review.minutesNumber = minutesNumber;
    review.minutesDate = minutesDate;
    review.chairmanOpinion = opinion;
    review.opinionReason = opinionReason;
    review.findings = new ArrayList<>(findings);
    review.recordedBy = recordedBy;
    review.recordedAt = now;
    return review;
  }

  public void supersede(Instant now) {
    supersededAt = now;
  }

  public UUID id() {
    return id;
  }

  public UUID dossierId() {
    return dossierId;
  }

  public int revision() {
    return revision;
  }

  public String communeCode() {
    return communeCode;
  }

  public String minutesNumber() {
    return minutesNumber;
  }

  public LocalDate minutesDate() {
    return minutesDate;
  }

  public ChairmanOpinion chairmanOpinion() {
    return chairmanOpinion;
  }

  public String opinionReason() {
    return opinionReason;
  }

  public String recordedBy() {
    return recordedBy;
  }

  public Instant recordedAt() {
    return recordedAt;
  }

  public Instant supersededAt() {
    return supersededAt;
  }

  public List<Finding> findings() {
    return List.copyOf(findings);
  }
}
