package vn.ocop.rating.businessplan;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import vn.ocop.rating.cycle.RecordScope;

@ApplicationScoped
public class PlanRepository implements PanacheRepositoryBase<BusinessPlan, UUID> {

  public boolean existsForIdea(UUID ideaId) {
    return count("ideaId", ideaId) > 0;
  }

  /** Plans newest first; every null argument is "any". */
  public PanacheQuery<BusinessPlan> search(RecordScope scope, UUID cycleId, PlanStatus status) {
    Parameters parameters = new Parameters();
    StringBuilder where = new StringBuilder("1 = 1");
    if (scope.provinceCode() != null) {
      where.append(" and provinceCode = :province");
      parameters = parameters.and("province", scope.provinceCode());
    }
    if (scope.communeCode() != null) {
      where.append(" and communeCode = :commune");
      parameters = parameters.and("commune", scope.communeCode());
    }
    if (scope.subjectId() != null) {
      where.append(" and subjectId = :subject");
      parameters = parameters.and("subject", scope.subjectId());
    }
    if (cycleId != null) {
      where.append(" and cycleId = :cycle");
      parameters = parameters.and("cycle", cycleId);
    }
    if (status != null) {
      where.append(" and status = :status");
      parameters = parameters.and("status", status);
    }
    return find(where.toString(), Sort.descending("submittedAt").and("id"), parameters);
  }
}
