package vn.ocop.plan.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.ocop.platform.audit.RecordScopes;

/**
 * The province of the plan service's main records, for the history endpoint's scope check: a plan
 * belongs to its current province, a report and an entered value to theirs.
 */
@ApplicationScoped
class PlanRecordScopes implements RecordScopes {
  /** Record type → the query of its province by id. */
  private static final Map<String, String> PROVINCE_QUERIES =
      Map.ofEntries(
          Map.entry("Plan", "select current_province_code from plan where id = ?1"),
          Map.entry("ProgressReport", "select province_code from progress_report where id = ?1"),
          Map.entry("EnteredValue", "select province_code from entered_value where id = ?1"));

  private final EntityManager entityManager;

  PlanRecordScopes(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public Optional<String> provinceOf(String recordType, String recordId) {
    String query = PROVINCE_QUERIES.get(recordType);
    return query == null ? Optional.empty() : province(query, recordId);
  }

  private Optional<String> province(String query, String id) {
    UUID uuid;
    try {
      uuid = UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    List<?> rows = entityManager.createNativeQuery(query).setParameter(1, uuid).getResultList();
    return rows.isEmpty() || rows.get(0) == null
        ? Optional.empty()
        : Optional.of(rows.get(0).toString());
  }
}
