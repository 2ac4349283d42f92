package vn.ocop.rating.recognition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.exception.ConstraintViolationException;
import vn.ocop.contracts.EventTypes;
import vn.ocop.contracts.Topics;
import vn.ocop.contracts.rating.RecognitionDecided;
import vn.ocop.platform.outbox.Outbox;
import vn.ocop.platform.problem.ProblemException;
import vn.ocop.platform.security.Caller;
import vn.ocop.rating.LocalCalendar;
import vn.ocop.rating.dossier.Dossier;
import vn.ocop.rating.dossier.DossierAccess;
import vn.ocop.rating.dossier.DossierStatus;
import vn.ocop.rating.dossier.EvaluationResult;
import vn.ocop.rating.rules.EvaluationLevel;
import vn.ocop.rating.rules.RuleSet;
import vn.ocop.rating.rules.RuleSets;

/**
 * Records recognition decisions for evaluated dossiers and announces them ({@code
 * RecognitionDecided}), from which the registry issues the certificate.
 */
@ApplicationScoped
public class RecognitionService {
  private final DossierAccess access;
  private final RecognitionDecisionRepository decisions;
  private final RuleSets ruleSets;
  private final LocalCalendar calendar;
  private final Outbox outbox;
  private final EntityManager entityManager;

  RecognitionService(
      DossierAccess access,
      RecognitionDecisionRepository decisions,
      RuleSets ruleSets,
      LocalCalendar calendar,
      Outbox outbox,
      EntityManager entityManager) {
    this.access = access;
    this.decisions = decisions;
    this.ruleSets = ruleSets;
    this.calendar = calendar;
    this.outbox = outbox;
    this.entityManager = entityManager;
  }

  /**
   * Records the decision of the provincial People's Committee for a dossier of the caller's
   * province. Province officers act for the province (UBND tỉnh); decisions of the centre come with
   * the central evaluation round.
   */
  @Transactional
  public RecognitionDecision decide(UUID dossierId, RecordDecisionRequest request, Caller caller) {
    Dossier dossier = access.forOfficer(dossierId, caller);
    if (decisions.ofDossier(dossierId).isPresent()) {
      throw decisionExists(dossierId);
    }
    if (!dossier.status().canMoveTo(DossierStatus.RECOGNISED)) {
      throw ProblemException.conflict(
          DossierStatus.refusalCode(DossierStatus.RECOGNISED),
          "The dossier is " + dossier.status() + "; only an EVALUATED dossier can be recognised");
    }
    EvaluationResult result = dossier.result().orElseThrow();
    RuleSet ruleSet = ruleSets.byVersion(dossier.ruleSetVersion());
    int stars = result.starClass();
    if (!ruleSet.isRecognisable(stars)) {
      throw ProblemException.conflict(
          "NOT_RECOGNISABLE",
          "A "
              + stars
              + "★ result is not recognised: OCOP recognition starts at "
              + ruleSet.minimumRecognisedStar()
              + "★ under rule set "
              + ruleSet.version());
    }
    EvaluationLevel level = EvaluationLevel.PROVINCE;
    if (!ruleSet.mayRecognise(level, stars)) {
      EvaluationLevel competent = ruleSet.competentLevel(stars).orElseThrow();
      throw ProblemException.conflict(
          "LEVEL_NOT_COMPETENT",
          "Under rule set "
              + ruleSet.version()
              + " a "
              + stars
              + "★ result is recognised at "
              + competent
              + " level, not "
              + level
              + (competent == EvaluationLevel.CENTRAL
                  ? ": send the dossier to the centre (trung ương) for the central evaluation"
                  : ""));
    }
    LocalDate today = calendar.today();
    if (request.decisionDate().isAfter(today)) {
      throw ProblemException.invalidField(
          "decisionDate",
          "PastOrPresent",
          "The decision date " + request.decisionDate() + " is in the future");
    }
    if (request.decisionDate().isBefore(result.evaluatedOn())) {
      throw ProblemException.invalidField(
          "decisionDate",
          "notBeforeEvaluation",
          "The decision date "
              + request.decisionDate()
              + " is before the evaluation on "
              + result.evaluatedOn());
    }
    RecognitionDecision decision =
        RecognitionDecision.record(
            dossier,
            result,
            ruleSet,
            request.decisionNumber(),
            request.decisionDate(),
            request.issuingBody(),
            level,
            caller.username(),
            calendar.now());
    decisions.persist(decision);
    dossier.recognise();
    try {
      entityManager.flush();
    } catch (ConstraintViolationException e) {
      throw decisionExists(dossierId);
    } catch (OptimisticLockException e) {
      throw ProblemException.conflict(
          "CONCURRENT_UPDATE", "Dossier " + dossierId + " was changed by another request");
    }
    outbox.publish(
        Topics.RATING_RECOGNITION,
        decision.id(),
        EventTypes.RECOGNITION_DECIDED,
        new RecognitionDecided(
            decision.id(),
            decision.dossierId(),
            decision.productId(),
            decision.subjectId(),
            decision.provinceCode(),
            decision.decisionNumber(),
            decision.decisionDate(),
            decision.issuingBody(),
            decision.issuingLevel().name(),
            decision.starClass(),
            decision.score(),
            decision.dossierKind().name(),
            decision.ruleSetVersion(),
            decision.validityMonths()));
    return decision;
  }

  /** The decision of a dossier the caller may see, 404 if there is none. */
  public RecognitionDecision get(UUID dossierId, Caller caller) {
    access.visible(dossierId, caller);
    return decisions
        .ofDossier(dossierId)
        .orElseThrow(() -> ProblemException.notFound("Recognition decision of dossier", dossierId));
  }

  private static ProblemException decisionExists(UUID dossierId) {
    return ProblemException.conflict(
        "DECISION_EXISTS", "Dossier " + dossierId + " already has a recognition decision");
  }
}
