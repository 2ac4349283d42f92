package vn.ocop.rating.routing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.exception.ConstraintViolationException;
import vn.ocop.contracts.EventTypes;
import vn.ocop.contracts.Topics;
import vn.ocop.contracts.rating.DossierNominated;
import vn.ocop.contracts.rating.DossierSubmitted;
import vn.ocop.platform.outbox.Outbox;
import vn.ocop.platform.problem.ProblemException;
import vn.ocop.platform.security.Caller;
import vn.ocop.rating.LocalCalendar;
import vn.ocop.rating.dossier.Dossier;
import vn.ocop.rating.dossier.DossierAccess;
import vn.ocop.rating.dossier.DossierRepository;
import vn.ocop.rating.dossier.DossierStatus;
import vn.ocop.rating.dossier.EvaluationResult;
import vn.ocop.rating.rules.LevelForwarding;
import vn.ocop.rating.rules.RuleSet;
import vn.ocop.rating.rules.RuleSets;

/**
 * Forwards evaluated products to the next level (chuyển cấp trên) as the rule set says, opening the
 * next level's dossier and announcing it, in one transaction.
 */
@ApplicationScoped
public class ForwardingService {
  private final DossierAccess access;
  private final DossierRepository dossiers;
  private final RuleSets ruleSets;
  private final RoutingHistory history;
  private final LocalCalendar calendar;
  private final Outbox outbox;
  private final EntityManager entityManager;

  ForwardingService(
      DossierAccess access,
      DossierRepository dossiers,
      RuleSets ruleSets,
      RoutingHistory history,
      LocalCalendar calendar,
      Outbox outbox,
      EntityManager entityManager) {
    this.access = access;
    this.dossiers = dossiers;
    this.ruleSets = ruleSets;
    this.history = history;
    this.calendar = calendar;
    this.outbox = outbox;
    this.entityManager = entityManager;
  }

  /** The forwarded (lower) dossier and the next level's dossier opened for it. */
  public record Forwarded(Dossier lower, Dossier upper, LevelForwarding rule) {}

  /**
   * Forwards an EVALUATED dossier whose average reaches the rule set's threshold from its level.
   *
   * @throws ProblemException 404 outside the caller's scope; 403 for a CENTRAL dossier and a
   *     province officer; 409 {@code DOSSIER_ALREADY_FORWARDED}, {@code DOSSIER_NOT_EVALUATED},
   *     {@code NOT_FORWARDABLE}, {@code DOSSIER_EXISTS} or {@code CONCURRENT_UPDATE}
   */
  @Transactional
  public Forwarded forward(UUID id, Caller caller) {
    Dossier lower = access.forOfficer(id, caller);
    LevelScope.requireMayAct(lower, caller);
    if (lower.status() == DossierStatus.FORWARDED) {
      throw alreadyForwarded(id);
    }
    if (lower.status() != DossierStatus.EVALUATED) {
      throw ProblemException.conflict(
          DossierStatus.refusalCode(DossierStatus.FORWARDED),
          "The dossier is " + lower.status() + "; only an EVALUATED dossier is forwarded");
    }
    RuleSet ruleSet = ruleSets.byVersion(lower.ruleSetVersion());
    EvaluationResult result = lower.result().orElseThrow();
    LevelForwarding rule =
        Forwarding.require(ruleSet, lower.evaluationLevel(), result.averageScore());
    if (dossiers.count(
            "cycleId = ?1 and productId = ?2 and evaluationLevel = ?3",
            lower.cycleId(),
            lower.productId(),
            rule.toLevel())
        > 0) {
      throw upperExists(lower, rule);
    }
    Instant now = calendar.now();
    Dossier upper = Dossier.forwardedFrom(lower, rule.toLevel(), caller.username(), now);
    DossierStatus old = lower.forward();
    dossiers.persist(upper);
    try {
      entityManager.flush();
    } catch (ConstraintViolationException e) {
      throw upperExists(lower, rule);
    } catch (OptimisticLockException e) {
      throw ProblemException.conflict(
          "CONCURRENT_UPDATE", "Dossier " + id + " was changed by another request; reload it");
    }
    String score = result.averageScore().toPlainString();
    history.record(
        lower.id(),
        upper.id(),
        RoutingEventKind.FORWARDED,
        old,
        lower.status(),
        null,
        "Forwarded to the " + rule.toLevel() + " level with an average of " + score,
        caller.username(),
        now);
    history.record(
        upper.id(),
        lower.id(),
        RoutingEventKind.RECEIVED_FROM_LOWER_LEVEL,
        null,
        upper.status(),
        null,
        "Forwarded by the " + rule.fromLevel() + " level with an average of " + score,
        caller.username(),
        now);
    outbox.publish(
        Topics.RATING_DOSSIER,
        lower.id(),
        EventTypes.DOSSIER_NOMINATED,
        new DossierNominated(
            lower.id(),
            upper.id(),
            lower.productId(),
            lower.provinceCode(),
            rule.fromLevel().name(),
            rule.toLevel().name(),
            result.averageScore(),
            result.starClass()));
    outbox.publish(
        Topics.RATING_DOSSIER,
        upper.id(),
        EventTypes.DOSSIER_SUBMITTED,
        new DossierSubmitted(
            upper.id(),
            upper.cycleId(),
            upper.productId(),
            upper.subjectId(),
            upper.provinceCode(),
            upper.kind().name(),
            upper.evaluationLevel().name(),
            upper.productSet() == null ? 0 : upper.productSet(),
            calendar.dateOf(now)));
    return new Forwarded(lower, upper, rule);
  }

  private static ProblemException alreadyForwarded(UUID id) {
    return ProblemException.conflict(
        "DOSSIER_ALREADY_FORWARDED", "Dossier " + id + " was already forwarded to the next level");
  }

  private static ProblemException upperExists(Dossier lower, LevelForwarding rule) {
    return ProblemException.conflict(
        "DOSSIER_EXISTS",
        "Product "
            + lower.productId()
            + " already has a "
            + rule.toLevel()
            + " dossier in cycle "
            + lower.cycleId());
  }
}
