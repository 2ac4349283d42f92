package vn.ocop.rating.scoring;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;

@ApplicationScoped
public class ScoreSheetRepository implements PanacheRepositoryBase<ScoreSheet, UUID> {

  /**
   * The sheets of one round, oldest first, read-only: scoring reads them on every submission and
   * never changes them, so the session need not dirty-check them at each flush.
   */
  public List<ScoreSheet> ofRound(UUID dossierId, int scoringRound) {
    return find(
            "dossierId = ?1 and scoringRound = ?2",
            Sort.ascending("submittedAt").and("memberUsername"),
            dossierId,
            scoringRound)
        .withHint(HibernateHints.HINT_READ_ONLY, true)
        .list();
  }

  /**
   * Each criterion's points summed over the given sheets, with how many answered it: read as plain
   * rows rather than by loading every answer of the round into the session.
   */
  public Map<String, PointsTally> tallies(Collection<UUID> sheetIds) {
    Map<String, PointsTally> tallies = new HashMap<>();
    if (sheetIds.isEmpty()) {
      return tallies;
    }
    List<Object[]> rows =
        getEntityManager()
            .createQuery(
                "select a.criterionCode, a.points from ScoreSheet s join s.answers a"
                    + " where s.id in :ids",
                Object[].class)
            .setParameter("ids", sheetIds)
            .getResultList();
    for (Object[] row : rows) {
      BigDecimal points = (BigDecimal) row[1];
      tallies.merge(
          (String) row[0], new PointsTally(points, 1), (tally, one) -> tally.plus(points));
    }
    return tallies;
  }

  /** Every sheet of the dossier, every round. */
  public List<ScoreSheet> ofDossier(UUID dossierId) {
    return list("dossierId", Sort.ascending("scoringRound").and("submittedAt"), dossierId);
  }
}
