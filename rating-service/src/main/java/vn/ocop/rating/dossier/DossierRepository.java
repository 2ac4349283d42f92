package vn.ocop.rating.dossier;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.ocop.rating.rules.EvaluationLevel;

@ApplicationScoped
public class DossierRepository implements PanacheRepositoryBase<Dossier, UUID> {

  public boolean exists(UUID cycleId, UUID productId) {
    return count("cycleId = ?1 and productId = ?2", cycleId, productId) > 0;
  }

  /**
   * The dossier a re-evaluation or upgrade starts from: the product's latest one at the level that
   * the council finished (EVALUATED or decided), else its latest one of any status.
   */
  public Optional<Dossier> lastOf(UUID productId, EvaluationLevel level) {
    Optional<Dossier> evaluated =
        find(
                "productId = ?1 and evaluationLevel = ?2 and status in ?3",
                Sort.descending("createdAt", "id"),
                productId,
                level,
                List.of(
                    DossierStatus.EVALUATED,
                    DossierStatus.FORWARDED,
                    DossierStatus.RECOGNISED,
                    DossierStatus.NOT_RECOGNISED))
            .firstResultOptional();
    if (evaluated.isPresent()) {
      return evaluated;
    }
    return find("productId", Sort.descending("createdAt", "id"), productId).firstResultOptional();
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
    return search(new Party(provinceCode, memberUsername, null, null), cycleId, status);
  }

  /**
   * The scope of a list: each non-null field narrows it.
   *
   * @param subjectId only dossiers of this subject (chủ thể)
   * @param communeCode only dossiers of products of this commune
   */
  public record Party(
      String provinceCode, String memberUsername, UUID subjectId, String communeCode) {}

  public PanacheQuery<Dossier> search(Party party, UUID cycleId, DossierStatus status) {
    String provinceCode = party.provinceCode();
    String memberUsername = party.memberUsername();
    StringBuilder where = new StringBuilder("1 = 1");
    Parameters parameters = new Parameters();
    if (party.subjectId() != null) {
      where.append(" and subjectId = :subject");
      parameters = parameters.and("subject", party.subjectId());
    }
    if (party.communeCode() != null) {
      where.append(" and communeCode = :commune");
      parameters = parameters.and("commune", party.communeCode());
    }
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
    return find(where.toString(), Sort.ascending("createdAt", "id"), parameters);
  }
}
