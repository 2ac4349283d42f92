package vn.ocop.rating.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import vn.ocop.platform.paging.Page;
import vn.ocop.platform.paging.PageQuery;
import vn.ocop.platform.problem.ProblemException;
import vn.ocop.platform.security.Caller;
import vn.ocop.platform.security.Roles;
import vn.ocop.rating.council.Council;
import vn.ocop.rating.council.CouncilRepository;
import vn.ocop.rating.council.CouncilService;
import vn.ocop.rating.rules.RuleSets;

/** Finds dossiers in the caller's scope and hands them to councils. */
@ApplicationScoped
public class DossierService {
  private final DossierRepository dossiers;
  private final DossierAccess access;
  private final CouncilRepository councils;
  private final RuleSets ruleSets;
  private final EntityManager entityManager;

  DossierService(
      DossierRepository dossiers,
      DossierAccess access,
      CouncilRepository councils,
      RuleSets ruleSets,
      EntityManager entityManager) {
    this.dossiers = dossiers;
    this.access = access;
    this.councils = councils;
    this.ruleSets = ruleSets;
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

  /**
   * Hands a submitted dossier to a council of its province, which starts scoring it (status
   * IN_EVALUATION).
   */
  @Transactional
  public Dossier assignCouncil(UUID id, UUID councilId, Caller caller) {
    Dossier dossier = access.forOfficer(id, caller);
    Council council = councils.findById(councilId);
    if (council == null || !CouncilService.canSee(council, caller)) {
      throw ProblemException.notFound("Council", councilId);
    }
    if (!dossier.provinceCode().equals(council.provinceCode())) {
      throw ProblemException.unprocessable(
          "councilId",
          "sameProvince",
          "Council " + councilId + " is not a council of province " + dossier.provinceCode());
    }
    if (!ruleSets.byVersion(dossier.ruleSetVersion()).hasLevel(council.level())) {
      throw ProblemException.unprocessable(
          "councilId",
          "levelInRuleSet",
          "A "
              + council.level()
              + " council does not evaluate under rule set "
              + dossier.ruleSetVersion());
    }
    dossier.assignCouncil(council.id());
    try {
      entityManager.flush();
    } catch (OptimisticLockException e) {
      throw concurrentUpdate(id);
    }
    return dossier;
  }

  static ProblemException concurrentUpdate(UUID id) {
    return ProblemException.conflict(
        "CONCURRENT_UPDATE", "Dossier " + id + " was changed by another request; reload it");
  }
}
