package vn.ocop.rating.rules;

/**
 * How a council's scoring is accepted under a rule set (quy chế hoạt động của hội đồng).
 *
 * @param quorumPercent share of members that must score, e.g. 75
 * @param quorumRequiresChair whether the chair must be among them
 * @param maxScoreSpread the largest allowed gap between two members' totals before the council must
 *     discuss and re-score; null when the rule set sets none
 */
public record CouncilRules(
    int quorumPercent, boolean quorumRequiresChair, Integer maxScoreSpread) {}
