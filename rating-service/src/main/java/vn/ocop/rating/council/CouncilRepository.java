package vn.ocop.rating.council;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import vn.ocop.rating.rules.EvaluationLevel;

@ApplicationScoped
public class CouncilRepository implements PanacheRepositoryBase<Council, UUID> {

  /**
   * Councils newest first, within a scope and optional filters.
   *
   * @param provinceCode only councils of this province; null for any
   * @param memberUsername only councils this account sits on; null for any
   */
  public PanacheQuery<Council> search(
      String provinceCode, String memberUsername, EvaluationLevel level, CouncilKind kind) {
    StringBuilder where = new StringBuilder("1 = 1");
    Parameters parameters = new Parameters();
    if (provinceCode != null) {
      where.append(" and provinceCode = :province");
      parameters = parameters.and("province", provinceCode);
    }
    if (memberUsername != null) {
      where.append(
          " and id in (select c.id from Council c join c.members m where m.username = :member)");
      parameters = parameters.and("member", memberUsername);
    }
    if (level != null) {
      where.append(" and level = :level");
      parameters = parameters.and("level", level);
    }
    if (kind != null) {
      where.append(" and kind = :kind");
      parameters = parameters.and("kind", kind);
    }
    return find(where.toString(), Sort.descending("createdAt").and("id"), parameters);
  }

  /** Whether a session of the council is in progress; its membership is then frozen. */
  public boolean hasOpenSession(UUID councilId) {
    Number open =
        (Number)
            getEntityManager()
                .createNativeQuery(
                    "select count(*) from council_session where council_id = ?1 and status ="
                        + " 'OPEN'")
                .setParameter(1, councilId)
                .getSingleResult();
    return open.longValue() > 0;
  }
}
