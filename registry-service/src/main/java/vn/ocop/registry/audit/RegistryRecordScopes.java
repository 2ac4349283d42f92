package vn.ocop.registry.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.ocop.platform.audit.RecordScopes;

/**
 * The province of the registry's main records, for the history endpoint's scope check: the province
 * a record belongs to now (current map), as the registry's own lists scope it.
 */
@ApplicationScoped
class RegistryRecordScopes implements RecordScopes {
  /** Record type → the query of its province by id. */
  private static final Map<String, String> PROVINCE_QUERIES =
      Map.ofEntries(
          Map.entry("Subject", "select current_province_code from subject where id = ?1"),
          Map.entry("Product", "select current_province_code from product where id = ?1"),
          Map.entry("Certificate", "select current_province_code from certificate where id = ?1"),
          Map.entry("ImportRecord", "select province_code from registry_import where id = ?1"));

  private final EntityManager entityManager;

  RegistryRecordScopes(EntityManager entityManager) {
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
