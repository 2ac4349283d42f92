package vn.ocop.rating.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import vn.ocop.platform.problem.ProblemException;
import vn.ocop.platform.security.Caller;
import vn.ocop.platform.security.Roles;
import vn.ocop.rating.council.Council;
import vn.ocop.rating.council.CouncilRepository;

/**
 * Who may see a dossier: national roles all of them, a province officer those of their province, a
 * council member those of the councils they sit on, a subject member those of its own subject, a
 * commune officer those of products of their commune. Anyone else gets 404, as if it did not exist.
 */
@ApplicationScoped
public class DossierAccess {
  private final DossierRepository dossiers;
  private final CouncilRepository councils;

  DossierAccess(DossierRepository dossiers, CouncilRepository councils) {
    this.dossiers = dossiers;
    this.councils = councils;
  }

  /** The dossier if the caller may see it, else 404. */
  public Dossier visible(UUID id, Caller caller) {
    Dossier dossier = dossiers.findByIdOptional(id).orElse(null);
    if (dossier == null
        || !(isOfficerInScope(dossier, caller)
            || isMember(dossier, caller)
            || isSubjectOrCommuneInScope(dossier, caller))) {
      throw notFound(id);
    }
    return dossier;
  }

  /** The dossier if the caller is an officer who may act on it (not merely a member), else 404. */
  public Dossier forOfficer(UUID id, Caller caller) {
    Dossier dossier = dossiers.findByIdOptional(id).orElse(null);
    if (dossier == null || !isOfficerInScope(dossier, caller)) {
      throw notFound(id);
    }
    return dossier;
  }

  /** The dossier if the caller sits on the council assigned to it, else 404. */
  public Dossier forMember(UUID id, Caller caller) {
    Dossier dossier = dossiers.findByIdOptional(id).orElse(null);
    if (dossier == null || !isMember(dossier, caller)) {
      throw notFound(id);
    }
    return dossier;
  }

  private static boolean isOfficerInScope(Dossier dossier, Caller caller) {
    return caller.isNational()
        || (caller.hasRole(Roles.PROVINCE_OFFICER)
            && dossier.provinceCode().equals(caller.provinceCode()));
  }

  private boolean isMember(Dossier dossier, Caller caller) {
    if (!caller.hasRole(Roles.COUNCIL_MEMBER) || dossier.councilId() == null) {
      return false;
    }
    Council council = councils.findById(dossier.councilId());
    return council != null && council.hasMember(caller.username());
  }

  // --- Subjects (chủ thể) and communes: who prepares a dossier and who pre-reviews it. ---

  /**
   * The dossier if the caller may prepare it: a province officer in scope, or a member of the
   * dossier's own subject. Else 404.
   */
  public Dossier forPreparer(UUID id, Caller caller) {
    Dossier dossier = dossiers.findByIdOptional(id).orElse(null);
    if (dossier == null || !(isOfficerInScope(dossier, caller) || isOwnSubject(dossier, caller))) {
      throw notFound(id);
    }
    return dossier;
  }

  /** The dossier if the caller is an officer of the product's commune, else 404. */
  public Dossier forCommuneOfficer(UUID id, Caller caller) {
    Dossier dossier = dossiers.findByIdOptional(id).orElse(null);
    if (dossier == null || !isCommuneOfficerInScope(dossier, caller)) {
      throw notFound(id);
    }
    return dossier;
  }

  private static boolean isSubjectOrCommuneInScope(Dossier dossier, Caller caller) {
    return isOwnSubject(dossier, caller) || isCommuneOfficerInScope(dossier, caller);
  }

  static boolean isOwnSubject(Dossier dossier, Caller caller) {
    return caller.hasRole(Roles.SUBJECT_MEMBER)
        && caller.subjectId() != null
        && caller.subjectId().equals(dossier.subjectId());
  }

  static boolean isCommuneOfficerInScope(Dossier dossier, Caller caller) {
    return caller.hasRole(Roles.COMMUNE_OFFICER)
        && dossier.communeCode() != null
        && dossier.provinceCode().equals(caller.provinceCode())
        && dossier.communeCode().equals(caller.communeCode());
  }

  static ProblemException notFound(UUID id) {
    return ProblemException.notFound("Dossier", id);
  }
}
