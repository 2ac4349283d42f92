package vn.ocop.rating.recognition;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import vn.ocop.rating.rules.EvaluationLevel;

@ApplicationScoped
public class RecognitionDecisionRepository
    implements PanacheRepositoryBase<RecognitionDecision, UUID> {

  public Optional<RecognitionDecision> ofDossier(UUID dossierId) {
    return find("dossierId", dossierId).firstResultOptional();
  }

  /**
   * Decisions by date and number, as the decision annex lists them; every filter is optional.
   *
   * @param issuingLevel the deciding level
   * @param from first decision date, inclusive
   * @param to last decision date, inclusive
   */
  public PanacheQuery<RecognitionDecision> search(
      String provinceCode,
      EvaluationLevel issuingLevel,
      DecisionOutcome outcome,
      LocalDate from,
      LocalDate to) {
    StringBuilder where = new StringBuilder("1 = 1");
    Parameters parameters = new Parameters();
    if (provinceCode != null) {
      where.append(" and provinceCode = :province");
      parameters = parameters.and("province", provinceCode);
    }
    if (issuingLevel != null) {
      where.append(" and issuingLevel = :level");
      parameters = parameters.and("level", issuingLevel);
    }
    if (outcome != null) {
      where.append(" and outcome = :outcome");
      parameters = parameters.and("outcome", outcome);
    }
    if (from != null) {
      where.append(" and decisionDate >= :from");
      parameters = parameters.and("from", from);
    }
    if (to != null) {
      where.append(" and decisionDate <= :to");
      parameters = parameters.and("to", to);
    }
    return find(
        where.toString(), Sort.ascending("decisionDate", "decisionNumber", "id"), parameters);
  }
}
