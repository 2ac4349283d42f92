package vn.ocop.rating.scoring;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.ocop.rating.criteria.SheetScore;

/**
 * One council member's score sheet (phiếu đánh giá) for a dossier in one scoring round: the option
 * ticked for every criterion of the product set's sheet and the totals the service computed from
 * them. Never edited once submitted; a re-score is a sheet of the next round.
 */
@Entity
@Table(name = "score_sheet")
public class ScoreSheet {
  @Id private UUID id;

  @Column(name = "dossier_id")
  private UUID dossierId;

  @Column(name = "member_username")
  private String memberUsername;

  @Column(name = "scoring_round")
  private int scoringRound;

  @Column(name = "criteria_version")
  private String criteriaVersion;

  @Column(name = "product_set")
  private Integer productSet;

  @Column(precision = 5, scale = 2)
  private BigDecimal total;

  @Column(name = "part_a", precision = 5, scale = 2)
  private BigDecimal partA;

  @Column(name = "part_b", precision = 5, scale = 2)
  private BigDecimal partB;

  @Column(name = "part_c", precision = 5, scale = 2)
  private BigDecimal partC;

  // Lazy: counting a round's sheets must not load every answer; the result reads them once.
  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "score_sheet_answer", joinColumns = @JoinColumn(name = "sheet_id"))
  private List<ScoreAnswer> answers = new ArrayList<>();

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  protected ScoreSheet() {}

  /** A member's sheet as scored on the sheet of the dossier's product set. */
  public static ScoreSheet submit(
      UUID dossierId,
      String memberUsername,
      int scoringRound,
      String criteriaVersion,
      int productSet,
      SheetScore score,
      Instant now) {
    ScoreSheet sheet = new ScoreSheet();
    sheet.id = UUID.randomUUID();
    sheet.dossierId = dossierId;
    sheet.memberUsername = memberUsername;
    sheet.scoringRound = scoringRound;
    sheet.criteriaVersion = criteriaVersion;
    sheet.productSet = productSet;
    sheet.total = score.total();
    sheet.partA = score.partTotals().get("A");
    sheet.partB = score.partTotals().get("B");
    sheet.partC = score.partTotals().get("C");
    score
        .criterionPoints()
        .forEach(
            (code, points) ->
                sheet.answers.add(new ScoreAnswer(code, score.chosenOptions().get(code), points)));
    sheet.submittedAt = now;
    sheet.updatedAt = now;
    return sheet;
  }

  public UUID id() {
    return id;
  }

  public UUID dossierId() {
    return dossierId;
  }

  public String memberUsername() {
    return memberUsername;
  }

  public int scoringRound() {
    return scoringRound;
  }

  public String criteriaVersion() {
    return criteriaVersion;
  }

  public Integer productSet() {
    return productSet;
  }

  public BigDecimal total() {
    return total;
  }

  public BigDecimal partA() {
    return partA;
  }

  public BigDecimal partB() {
    return partB;
  }

  public BigDecimal partC() {
    return partC;
  }

  public List<ScoreAnswer> answers() {
    return List.copyOf(answers);
  }

  public Instant submittedAt() {
    return submittedAt;
  }
}
