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
   * @param memberUsername only dossiers of this member's sessions they are cleared for; null for
   *     any
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
      // A member lists only dossiers of their sessions they declared no conflict on; detected
      // conflicts recorded with the declaration exclude too (access re-checks them live).
      where.append(
          " and sessionId is not null and councilId in (select c.id from Council c join"
              + " c.members m where m.username = :member) and id in (select d.dossierId from"
              + " ConflictDeclaration d where d.memberUsername = :member and d.declaration ="
              + " vn.ocop.rating.conflict.Declaration.NONE and d.detectedConflict is null and"
              + " d.revision = (select max(n.revision) from ConflictDeclaration n where"
              + " n.dossierId = d.dossierId and n.memberUsername = d.memberUsername))");
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
