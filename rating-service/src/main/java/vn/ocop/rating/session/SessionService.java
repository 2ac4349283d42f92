package vn.ocop.rating.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import vn.ocop.platform.paging.Page;
import vn.ocop.platform.paging.PageQuery;
import vn.ocop.platform.problem.ProblemException;
import vn.ocop.platform.security.Caller;
import vn.ocop.platform.security.Roles;
import vn.ocop.rating.LocalCalendar;
import vn.ocop.rating.communereview.CommuneReviews;
import vn.ocop.rating.council.Council;
import vn.ocop.rating.council.CouncilKind;
import vn.ocop.rating.council.CouncilRepository;
import vn.ocop.rating.council.CouncilService;
import vn.ocop.rating.council.Regulation;
import vn.ocop.rating.dossier.Dossier;
import vn.ocop.rating.dossier.DossierAccess;
import vn.ocop.rating.dossier.DossierRepository;
import vn.ocop.rating.rules.EvaluationLevel;
import vn.ocop.rating.rules.RuleSet;
import vn.ocop.rating.rules.RuleSets;

/** Plans, opens, closes and cancels council sessions, and puts dossiers before them. */
@ApplicationScoped
public class SessionService {
  private final SessionRepository sessions;
  private final CouncilRepository councils;
  private final CouncilService councilService;
  private final DossierAccess dossierAccess;
  private final DossierRepository dossiers;
  private final RuleSets ruleSets;
  private final CommuneReviews communeReviews;
  private final LocalCalendar calendar;
  private final EntityManager entityManager;

  SessionService(
      SessionRepository sessions,
      CouncilRepository councils,
      CouncilService councilService,
      DossierAccess dossierAccess,
      DossierRepository dossiers,
      RuleSets ruleSets,
      CommuneReviews communeReviews,
      LocalCalendar calendar,
      EntityManager entityManager) {
    this.sessions = sessions;
    this.councils = councils;
    this.councilService = councilService;
    this.dossierAccess = dossierAccess;
    this.dossiers = dossiers;
    this.ruleSets = ruleSets;
    this.communeReviews = communeReviews;
    this.calendar = calendar;
    this.entityManager = entityManager;
  }

  @Transactional
  public CouncilSession plan(PlanSessionRequest request, Caller caller) {
    Council council = councilService.manageable(request.councilId(), caller);
    CouncilSession session =
        CouncilSession.plan(
            council, request.heldOn(), request.place(), caller.username(), calendar.now());
    sessions.persist(session);
    return session;
  }

  /** The session if the caller may see its council, else 404. */
  public CouncilSession get(UUID id, Caller caller) {
    CouncilSession session = sessions.findByIdOptional(id).orElse(null);
    Council council = session == null ? null : councils.findById(session.councilId());
    if (council == null || !CouncilService.canSee(council, caller)) {
      throw ProblemException.notFound("Session", id);
    }
    return session;
  }

  /** The session if the caller may manage its council, else 404. */
  public CouncilSession manageable(UUID id, Caller caller) {
    CouncilSession session = sessions.findByIdOptional(id).orElse(null);
    Council council = session == null ? null : councils.findById(session.councilId());
    if (council == null || !CouncilService.canManage(council, caller)) {
      throw ProblemException.notFound("Session", id);
    }
    return session;
  }

  public Page<CouncilSession> list(
      Caller caller, UUID councilId, SessionStatus status, PageQuery page) {
    String province = null;
    String member = null;
    if (!caller.isNational()) {
      if (caller.hasRole(Roles.PROVINCE_OFFICER) && caller.provinceCode() != null) {
        province = caller.provinceCode();
      } else if (caller.hasRole(Roles.COUNCIL_MEMBER) || caller.hasRole(Roles.ADVISOR)) {
        member = caller.username();
      } else {
        return Page.of(List.of(), 0, page);
      }
    }
    var query = sessions.search(province, member, councilId, status);
    long total = query.count();
    return Page.of(query.page(page.index(), page.pageSize()).list(), total, page);
  }

  /**
   * Opens the session with the members present. The quorum follows the council's regulation, read
   * against the rule set in force on the session's date.
   */
  @Transactional
  public CouncilSession open(UUID id, OpenSessionRequest request, Caller caller) {
    CouncilSession session = manageable(id, caller);
    Council council = councils.findById(session.councilId());
    // Serialises with a change of members, which must not happen while the session is OPEN.
    entityManager.lock(council, LockModeType.PESSIMISTIC_WRITE);
    RuleSet ruleSet = ruleSets.inForceOn(session.heldOn()).orElse(null);
    session.open(
        council,
        new HashSet<>(request.presentMembers().stream().map(String::strip).toList()),
        Regulation.resolve(council.regulation(), ruleSet),
        calendar.now());
    return flushed(session);
  }

  @Transactional
  public CouncilSession close(UUID id, Caller caller) {
    CouncilSession session = manageable(id, caller);
    session.close(calendar.now());
    return flushed(session);
  }

  @Transactional
  public CouncilSession cancel(UUID id, CancelSessionRequest request, Caller caller) {
    CouncilSession session = manageable(id, caller);
    session.cancel(request.reason(), calendar.now());
    return flushed(session);
  }

  /**
   * Puts a dossier before a PLANNED or OPEN session of a council of its province, at a level its
   * rule set has; a SUBMITTED dossier becomes IN_EVALUATION. A dossier sits in one session at a
   * time: it moves on only when its session ended without a result (carried over).
   */
  @Transactional
  public Dossier assignDossier(UUID sessionId, UUID dossierId, Caller caller) {
    CouncilSession session = manageable(sessionId, caller);
    Dossier dossier = dossierAccess.forOfficer(dossierId, caller);
    if (session.councilKind() == CouncilKind.ADVISORY_TEAM) {
      throw ProblemException.unprocessable(
          "sessionId",
          "scoringCouncil",
          "Session "
              + sessionId
              + " is an advisory team's (tổ tư vấn); advisory teams do not score");
    }
    if (!session.status().isActive()) {
      throw ProblemException.conflict(
          "SESSION_NOT_ACTIVE",
          "Session " + sessionId + " is " + session.status() + "; dossiers go to PLANNED or OPEN");
    }
    if (session.provinceCode() != null && !session.provinceCode().equals(dossier.provinceCode())) {
      throw ProblemException.unprocessable(
          "dossierId",
          "sameProvince",
          "Dossier "
              + dossierId
              + " is of province "
              + dossier.provinceCode()
              + ", the session's council of province "
              + session.provinceCode());
    }
    if (!ruleSets.byVersion(dossier.ruleSetVersion()).hasLevel(session.level())) {
      throw ProblemException.unprocessable(
          "sessionId",
          "levelInRuleSet",
          "A "
              + session.level()
              + " council does not evaluate under rule set "
              + dossier.ruleSetVersion());
    }
    if (session.level() != dossier.evaluationLevel()) {
      throw ProblemException.unprocessable(
          "sessionId",
          "sameLevel",
          "Dossier "
              + dossierId
              + " is evaluated at "
              + dossier.evaluationLevel()
              + ", the session's council is "
              + session.level());
    }
    requireCommuneReview(dossier);
    boolean carryOver = false;
    if (dossier.sessionId() != null) {
      if (dossier.sessionId().equals(sessionId)) {
        throw ProblemException.conflict(
            "DOSSIER_IN_SESSION", "Dossier " + dossierId + " is already before this session");
      }
      CouncilSession previous = sessions.findById(dossier.sessionId());
      if (previous != null && previous.status().isActive()) {
        throw ProblemException.conflict(
            "DOSSIER_IN_SESSION",
            "Dossier "
                + dossierId
                + " is before session "
                + previous.id()
                + ", still "
                + previous.status());
      }
      carryOver = true;
    }
    dossier.attachToSession(session.id(), session.councilId(), carryOver);
    try {
      entityManager.flush();
    } catch (OptimisticLockException e) {
      throw ProblemException.conflict(
          "CONCURRENT_UPDATE",
          "Dossier " + dossierId + " was changed by another request; reload it");
    }
    return dossier;
  }

  /** The dossiers before a session, for the officers managing it. */
  public List<Dossier> dossiersOf(UUID sessionId, Caller caller) {
    CouncilSession session = manageable(sessionId, caller);
    return dossiers.list("sessionId = ?1 order by productName, id", session.id());
  }

  private CouncilSession flushed(CouncilSession session) {
    try {
      entityManager.flush();
    } catch (OptimisticLockException e) {
      throw ProblemException.conflict(
          "CONCURRENT_UPDATE",
          "Session " + session.id() + " was changed by another request; reload it");
    }
    return session;
  }

  /**
   * Under Decision 1489 the commune pre-reviews a dossier (origin, local labour, idea, identity)
   * and its chairman forwards it to the province: without that, the province council does not take
   * it. A dossier whose product has no commune on record (data from before the reform) has no
   * commune to review it and is taken as it is.
   */
  private void requireCommuneReview(Dossier dossier) {
    if (!ruleSets.byVersion(dossier.ruleSetVersion()).communePreReview()
        || dossier.evaluationLevel() != EvaluationLevel.PROVINCE
        || dossier.communeCode() == null) {
      return;
    }
    if (!communeReviews.forwards(dossier.id())) {
      throw ProblemException.conflict(
          "COMMUNE_REVIEW_REQUIRED",
          "Dossier "
              + dossier.id()
              + " has no commune pre-review forwarding it to the province (Decision 1489): the"
              + " commune "
              + dossier.communeCode()
              + " reviews it first");
    }
  }
}
