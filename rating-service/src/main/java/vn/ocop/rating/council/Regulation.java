package vn.ocop.rating.council;

import java.math.BigDecimal;
import vn.ocop.rating.rules.CouncilRules;
import vn.ocop.rating.rules.RuleSet;

/**
 * The rules a council works by once its regulation is read against a rule set: the regulation's own
 * values first, then the rule set's, then the 1048-era provincial defaults (75%, chair present, 10
 * points), which no later source is known to have changed.
 *
 * @param quorumPercent share of the scoring members that must be present
 * @param chairRequired whether the chair must be among them
 * @param maxScoreSpread largest allowed gap between two members' totals before re-scoring
 */
public record Regulation(int quorumPercent, boolean chairRequired, BigDecimal maxScoreSpread) {
  public static final int DEFAULT_QUORUM_PERCENT = 75;
  public static final BigDecimal DEFAULT_MAX_SCORE_SPREAD = BigDecimal.TEN;

  public static Regulation resolve(CouncilRegulation own, RuleSet ruleSet) {
    CouncilRules rules = ruleSet == null ? null : ruleSet.council();
    Integer quorum = own == null ? null : own.quorumPercent();
    if (quorum == null) {
      quorum = rules == null ? DEFAULT_QUORUM_PERCENT : rules.quorumPercent();
    }
    Boolean chair = own == null ? null : own.chairRequired();
    if (chair == null) {
      chair = rules == null || rules.quorumRequiresChair();
    }
    BigDecimal spread = own == null ? null : own.maxScoreSpread();
    if (spread == null && rules != null && rules.maxScoreSpread() != null) {
      spread = BigDecimal.valueOf(rules.maxScoreSpread());
    }
    if (spread == null) {
      spread = DEFAULT_MAX_SCORE_SPREAD;
    }
    return new Regulation(quorum, chair, spread);
  }

  /**
   * Whether enough scoring members are present: at least the quorum share of them (6 of 8 at 75%,
   * not 5), and the chair if the regulation requires it.
   */
  public boolean quorumMet(int scoringMembers, int scoringPresent, boolean chairPresent) {
    if (scoringMembers == 0) {
      return false;
    }
    if (chairRequired && !chairPresent) {
      return false;
    }
    return (long) scoringPresent * 100 >= (long) quorumPercent * scoringMembers;
  }
}
