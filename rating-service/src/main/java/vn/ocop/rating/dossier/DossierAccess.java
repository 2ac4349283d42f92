package vn.ocop.rating.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.UUID;
import vn.ocop.platform.problem.ProblemException;
import vn.ocop.platform.security.Caller;
import vn.ocop.platform.security.Roles;
import vn.ocop.rating.conflict.Clearance;

/**
 * Who may see a dossier: national roles all of them, a province officer those of their province, a
 * subject member those of its own subject, a commune officer those of products of their commune, a
 * council member those put before a session of a council they sit on, once they declared no
 * conflict of interest (xung đột lợi ích) and none is detected. Before declaring, a member gets 409
 * {@code CONFLICT_DECLARATION_REQUIRED} (they know of the dossier from its summary); a conflicted
 * member, and anyone else, gets 404, as if it did not exist.
 */
@ApplicationScoped
public class DossierAccess {
  private final DossierRepository dossiers;
  private final Clearance clearance;

  DossierAccess(DossierRepository dossiers, Clearance clearance) {
    this.dossiers = dossiers;
    this.clearance = clearance;
  }

  /** The dossier if the caller may see it, else 404 (or 409 before a member's declaration). */
  public Dossier visible(UUID id, Caller caller) {
    Dossier dossier = dossiers.findByIdOptional(id).orElse(null);
    if (dossier == null) {
      throw notFound(id);
    }
    if (isOfficerInScope(dossier, caller) || isSubjectOrCommuneInScope(dossier, caller)) {
      return dossier;
    }
    return requireClearedMember(dossier, caller);
  }

  /** The dossier if the caller is an officer who may act on it (not merely a member), else 404. */
  public Dossier forOfficer(UUID id, Caller caller) {
    Dossier dossier = dossiers.findByIdOptional(id).orElse(null);
    if (dossier == null || !isOfficerInScope(dossier, caller)) {
      throw notFound(id);
    }
    return dossier;
  }

  /**
   * The dossier if the caller sits on the council of its session and is cleared of conflicts, else
   * 404; 409 {@code CONFLICT_DECLARATION_REQUIRED} while the member has not declared.
   */
  public Dossier forMember(UUID id, Caller caller) {
    return member(id, caller, LockModeType.NONE).dossier();
  }

  /**
   * A council member's dossier with its roster, for scoring.
   *
   * @param dossier loaded with its row lock: the members of a council submit at the same moment
   * @param roster the council and every member's latest declaration, read once for the caller's
   *     clearance and for who else must score
   */
  public record ScoringView(Dossier dossier, Clearance.Roster roster) {}

  /**
   * {@link #forMember(UUID, Caller)} for scoring: the dossier read with its row lock, and the
   * roster that cleared the caller kept for the rest of the submission.
   */
  public ScoringView forScoringMember(UUID id, Caller caller) {
    return member(id, caller, LockModeType.PESSIMISTIC_WRITE);
  }

  private ScoringView member(UUID id, Caller caller, LockModeType lock) {
    Dossier dossier = dossiers.findByIdOptional(id, lock).orElse(null);
    if (dossier == null || !caller.hasRole(Roles.COUNCIL_MEMBER)) {
      throw notFound(id);
    }
    Clearance.Roster roster = clearance.roster(dossier);
    requireCleared(dossier, roster.standing(caller.username(), caller.subjectId()).state());
    return new ScoringView(dossier, roster);
  }

  private Dossier requireClearedMember(Dossier dossier, Caller caller) {
    if (!caller.hasRole(Roles.COUNCIL_MEMBER)) {
      throw notFound(dossier.id());
    }
    requireCleared(dossier, clearance.of(dossier, caller.username(), caller.subjectId()).state());
    return dossier;
  }

  private static void requireCleared(Dossier dossier, Clearance.State state) {
    switch (state) {
      case CLEARED:
        return;
      case DECLARATION_REQUIRED:
        throw Clearance.declarationRequired(dossier.id());
      default:
        throw notFound(dossier.id());
    }
  }

  public static boolean isOfficerInScope(Dossier dossier, Caller caller) {
    return caller.isNational()
        || (caller.hasRole(Roles.PROVINCE_OFFICER)
            && dossier.provinceCode().equals(caller.provinceCode()));
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
