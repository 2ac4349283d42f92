package vn.ocop.rating.conflict;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.exception.ConstraintViolationException;
import vn.ocop.platform.paging.Page;
import vn.ocop.platform.paging.PageQuery;
import vn.ocop.platform.problem.ProblemException;
import vn.ocop.platform.security.Caller;
import vn.ocop.platform.security.Roles;
import vn.ocop.rating.LocalCalendar;
import vn.ocop.rating.council.Council;
import vn.ocop.rating.council.CouncilRepository;
import vn.ocop.rating.council.CouncilService;
import vn.ocop.rating.dossier.Dossier;
import vn.ocop.rating.dossier.DossierRepository;
import vn.ocop.rating.product.ProductCatalogue;
import vn.ocop.rating.product.ProductRef;
import vn.ocop.rating.session.CouncilSession;
import vn.ocop.rating.session.SessionRepository;
import vn.ocop.rating.session.SessionStatus;

/**
 * Members' declarations of conflict of interest (khai báo xung đột lợi ích), made per dossier
 * before seeing it, and the summaries they declare on.
 */
@ApplicationScoped
public class ConflictService {
  private final DeclarationRepository declarations;
  private final Clearance clearance;
  private final SessionRepository sessions;
  private final DossierRepository dossiers;
  private final CouncilRepository councils;
  private final ProductCatalogue catalogue;
  private final LocalCalendar calendar;
  private final EntityManager entityManager;

  ConflictService(
      DeclarationRepository declarations,
      Clearance clearance,
      SessionRepository sessions,
      DossierRepository dossiers,
      CouncilRepository councils,
      ProductCatalogue catalogue,
      LocalCalendar calendar,
      EntityManager entityManager) {
    this.declarations = declarations;
    this.clearance = clearance;
    this.sessions = sessions;
    this.dossiers = dossiers;
    this.councils = councils;
    this.catalogue = catalogue;
    this.calendar = calendar;
    this.entityManager = entityManager;
  }

  /**
   * Records the caller's declaration on a dossier of their session. A later declaration replaces an
   * earlier one (as a new row) until the member has scored the dossier.
   */
  @Transactional
  public ConflictDeclaration declare(
      UUID sessionId, UUID dossierId, DeclareConflictRequest request, Caller caller) {
    if (request.declaration() == Declaration.CONFLICT && request.kind() == null) {
      throw ProblemException.invalidField(
          "kind", "RequiredForConflict", "Name the kind of conflict (SAME_SUBJECT, RELATIVE, …)");
    }
    if (request.declaration() == Declaration.NONE && request.kind() != null) {
      throw ProblemException.invalidField(
          "kind", "NullForNone", "A declaration of no conflict names no kind of conflict");
    }
    CouncilSession session = sessions.findById(sessionId);
    Dossier dossier = dossiers.findById(dossierId);
    if (session == null || dossier == null || !sessionId.equals(dossier.sessionId())) {
      throw ProblemException.notFound("Dossier of session " + sessionId, dossierId);
    }
    Clearance.Standing standing = clearance.of(dossier, caller.username(), caller.subjectId());
    if (standing.state() == Clearance.State.NOT_ON_COUNCIL) {
      throw ProblemException.notFound("Dossier of session " + sessionId, dossierId);
    }
    if (!session.status().isActive()) {
      throw ProblemException.conflict(
          "SESSION_NOT_ACTIVE",
          "Session " + sessionId + " is " + session.status() + "; declarations are closed");
    }
    if (hasScored(dossierId, caller.username())) {
      throw ProblemException.conflict(
          "ALREADY_SCORED",
          "You scored dossier " + dossierId + "; your declaration can no longer change");
    }
    int revision = standing.latest().map(latest -> latest.revision() + 1).orElse(1);
    ConflictDeclaration row =
        ConflictDeclaration.record(
            sessionId,
            dossierId,
            caller.username(),
            revision,
            request.declaration(),
            request.kind(),
            request.note(),
            standing.detected().map(DetectedConflict::reason).orElse(null),
            calendar.now());
    declarations.persist(row);
    try {
      entityManager.flush();
    } catch (ConstraintViolationException e) {
      // The same member declared on the same dossier in a parallel request.
      throw ProblemException.conflict(
          "CONCURRENT_UPDATE",
          "Another declaration on dossier " + dossierId + " came first; reload");
    }
    return row;
  }

  /** A session's declarations: officers see everyone's, a member only their own. */
  public List<ConflictDeclaration> ofSession(UUID sessionId, Caller caller) {
    CouncilSession session = sessions.findById(sessionId);
    Council council = session == null ? null : councils.findById(session.councilId());
    if (council == null) {
      throw ProblemException.notFound("Session", sessionId);
    }
    boolean officer =
        (caller.isNational() || caller.hasRole(Roles.PROVINCE_OFFICER))
            && CouncilService.canSee(council, caller);
    if (officer) {
      return declarations.ofSession(sessionId, null);
    }
    if (caller.hasRole(Roles.COUNCIL_MEMBER) && council.hasMember(caller.username())) {
      return declarations.ofSession(sessionId, caller.username());
    }
    throw ProblemException.notFound("Session", sessionId);
  }

  /**
   * The dossiers of the caller's PLANNED and OPEN sessions, with the minimal summary needed to
   * declare and where the caller stands on each.
   */
  public Page<MySessionDossierResponse> mySessionDossiers(
      Caller caller, UUID sessionId, PageQuery page) {
    String from =
        " from Dossier d, CouncilSession s where d.sessionId = s.id and s.status in :active and"
            + " s.councilId in (select c.id from Council c join c.members m where m.username ="
            + " :member)"
            + (sessionId == null ? "" : " and s.id = :session");
    var count = entityManager.createQuery("select count(d)" + from, Long.class);
    var select =
        entityManager.createQuery(
            "select d" + from + " order by s.heldOn, s.id, d.productName, d.id", Dossier.class);
    for (var query : List.of(count, select)) {
      query.setParameter("active", List.of(SessionStatus.PLANNED, SessionStatus.OPEN));
      query.setParameter("member", caller.username());
      if (sessionId != null) {
        query.setParameter("session", sessionId);
      }
    }
    long total = count.getSingleResult();
    List<Dossier> rows =
        select.setFirstResult(page.offset()).setMaxResults(page.pageSize()).getResultList();
    return Page.of(rows.stream().map(dossier -> summary(dossier, caller)).toList(), total, page);
  }

  private MySessionDossierResponse summary(Dossier dossier, Caller caller) {
    CouncilSession session = sessions.findById(dossier.sessionId());
    Clearance.Standing standing = clearance.of(dossier, caller.username(), caller.subjectId());
    Optional<ProductRef> product = catalogue.product(dossier.productId());
    String subjectName =
        catalogue.subject(dossier.subjectId()).map(subject -> subject.name()).orElse(null);
    Optional<ConflictDeclaration> latest = standing.latest();
    return new MySessionDossierResponse(
        session.id(),
        session.heldOn(),
        session.status(),
        dossier.id(),
        dossier.productName(),
        subjectName,
        dossier.productSet(),
        product.map(ProductRef::productSetName).orElse(null),
        standing.member().map(member -> member.role()).orElse(null),
        standing.state(),
        latest.map(ConflictDeclaration::declaration).orElse(null),
        latest.map(ConflictDeclaration::conflictKind).orElse(null),
        standing
            .detected()
            .map(DetectedConflict::reason)
            .orElse(latest.map(ConflictDeclaration::detectedConflict).orElse(null)));
  }

  private boolean hasScored(UUID dossierId, String username) {
    Number sheets =
        (Number)
            entityManager
                .createNativeQuery(
                    "select count(*) from score_sheet where dossier_id = ?1 and member_username ="
                        + " ?2")
                .setParameter(1, dossierId)
                .setParameter(2, username)
                .getSingleResult();
    return sheets.longValue() > 0;
  }
}
