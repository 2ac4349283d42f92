package vn.ocop.rating.dossier;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class DossierRepository implements PanacheRepositoryBase<Dossier, UUID> {

  public boolean exists(UUID cycleId, UUID productId) {
    return count("cycleId = ?1 and productId = ?2", cycleId, productId) > 0;
  }

  /**
   * Dossiers oldest first, within a scope and optional filters.
   *
   * @param provinceCode only this province; null for any
   * @param memberUsername only dossiers of councils this account sits on; null for any
   */
  public PanacheQuery<Dossier> search(
      String provinceCode, String memberUsername, UUID cycleId, DossierStatus status) {
    StringBuilder where = new StringBuilder("1 = 1");
    Parameters parameters = new Parameters();
    if (provinceCode != null) {
      where.append(" and provinceCode = :province");
      parameters = parameters.and("province", provinceCode);
    }
    if (memberUsername != null) {
      where.append(
          " and councilId in (select c.id from Council c join c.members m"
              + " where m.username = :member)");
      parameters = parameters.and("member", memberUsername);
    }
    if (cycleId != null) {
      where.append(" and cycleId = :cycle");
      parameters = parameters.and("cycle", cycleId);
    }
    if (status != null) {
      where.append(" and status = :status");
      parameters = parameters.and("status", status);
    }
    return find(where.toString(), Sort.ascending("submittedAt", "id"), parameters);
  }
}
