package vn.ocop.rating.recognition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.exception.ConstraintViolationException;
import vn.ocop.contracts.EventTypes;
import vn.ocop.contracts.Topics;
import vn.ocop.contracts.rating.RecognitionDecided;
import vn.ocop.contracts.rating.RecognitionRefused;
import vn.ocop.platform.outbox.Outbox;
import vn.ocop.platform.paging.Page;
import vn.ocop.platform.paging.PageQuery;
import vn.ocop.platform.problem.ProblemException;
import vn.ocop.platform.security.Caller;
import vn.ocop.platform.security.Roles;
import vn.ocop.rating.LocalCalendar;
import vn.ocop.rating.dossier.Dossier;
import vn.ocop.rating.dossier.DossierAccess;
import vn.ocop.rating.dossier.DossierRepository;
import vn.ocop.rating.dossier.DossierStatus;
import vn.ocop.rating.dossier.EvaluationResult;
import vn.ocop.rating.routing.LevelScope;
import vn.ocop.rating.routing.RoutingEventKind;
import vn.ocop.rating.routing.RoutingHistory;
import vn.ocop.rating.rules.EvaluationLevel;
import vn.ocop.rating.rules.RuleSet;
import vn.ocop.rating.rules.RuleSets;

/**
 * Records recognition decisions (công nhận / không công nhận) of the competent level and announces
 * them: {@code RecognitionDecided}, from which the registry issues the certificate, or {@code
 * RecognitionRefused}, from which it revokes a re-evaluated certificate at its end. The outcome
 * travels along the product's chain of levels: a forwarded dossier takes the upper level's outcome,
 * and an upper dossier whose result came back to the lower level is closed as not recognised there.
 */
@ApplicationScoped
public class RecognitionService {
  private final DossierAccess access;
  private final DossierRepository dossiers;
  private final RecognitionDecisionRepository decisions;
  private final RoutingHistory history;
  private final RuleSets ruleSets;
  private final LocalCalendar calendar;
  private final Outbox outbox;
  private final EntityManager entityManager;

  RecognitionService(
      DossierAccess access,
      DossierRepository dossiers,
      RecognitionDecisionRepository decisions,
      RoutingHistory history,
      RuleSets ruleSets,
      LocalCalendar calendar,
      Outbox outbox,
      EntityManager entityManager) {
    this.access = access;
    this.dossiers = dossiers;
    this.decisions = decisions;
    this.history = history;
    this.ruleSets = ruleSets;
    this.calendar = calendar;
    this.outbox = outbox;
    this.entityManager = entityManager;
  }

  /**
   * Records the decision of the dossier's level. On an EVALUATED dossier it rests on the dossier's
   * own result; on a FORWARDED one, on the result of the level it was forwarded to, once that level
   * has evaluated it without deciding.
   */
  @Transactional
  public RecognitionDecision decide(UUID dossierId, RecordDecisionRequest request, Caller caller) {
    DecisionOutcome outcome = request.outcomeOrDefault();
    requireReasonFits(outcome, request.reason());
    Dossier dossier = access.forOfficer(dossierId, caller);
    LevelScope.requireMayAct(dossier, caller);
    if (decisions.ofDossier(dossierId).isPresent()) {
      throw decisionExists(dossierId);
    }
    Dossier resultDossier = resultDossierFor(dossier);
    EvaluationResult result = resultDossier.result().orElseThrow();
    RuleSet ruleSet = ruleSets.byVersion(dossier.ruleSetVersion());
    Competence.check(
        ruleSet,
        dossier.evaluationLevel(),
        resultDossier.evaluationLevel(),
        result.starClass(),
        outcome);
    requireDateFits(request.decisionDate(), result);
    Instant now = calendar.now();
    RecognitionDecision decision =
        RecognitionDecision.record(
            dossier,
            resultDossier,
            result,
            ruleSet,
            outcome,
            request.reason(),
            request.decisionNumber(),
            request.decisionDate(),
            request.issuingBody(),
            caller.username(),
            now);
    decisions.persist(decision);
    DossierStatus old = dossier.conclude(outcome.dossierStatus());
    history.record(
        dossier.id(),
        resultDossier.id().equals(dossier.id()) ? null : resultDossier.id(),
        RoutingEventKind.DECIDED,
        old,
        dossier.status(),
        decision.id(),
        describe(decision),
        caller.username(),
        now);
    passOutcomeDown(dossier, decision, caller.username(), now);
    referBack(dossier, resultDossier, decision, caller.username(), now);
    try {
      entityManager.flush();
    } catch (ConstraintViolationException e) {
      throw decisionExists(dossierId);
    } catch (OptimisticLockException e) {
      throw ProblemException.conflict(
          "CONCURRENT_UPDATE", "Dossier " + dossierId + " was changed by another request");
    }
    publish(decision);
    return decision;
  }

  /** The decision of a dossier the caller may see, 404 if there is none. */
  public RecognitionDecision get(UUID dossierId, Caller caller) {
    access.visible(dossierId, caller);
    return decisions
        .ofDossier(dossierId)
        .orElseThrow(() -> ProblemException.notFound("Recognition decision of dossier", dossierId));
  }

  /**
   * Decisions the caller may see: national accounts any province (or the one they name), a province
   * officer their own; naming another province answers 404.
   */
  public Page<RecognitionDecision> list(
      Caller caller,
      String provinceCode,
      EvaluationLevel level,
      DecisionOutcome outcome,
      LocalDate from,
      LocalDate to,
      PageQuery page) {
    if (from != null && to != null && to.isBefore(from)) {
      throw ProblemException.invalidField(
          "to", "notBeforeFrom", "The period ends (" + to + ") before it starts (" + from + ")");
    }
    String province = provinceCode;
    if (!caller.isNational()) {
      if (!caller.hasRole(Roles.PROVINCE_OFFICER) || caller.provinceCode() == null) {
        return Page.of(List.of(), 0, page);
      }
      if (provinceCode != null && !provinceCode.equals(caller.provinceCode())) {
        throw ProblemException.notFound("Province", provinceCode);
      }
      province = caller.provinceCode();
    }
    var query = decisions.search(province, level, outcome, from, to);
    long total = query.count();
    return Page.of(query.page(page.index(), page.pageSize()).list(), total, page);
  }

  /**
   * The dossier whose result a decision on {@code dossier} rests on: itself when EVALUATED; for a
   * FORWARDED one, the highest dossier of its chain, which must be EVALUATED.
   */
  private Dossier resultDossierFor(Dossier dossier) {
    if (dossier.status() == DossierStatus.EVALUATED) {
      return dossier;
    }
    if (dossier.status() != DossierStatus.FORWARDED) {
      throw ProblemException.conflict(
          DossierStatus.refusalCode(DossierStatus.RECOGNISED),
          "The dossier is "
              + dossier.status()
              + "; a decision is recorded on an EVALUATED dossier, or on a FORWARDED one once"
              + " the next level has evaluated it");
    }
    Dossier upper = childOf(dossier);
    while (upper != null && upper.status() == DossierStatus.FORWARDED) {
      upper = childOf(upper);
    }
    if (upper == null || upper.status() != DossierStatus.EVALUATED) {
      throw ProblemException.conflict(
          "AWAITING_UPPER_LEVEL",
          "Dossier "
              + dossier.id()
              + " was forwarded"
              + (upper == null
                  ? ""
                  : "; the " + upper.evaluationLevel() + " dossier " + upper.id() + " is ")
              + (upper == null ? " and the next level has no result yet" : upper.status().name())
              + "; the decision waits for the next level's result");
    }
    return upper;
  }

  /** The lower dossiers that forwarded this product take the outcome, without a decision. */
  private void passOutcomeDown(
      Dossier decided, RecognitionDecision decision, String actor, Instant now) {
    Dossier lower = parentOf(decided);
    while (lower != null && lower.status() == DossierStatus.FORWARDED) {
      DossierStatus old = lower.conclude(decision.outcome().dossierStatus());
      history.record(
          lower.id(),
          decided.id(),
          RoutingEventKind.OUTCOME_FROM_OTHER_LEVEL,
          old,
          lower.status(),
          decision.id(),
          "Decided at the " + decision.issuingLevel() + " level: " + describe(decision),
          actor,
          now);
      lower = parentOf(lower);
    }
  }

  /**
   * When the lower level decided on the upper level's result (below the upper level's competence),
   * the upper dossiers are closed as not recognised there.
   */
  private void referBack(
      Dossier decided,
      Dossier resultDossier,
      RecognitionDecision decision,
      String actor,
      Instant now) {
    if (resultDossier.id().equals(decided.id())) {
      return;
    }
    Dossier upper = childOf(decided);
    while (upper != null) {
      DossierStatus old = upper.conclude(DossierStatus.NOT_RECOGNISED);
      history.record(
          upper.id(),
          decided.id(),
          RoutingEventKind.REFERRED_BACK,
          old,
          upper.status(),
          decision.id(),
          "Referred back to the "
              + decision.issuingLevel()
              + " level, which decided: "
              + describe(decision),
          actor,
          now);
      if (upper.id().equals(resultDossier.id())) {
        break;
      }
      upper = childOf(upper);
    }
  }

  private Dossier childOf(Dossier dossier) {
    return dossiers.find("parentDossierId", dossier.id()).firstResult();
  }

  private Dossier parentOf(Dossier dossier) {
    return dossier.parentDossierId() == null ? null : dossiers.findById(dossier.parentDossierId());
  }

  private static String describe(RecognitionDecision decision) {
    return (decision.outcome() == DecisionOutcome.RECOGNISED ? "recognised " : "not recognised ")
        + decision.starClass()
        + "★ ("
        + decision.score().toPlainString()
        + " points) by decision "
        + decision.decisionNumber()
        + " of "
        + decision.decisionDate();
  }

  private static void requireReasonFits(DecisionOutcome outcome, String reason) {
    boolean blank = reason == null || reason.isBlank();
    if (outcome == DecisionOutcome.NOT_RECOGNISED && blank) {
      throw ProblemException.invalidField(
          "reason",
          "requiredWhenNotRecognised",
          "A decision not to recognise (không công nhận) states its reason");
    }
    if (outcome == DecisionOutcome.RECOGNISED && !blank) {
      throw ProblemException.invalidField(
          "reason", "onlyWhenNotRecognised", "A reason is given only for NOT_RECOGNISED");
    }
  }

  private void requireDateFits(LocalDate decisionDate, EvaluationResult result) {
    if (decisionDate.isAfter(calendar.today())) {
      throw ProblemException.invalidField(
          "decisionDate",
          "PastOrPresent",
          "The decision date " + decisionDate + " is in the future");
    }
    if (decisionDate.isBefore(result.evaluatedOn())) {
      throw ProblemException.invalidField(
          "decisionDate",
          "notBeforeEvaluation",
          "The decision date "
              + decisionDate
              + " is before the evaluation on "
              + result.evaluatedOn());
    }
  }

  private void publish(RecognitionDecision decision) {
    if (decision.outcome() == DecisionOutcome.RECOGNISED) {
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
    } else {
      outbox.publish(
          Topics.RATING_RECOGNITION,
          decision.id(),
          EventTypes.RECOGNITION_REFUSED,
          new RecognitionRefused(
              decision.id(),
              decision.dossierId(),
              decision.productId(),
              decision.subjectId(),
              decision.provinceCode(),
              decision.decisionNumber(),
              decision.decisionDate(),
              decision.issuingLevel().name(),
              decision.dossierKind().name(),
              decision.starClass(),
              decision.score(),
              decision.reason()));
    }
  }

  private static ProblemException decisionExists(UUID dossierId) {
    return ProblemException.conflict(
        "DECISION_EXISTS", "Dossier " + dossierId + " already has a recognition decision");
  }
}
