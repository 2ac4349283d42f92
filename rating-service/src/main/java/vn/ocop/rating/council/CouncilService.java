package vn.ocop.rating.council;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import vn.ocop.platform.paging.Page;
import vn.ocop.platform.paging.PageQuery;
import vn.ocop.platform.problem.ProblemException;
import vn.ocop.platform.security.Caller;
import vn.ocop.platform.security.Roles;
import vn.ocop.rating.LocalCalendar;
import vn.ocop.rating.rules.EvaluationLevel;
import vn.ocop.rating.rules.Provinces;
import vn.ocop.rating.rules.RuleSet;
import vn.ocop.rating.rules.RuleSets;

/** Constitutes councils, changes their members and answers who may see or manage them. */
@ApplicationScoped
public class CouncilService {
  private final CouncilRepository councils;
  private final Provinces provinces;
  private final RuleSets ruleSets;
  private final LocalCalendar calendar;
  private final EntityManager entityManager;

  CouncilService(
      CouncilRepository councils,
      Provinces provinces,
      RuleSets ruleSets,
      LocalCalendar calendar,
      EntityManager entityManager) {
    this.councils = councils;
    this.provinces = provinces;
    this.ruleSets = ruleSets;
    this.calendar = calendar;
    this.entityManager = entityManager;
  }

  /**
   * Constitutes a council: a province officer for their province, a national account for any
   * province or the centre. The level must exist under the rule set in force today (no district
   * councils after July 2025).
   */
  @Transactional
  public Council constitute(ConstituteCouncilRequest request, Caller caller) {
    String provinceCode;
    if (request.level() == EvaluationLevel.CENTRAL) {
      if (!caller.isNational()) {
        throw new ProblemException(
            403, "FORBIDDEN", "Forbidden", "Only national accounts constitute central councils");
      }
      if (request.provinceCode() != null) {
        throw ProblemException.invalidField(
            "provinceCode", "Null", "A central council belongs to no province");
      }
      provinceCode = null;
    } else {
      provinceCode = caller.writableProvince(request.provinceCode());
      if (!provinces.exists(provinceCode)) {
        throw ProblemException.unprocessable(
            "provinceCode", "known", "Province " + provinceCode + " is not on the current map");
      }
    }
    RuleSet inForce = ruleSets.requireInForceOn(calendar.today());
    if (!inForce.hasLevel(request.level())) {
      throw ProblemException.unprocessable(
          "level",
          "inForce",
          "Level "
              + request.level()
              + " evaluates no products under the rule set in force ("
              + inForce.version()
              + ")");
    }
    Council council =
        Council.constitute(
            request.name(),
            request.level(),
            request.kindOrDefault(),
            provinceCode,
            request.regulation() == null ? null : request.regulation().toRegulation(),
            members(request.members()),
            caller.username(),
            calendar.now());
    councils.persist(council);
    return council;
  }

  /**
   * Replaces the council's members between sessions. The caller sends the version they read, so
   * that two officers editing the same council cannot silently overwrite each other.
   *
   * @throws ProblemException 409 {@code COUNCIL_IN_SESSION} while a session is OPEN
   */
  @Transactional
  public Council replaceMembers(UUID id, ReplaceMembersRequest request, Caller caller) {
    Council council = manageable(id, caller);
    // Serialises with a session being opened, which reads the members for its attendance.
    entityManager.lock(council, LockModeType.PESSIMISTIC_WRITE);
    if (councils.hasOpenSession(id)) {
      throw ProblemException.conflict(
          "COUNCIL_IN_SESSION",
          "A session of council " + id + " is OPEN; members change only between sessions");
    }
    council.replaceMembers(members(request.members()), request.version());
    try {
      entityManager.flush();
    } catch (OptimisticLockException e) {
      throw ProblemException.conflict(
          "CONCURRENT_UPDATE", "Council " + id + " was changed by another request; reload it");
    }
    return council;
  }

  /** The council if the caller may see it, else 404. */
  public Council get(UUID id, Caller caller) {
    Council council = councils.findByIdOptional(id).orElse(null);
    if (council == null || !canSee(council, caller)) {
      throw ProblemException.notFound("Council", id);
    }
    return council;
  }

  /** The council if the caller may manage it (its sessions, its members), else 404. */
  public Council manageable(UUID id, Caller caller) {
    Council council = councils.findByIdOptional(id).orElse(null);
    if (council == null || !canManage(council, caller)) {
      throw ProblemException.notFound("Council", id);
    }
    return council;
  }

  /** The councils the caller may see, newest first. */
  public Page<Council> list(
      Caller caller, EvaluationLevel level, CouncilKind kind, String provinceCode, PageQuery page) {
    String province = provinceCode;
    String member = null;
    if (!caller.isNational()) {
      if (caller.hasRole(Roles.PROVINCE_OFFICER) && caller.provinceCode() != null) {
        if (provinceCode != null && !provinceCode.equals(caller.provinceCode())) {
          return Page.of(List.of(), 0, page);
        }
        province = caller.provinceCode();
      } else if (caller.hasRole(Roles.COUNCIL_MEMBER) || caller.hasRole(Roles.ADVISOR)) {
        member = caller.username();
      } else {
        return Page.of(List.of(), 0, page);
      }
    }
    var query = councils.search(province, member, level, kind);
    long total = query.count();
    return Page.of(query.page(page.index(), page.pageSize()).list(), total, page);
  }

  /**
   * National roles see every council, a province officer those of their province, and a member the
   * councils they sit on.
   */
  public static boolean canSee(Council council, Caller caller) {
    if (caller.isNational() || council.hasMember(caller.username())) {
      return true;
    }
    return caller.hasRole(Roles.PROVINCE_OFFICER)
        && council.provinceCode() != null
        && council.provinceCode().equals(caller.provinceCode());
  }

  /**
   * National officers and admins manage central councils (and may act for a province); a province
   * officer manages the provincial (and, for pre-2025 data, district) councils of their province.
   */
  public static boolean canManage(Council council, Caller caller) {
    if (caller.isNational()) {
      return true;
    }
    return caller.hasRole(Roles.PROVINCE_OFFICER)
        && council.level() != EvaluationLevel.CENTRAL
        && council.provinceCode() != null
        && council.provinceCode().equals(caller.provinceCode());
  }

  private static List<CouncilMember> members(List<MemberRequest> requested) {
    return requested.stream().map(MemberRequest::toMember).toList();
  }
}
