package vn.ocop.rating.communereview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.hibernate.exception.ConstraintViolationException;
import vn.ocop.platform.problem.ProblemException;
import vn.ocop.platform.security.Caller;
import vn.ocop.rating.LocalCalendar;
import vn.ocop.rating.dossier.Dossier;
import vn.ocop.rating.dossier.DossierAccess;
import vn.ocop.rating.dossier.DossierStatus;

/** Records and finds the commune pre-reviews of dossiers. */
@ApplicationScoped
public class CommuneReviews {
  private final DossierAccess access;
  private final LocalCalendar calendar;
  private final EntityManager entityManager;

  CommuneReviews(DossierAccess access, LocalCalendar calendar, EntityManager entityManager) {
    this.access = access;
    this.calendar = calendar;
    this.entityManager = entityManager;
  }

  /**
   * Records the commune's review of a SUBMITTED dossier of its commune; the current review, if any,
   * is superseded.
   */
  @Transactional
  public CommuneReview record(UUID dossierId, RecordCommuneReviewRequest request, Caller caller) {
    Dossier dossier = access.forCommuneOfficer(dossierId, caller);
    if (request.chairmanOpinion() == ChairmanOpinion.NOT_FORWARD
        && (request.reason() == null || request.reason().isBlank())) {
      throw ProblemException.invalidField(
          "reason", "RequiredWhenNotForward", "say why the commune does not forward the dossier");
    }
    // Today in Vietnam, not on the server's clock: at 01:00 in Hà Nội the UTC server is still on
    // yesterday, and the minutes signed that morning would look like the future.
    if (request.minutesDate().isAfter(calendar.today())) {
      throw ProblemException.invalidField(
          "minutesDate",
          "PastOrPresent",
          "the minutes date " + request.minutesDate() + " is after today in Vietnam");
    }
    if (dossier.status() != DossierStatus.SUBMITTED) {
      throw ProblemException.conflict(
          "DOSSIER_NOT_SUBMITTED",
          "The dossier is " + dossier.status() + "; the commune reviews only SUBMITTED dossiers");
    }
    List<CommuneReview> earlier = all(dossier.id());
    earlier.stream()
        .filter(review -> review.supersededAt() == null)
        .forEach(review -> review.supersede(calendar.now()));
    CommuneReview review =
        CommuneReview.record(
            dossier.id(),
            earlier.size() + 1,
            dossier.communeCode(),
            request.minutesNumber().strip(),
            request.minutesDate(),
            request.chairmanOpinion(),
            request.reason() == null || request.reason().isBlank()
                ? null
                : request.reason().strip(),
            request.findings().stream()
                .map(
                    f ->
                        new CommuneReview.Finding(
                            f.criterionCode(), f.finding().strip(), f.satisfied()))
                .toList(),
            caller.username(),
            calendar.now());
    try {
      // The superseding update goes first, so the partial unique index sees one current review.
      entityManager.flush();
      entityManager.persist(review);
      entityManager.flush();
    } catch (ConstraintViolationException e) {
      throw ProblemException.conflict(
          "CONCURRENT_UPDATE",
          "Another commune review of dossier " + dossierId + " was recorded meanwhile; reload it");
    }
    return review;
  }

  /** The current review of a dossier the caller may see, else 404. */
  public CommuneReview current(UUID dossierId, Caller caller) {
    Dossier dossier = access.visible(dossierId, caller);
    return all(dossier.id()).stream()
        .filter(review -> review.supersededAt() == null)
        .findFirst()
        .orElseThrow(() -> ProblemException.notFound("Commune review of dossier", dossierId));
  }

  /**
   * Whether the dossier's current review forwards it to the province: what a province council needs
   * under a rule set with commune pre-review. No scope check; the caller already has one.
   */
  public boolean forwards(UUID dossierId) {
    return all(dossierId).stream()
        .anyMatch(
            review ->
                review.supersededAt() == null
                    && review.chairmanOpinion() == ChairmanOpinion.FORWARD);
  }

  /** Every review of a dossier the caller may see, oldest first. */
  public List<CommuneReview> history(UUID dossierId, Caller caller) {
    return all(access.visible(dossierId, caller).id());
  }

  private List<CommuneReview> all(UUID dossierId) {
    return entityManager
        .createQuery(
            "from CommuneReview r where r.dossierId = :dossier order by r.revision",
            CommuneReview.class)
        .setParameter("dossier", dossierId)
        .getResultList();
  }
}
