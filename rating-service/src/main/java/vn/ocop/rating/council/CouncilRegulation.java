package vn.ocop.rating.council;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/**
 * What a council's own regulation (quy chế hoạt động) sets. A null value is not set by the
 * regulation and falls back to the rule set of the dossier (see {@link Regulation#resolve}).
 */
@Embeddable
public class CouncilRegulation {
  @Column(name = "quorum_percent")
  private Integer quorumPercent;

  @Column(name = "chair_required")
  private Boolean chairRequired;

  @Column(name = "max_score_spread", precision = 5, scale = 2)
  private BigDecimal maxScoreSpread;

  protected CouncilRegulation() {}

  public CouncilRegulation(
      Integer quorumPercent, Boolean chairRequired, BigDecimal maxScoreSpread) {
    this.quorumPercent = quorumPercent;
    this.chairRequired = chairRequired;
    this.maxScoreSpread = maxScoreSpread;
  }

  public Integer quorumPercent() {
    return quorumPercent;
  }

  public Boolean chairRequired() {
    return chairRequired;
  }

  public BigDecimal maxScoreSpread() {
    return maxScoreSpread;
  }
}
