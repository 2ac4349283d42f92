package vn.ocop.rating.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import vn.ocop.platform.problem.ProblemException;
import vn.ocop.rating.criteria.CriteriaCatalogue;
import vn.ocop.rating.criteria.EvaluationSheet;
import vn.ocop.rating.rules.RuleSets;

/**
 * The evaluation sheet a dossier is judged on: its product set's sheet in the criteria version of
 * the rule set its cycle opened under. Scoring, the self-assessment and the evidence index all ask
 * here, so they can never disagree on it.
 */
@ApplicationScoped
public class DossierSheets {
  private final RuleSets ruleSets;
  private final CriteriaCatalogue criteria;

  DossierSheets(RuleSets ruleSets, CriteriaCatalogue criteria) {
    this.ruleSets = ruleSets;
    this.criteria = criteria;
  }

  /**
   * @throws ProblemException 422 (field productSet, rule known) when the product's set is not known
   */
  public EvaluationSheet of(Dossier dossier) {
    return find(dossier)
        .orElseThrow(
            () ->
                ProblemException.unprocessable(
                    "productSet",
                    "known",
                    "The product of dossier " + dossier.id() + " has no product set known"));
  }

  /** Empty when the product's set is not known, or the criteria version has no sheet for it. */
  public Optional<EvaluationSheet> find(Dossier dossier) {
    if (dossier.productSet() == null) {
      return Optional.empty();
    }
    String version = ruleSets.byVersion(dossier.ruleSetVersion()).criteriaVersion();
    return criteria.sheets(version).stream()
        .filter(sheet -> sheet.productSet() == dossier.productSet())
        .findFirst();
  }
}
