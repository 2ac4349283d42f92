package vn.ocop.rating.routing;

import java.math.BigDecimal;
import vn.ocop.platform.problem.ProblemException;
import vn.ocop.rating.rules.EvaluationLevel;
import vn.ocop.rating.rules.LevelForwarding;
import vn.ocop.rating.rules.RuleSet;

/**
 * Whether a result goes up to the next level (chuyển cấp trên) under a rule set: under Decision 148
 * a district result of 70 or more goes to the province and a province result of 90 or more to the
 * centre; after Decision 1489 only the province → centre step is left.
 */
public final class Forwarding {
  private Forwarding() {}

  /**
   * The forwarding rule a result at {@code level} with {@code averageScore} meets.
   *
   * @throws ProblemException 409 {@code NOT_FORWARDABLE} when there is no level above or the score
   *     is below the threshold, which the detail names
   */
  public static LevelForwarding require(
      RuleSet ruleSet, EvaluationLevel level, BigDecimal averageScore) {
    LevelForwarding rule =
        ruleSet
            .forwardingFrom(level)
            .orElseThrow(
                () ->
                    ProblemException.conflict(
                        "NOT_FORWARDABLE",
                        "Under rule set "
                            + ruleSet.version()
                            + " no level takes products forwarded from the "
                            + level
                            + " level"));
    if (averageScore.compareTo(rule.minScore()) < 0) {
      throw ProblemException.conflict(
          "NOT_FORWARDABLE",
          "An average of "
              + averageScore.toPlainString()
              + " is below the threshold of "
              + rule.minScore().toPlainString()
              + " points for forwarding from "
              + rule.fromLevel()
              + " to "
              + rule.toLevel()
              + " under rule set "
              + ruleSet.version());
    }
    return rule;
  }
}
