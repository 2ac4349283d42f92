package vn.ocop.rating.scoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One council member's score sheet (phiếu đánh giá) for a dossier. The walking skeleton keeps the
 * total only; the criteria answers of the product set's sheet come with the full cycle.
 */
@Entity
@Table(name = "score_sheet")
public class ScoreSheet {
  @Id private UUID id;

  @Column(name = "dossier_id")
  private UUID dossierId;

  @Column(name = "member_username")
  private String memberUsername;

  @Column(precision = 5, scale = 2)
  private BigDecimal total;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  protected ScoreSheet() {}

  public static ScoreSheet submit(
      UUID dossierId, String memberUsername, BigDecimal total, Instant now) {
    ScoreSheet sheet = new ScoreSheet();
    sheet.id = UUID.randomUUID();
    sheet.dossierId = dossierId;
    sheet.memberUsername = memberUsername;
    sheet.total = total;
    sheet.submittedAt = now;
    sheet.updatedAt = now;
    return sheet;
  }

  /** The member changed their mind before the result was computed. */
  public void replace(BigDecimal total, Instant now) {
    this.total = total;
    this.updatedAt = now;
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

  public BigDecimal total() {
    return total;
  }

  public Instant submittedAt() {
    return submittedAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
