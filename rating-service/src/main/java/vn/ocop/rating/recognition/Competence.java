package vn.ocop.rating.recognition;

import java.util.Optional;
import vn.ocop.platform.problem.ProblemException;
import vn.ocop.rating.rules.EvaluationLevel;
import vn.ocop.rating.rules.RuleSet;

/**
 * Which level may decide on a result (thẩm quyền công nhận). A result is decided by the level that
 * recognises its star class: a province result of 5★ goes up to the centre, a central result of 4★
 * comes back down to the province that forwarded it. A class below recognition (under 3★) can only
 * be refused, by any level that holds the result.
 */
public final class Competence {
  private Competence() {}

  /**
   * Checks that the level of the dossier the decision is recorded on may decide so.
   *
   * @param decidingLevel the level of the dossier the decision is recorded on
   * @param resultLevel the level whose council produced the result (higher when the result came
   *     back from the next level)
   * @throws ProblemException 409 {@code NOT_RECOGNISABLE} or {@code LEVEL_NOT_COMPETENT}
   */
  public static void check(
      RuleSet ruleSet,
      EvaluationLevel decidingLevel,
      EvaluationLevel resultLevel,
      int stars,
      DecisionOutcome outcome) {
    boolean recognisable = ruleSet.isRecognisable(stars);
    if (!recognisable) {
      if (outcome == DecisionOutcome.RECOGNISED) {
        throw ProblemException.conflict(
            "NOT_RECOGNISABLE",
            "A "
                + stars
                + "★ result is not recognised: OCOP recognition starts at "
                + ruleSet.minimumRecognisedStar()
                + "★ under rule set "
                + ruleSet.version()
                + "; record NOT_RECOGNISED with the reason");
      }
      return;
    }
    Optional<EvaluationLevel> competentLevel = ruleSet.competentLevel(stars);
    EvaluationLevel competent = competentLevel.orElseThrow();
    if (competent == decidingLevel) {
      return;
    }
    String where =
        "Under rule set "
            + ruleSet.version()
            + " a "
            + stars
            + "★ result is decided at the "
            + competent
            + " level, not the "
            + decidingLevel
            + " level";
    String hint;
    if (competent.compareTo(decidingLevel) > 0) {
      hint =
          resultLevel == decidingLevel
              ? ": forward the dossier (chuyển cấp trên) to be evaluated there"
                  + (competent == EvaluationLevel.CENTRAL ? ", at the centre (trung ương)" : "")
              : ": the upper level decides on its own dossier";
    } else {
      hint =
          ": the result goes back to the "
              + competent
              + " level, which decides on the dossier it forwarded";
    }
    throw ProblemException.conflict("LEVEL_NOT_COMPETENT", where + hint);
  }
}
