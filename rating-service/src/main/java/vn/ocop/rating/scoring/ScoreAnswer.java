package vn.ocop.rating.scoring;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** One criterion of a score sheet: the option ticked (null = none applies) and its points. */
@Embeddable
public class ScoreAnswer {
  @Column(name = "criterion_code")
  private String criterionCode;

  @Column(name = "option_code")
  private String optionCode;

  @Column(precision = 5, scale = 2)
  private BigDecimal points;

  protected ScoreAnswer() {}

  ScoreAnswer(String criterionCode, String optionCode, BigDecimal points) {
    this.criterionCode = criterionCode;
    this.optionCode = optionCode;
    this.points = points;
  }

  public String criterionCode() {
    return criterionCode;
  }

  public String optionCode() {
    return optionCode;
  }

  public BigDecimal points() {
    return points;
  }
}
