package vn.ocop.rating.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.ocop.platform.audit.RecordScopes;

/**
 * The province of the rating service's main records, for the history endpoint's scope check. A
 * score sheet and a round outcome belong to their dossier's province; a central council has none
 * (its history is for national accounts).
 */
@ApplicationScoped
class RatingRecordScopes implements RecordScopes {
  private static final String DOSSIER = "select province_code from dossier where id = ?1";

  /** Record type → the query of its province by id. */
  private static final Map<String, String> PROVINCE_QUERIES =
      Map.ofEntries(
          Map.entry("Dossier", DOSSIER),
          Map.entry(
              "ScoreSheet",
              "select d.province_code from score_sheet s join dossier d on d.id = s.dossier_id"
                  + " where s.id = ?1"),
          Map.entry(
              "RecognitionDecision",
              "select province_code from recognition_decision where id = ?1"),
          Map.entry("Cycle", "select province_code from cycle where id = ?1"),
          Map.entry("Council", "select province_code from council where id = ?1"),
          Map.entry("CouncilSession", "select province_code from council_session where id = ?1"),
          Map.entry("ProductIdea", "select province_code from product_idea where id = ?1"),
          Map.entry("BusinessPlan", "select province_code from business_plan where id = ?1"),
          Map.entry(
              "PromotionActivity", "select province_code from promotion_activity where id = ?1"));

  private final EntityManager entityManager;

  RatingRecordScopes(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public Optional<String> provinceOf(String recordType, String recordId) {
    if ("ScoringRoundOutcome".equals(recordType)) {
      // Its id is <dossier id>:<round>.
      int colon = recordId.indexOf(':');
      return colon < 0 ? Optional.empty() : province(DOSSIER, recordId.substring(0, colon));
    }
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
