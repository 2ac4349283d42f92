package vn.ocop.rating.scoring;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;
import vn.ocop.contracts.EventTypes;
import vn.ocop.contracts.Topics;
import vn.ocop.contracts.rating.EvaluationCompleted;
import vn.ocop.platform.outbox.Outbox;
import vn.ocop.platform.problem.ProblemException;
import vn.ocop.platform.security.Caller;
import vn.ocop.rating.LocalCalendar;
import vn.ocop.rating.council.Council;
import vn.ocop.rating.council.CouncilMember;
import vn.ocop.rating.council.CouncilRepository;
import vn.ocop.rating.dossier.Dossier;
import vn.ocop.rating.dossier.DossierAccess;
import vn.ocop.rating.dossier.DossierStatus;
import vn.ocop.rating.dossier.EvaluationResult;
import vn.ocop.rating.rules.RuleSet;
import vn.ocop.rating.rules.RuleSets;

/**
 * Blind scoring by a council (chấm điểm): each member submits their own sheet without seeing the
 * others'. The member whose sheet completes the set triggers the result: the average, its star
 * class under the dossier's rule set, status EVALUATED and an {@code EvaluationCompleted} event.
 *
 * <p>Every submission bumps the dossier's version. When two members submit at once, one commit
 * fails its version check and is retried on fresh data; so no sheet is lost and the result is
 * computed exactly once, by whichever submission is really last.
 */
@ApplicationScoped
public class ScoringService {
  private static final Logger LOG = Logger.getLogger(ScoringService.class);
  private static final int ATTEMPTS = 5;

  private final DossierAccess access;
  private final ScoreSheetRepository sheets;
  private final CouncilRepository councils;
  private final RuleSets ruleSets;
  private final LocalCalendar calendar;
  private final Outbox outbox;
  private final EntityManager entityManager;
  private final Counter evaluations;
  private final Counter retries;

  ScoringService(
      DossierAccess access,
      ScoreSheetRepository sheets,
      CouncilRepository councils,
      RuleSets ruleSets,
      LocalCalendar calendar,
      Outbox outbox,
      EntityManager entityManager,
      MeterRegistry metrics) {
    this.access = access;
    this.sheets = sheets;
    this.councils = councils;
    this.ruleSets = ruleSets;
    this.calendar = calendar;
    this.outbox = outbox;
    this.entityManager = entityManager;
    this.evaluations =
        Counter.builder("ocop.rating.evaluations.completed")
            .description("Dossiers whose council finished scoring")
            .register(metrics);
    this.retries =
        Counter.builder("ocop.rating.score.sheet.retries")
            .description("Score sheets saved again because the dossier changed meanwhile")
            .register(metrics);
  }

  /**
   * Submits or replaces the caller's sheet for a dossier of a council they sit on.
   *
   * @throws ProblemException 404 for a dossier of a council the caller does not sit on; 409 {@code
   *     DOSSIER_NOT_IN_EVALUATION} once the result is known
   */
  public ScoreSheetResponse submitMine(UUID dossierId, BigDecimal total, Caller caller) {
    BigDecimal scaled = total.setScale(CouncilAverage.SCALE, RoundingMode.UNNECESSARY);
    for (int attempt = 1; ; attempt++) {
      try {
        Outcome outcome =
            QuarkusTransaction.requiringNew().call(() -> submitOnce(dossierId, scaled, caller));
        if (outcome.completed()) {
          evaluations.increment();
        }
        return outcome.sheet();
      } catch (RuntimeException e) {
        if (!isRetryable(e)) {
          throw e;
        }
        if (attempt == ATTEMPTS) {
          throw ProblemException.conflict(
              "CONCURRENT_UPDATE",
              "Dossier " + dossierId + " kept changing while the sheet was saved; retry");
        }
        retries.increment();
        LOG.debugf("dossier %s changed meanwhile, retrying the sheet (%d)", dossierId, attempt);
      }
    }
  }

  /** The caller's own sheet, 404 if they have none (or may not see the dossier). */
  public ScoreSheetResponse mine(UUID dossierId, Caller caller) {
    Dossier dossier = access.forMember(dossierId, caller);
    ScoreSheet sheet =
        sheets
            .of(dossierId, caller.username())
            .orElseThrow(() -> ProblemException.notFound("Score sheet of dossier", dossierId));
    return ScoreSheetResponse.from(sheet, dossier.status());
  }

  private Outcome submitOnce(UUID dossierId, BigDecimal total, Caller caller) {
    Dossier dossier = access.forMember(dossierId, caller);
    Instant now = calendar.now();
    dossier.acceptScoreSheet(now);
    ScoreSheet sheet = sheets.of(dossierId, caller.username()).orElse(null);
    if (sheet == null) {
      sheet = ScoreSheet.submit(dossierId, caller.username(), total, now);
      sheets.persist(sheet);
    } else {
      sheet.replace(total, now);
    }
    // The version check happens here, inside the retry loop, rather than at commit.
    entityManager.flush();
    boolean completed = completeIfAllScored(dossier, now);
    return new Outcome(ScoreSheetResponse.from(sheet, dossier.status()), completed);
  }

  /** Computes the result if every member has scored; true if it did. */
  private boolean completeIfAllScored(Dossier dossier, Instant now) {
    Council council = councils.findById(dossier.councilId());
    Set<String> members =
        council.members().stream().map(CouncilMember::username).collect(Collectors.toSet());
    List<BigDecimal> totals =
        sheets.ofDossier(dossier.id()).stream()
            .filter(sheet -> members.contains(sheet.memberUsername()))
            .map(ScoreSheet::total)
            .toList();
    if (totals.size() < members.size()) {
      return false;
    }
    RuleSet ruleSet = ruleSets.byVersion(dossier.ruleSetVersion());
    BigDecimal average = CouncilAverage.of(totals);
    EvaluationResult result =
        new EvaluationResult(
            average, ruleSet.starClassFor(average), totals.size(), now, calendar.dateOf(now));
    DossierStatus old = dossier.complete(result);
    outbox.publish(
        Topics.RATING_EVALUATION,
        dossier.id(),
        EventTypes.EVALUATION_COMPLETED,
        new EvaluationCompleted(
            dossier.id(),
            dossier.cycleId(),
            dossier.productId(),
            dossier.provinceCode(),
            dossier.kind().name(),
            council.level().name(),
            result.averageScore(),
            CouncilAverage.median(totals),
            CouncilAverage.spread(totals),
            result.starClass(),
            result.starClass(),
            result.scoreSheets(),
            1,
            dossier.ruleSetVersion(),
            old.name(),
            dossier.status().name()));
    entityManager.flush();
    return true;
  }

  /**
   * A lost race that a fresh attempt resolves: the dossier's version moved, or the same member's
   * sheet was inserted by a parallel request.
   */
  private static boolean isRetryable(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
        return true;
      }
      if (t instanceof ConstraintViolationException violation
          && violation.getConstraintName() != null
          && violation.getConstraintName().contains("score_sheet_once_per_member")) {
        return true;
      }
    }
    return false;
  }

  private record Outcome(ScoreSheetResponse sheet, boolean completed) {}
}
