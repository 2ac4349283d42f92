package vn.ocop.rating.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import vn.ocop.platform.paging.Page;
import vn.ocop.platform.paging.PageQuery;
import vn.ocop.platform.problem.ProblemException;
import vn.ocop.platform.security.Caller;
import vn.ocop.platform.security.Roles;

/**
 * Finds dossiers in the caller's scope; drafts are opened by DossierDrafts, sessions put them
 * before councils.
 */
@ApplicationScoped
public class DossierService {
  private final DossierRepository dossiers;
  private final DossierAccess access;
  private final EntityManager entityManager;

  DossierService(DossierRepository dossiers, DossierAccess access, EntityManager entityManager) {
    this.dossiers = dossiers;
    this.access = access;
    this.entityManager = entityManager;
  }

  public Dossier get(UUID id, Caller caller) {
    return access.visible(id, caller);
  }

  /** The dossiers the caller may see, filtered by cycle and status. */
  public Page<Dossier> list(Caller caller, UUID cycleId, DossierStatus status, PageQuery page) {
    String province = null;
    String member = null;
    UUID subject = null;
    String commune = null;
    if (!caller.isNational()) {
      if (caller.hasRole(Roles.PROVINCE_OFFICER) && caller.provinceCode() != null) {
        province = caller.provinceCode();
      } else if (caller.hasRole(Roles.COUNCIL_MEMBER)) {
        member = caller.username();
      } else if (caller.hasRole(Roles.SUBJECT_MEMBER) && caller.subjectId() != null) {
        subject = caller.subjectId();
      } else if (caller.hasRole(Roles.COMMUNE_OFFICER)
          && caller.provinceCode() != null
          && caller.communeCode() != null) {
        province = caller.provinceCode();
        commune = caller.communeCode();
      } else {
        return Page.of(List.of(), 0, page);
      }
    }
    var query =
        dossiers.search(
            new DossierRepository.Party(province, member, subject, commune), cycleId, status);
    long total = query.count();
    return Page.of(query.page(page.index(), page.pageSize()).list(), total, page);
  }

  static ProblemException concurrentUpdate(UUID id) {
    return ProblemException.conflict(
        "CONCURRENT_UPDATE", "Dossier " + id + " was changed by another request; reload it");
  }
}
