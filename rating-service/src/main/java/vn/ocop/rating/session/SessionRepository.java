package vn.ocop.rating.session;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class SessionRepository implements PanacheRepositoryBase<CouncilSession, UUID> {

  /**
   * Sessions by date, within a scope and optional filters.
   *
   * @param provinceCode only sessions of this province's councils; null for any
   * @param memberUsername only sessions of councils this account sits on; null for any
   */
  public PanacheQuery<CouncilSession> search(
      String provinceCode, String memberUsername, UUID councilId, SessionStatus status) {
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
    if (councilId != null) {
      where.append(" and councilId = :council");
      parameters = parameters.and("council", councilId);
    }
    if (status != null) {
      where.append(" and status = :status");
      parameters = parameters.and("status", status);
    }
    return find(where.toString(), Sort.ascending("heldOn", "plannedAt", "id"), parameters);
  }
}
