package vn.ocop.rating.scoring;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;
import vn.ocop.contracts.EventTypes;
import vn.ocop.contracts.Topics;
import vn.ocop.contracts.rating.EvaluationCompleted;
import vn.ocop.platform.audit.Audit;
import vn.ocop.platform.audit.AuditAction;
import vn.ocop.platform.outbox.Outbox;
import vn.ocop.platform.problem.ProblemException;
import vn.ocop.platform.security.Caller;
import vn.ocop.rating.LocalCalendar;
import vn.ocop.rating.conflict.Eligibility;
import vn.ocop.rating.council.Council;
import vn.ocop.rating.council.CouncilMember;
import vn.ocop.rating.council.CouncilRepository;
import vn.ocop.rating.council.CouncilRole;
import vn.ocop.rating.council.Regulation;
import vn.ocop.rating.criteria.EvaluationSheet;
import vn.ocop.rating.criteria.GateResult;
import vn.ocop.rating.criteria.SheetScore;
import vn.ocop.rating.dossier.Dossier;
import vn.ocop.rating.dossier.DossierAccess;
import vn.ocop.rating.dossier.DossierSheets;
import vn.ocop.rating.dossier.DossierStatus;
import vn.ocop.rating.dossier.EvaluationResult;
import vn.ocop.rating.rules.EvaluationLevel;
import vn.ocop.rating.rules.RuleSet;
import vn.ocop.rating.rules.RuleSets;

/**
 * Blind scoring by a council (chấm điểm), criterion by criterion. Each member present and cleared
 * of conflicts ticks one option per criterion of the product set's sheet; the service computes the
 * totals. When every eligible member has submitted the round (or the chair closes it with a
 * quorum), the round is judged: totals spread wider than the regulation allows start a new round
 * (the council discusses and re-scores); otherwise the result is the mean of the totals, its band's
 * star class, lowered by the mandatory-criteria gate over the council's mean points per criterion.
 *
 * <p>A submission holds the dossier's row lock from its first read to its commit, so the members of
 * a council submitting at once queue for a few milliseconds each: no sheet is lost and the result
 * is computed exactly once, by whichever submission is really last. It still bumps the dossier's
 * version, so a concurrent change made elsewhere without the lock fails its check and is retried.
 */
@ApplicationScoped
public class ScoringService {
  private static final Logger LOG = Logger.getLogger(ScoringService.class);
  private static final int ATTEMPTS = 8;

  private final DossierAccess access;
  private final ScoreSheetRepository sheets;
  private final CouncilRepository councils;
  private final Eligibility eligibility;
  private final DossierSheets dossierSheets;
  private final RuleSets ruleSets;
  private final LocalCalendar calendar;
  private final Outbox outbox;
  private final EntityManager entityManager;
  private final Audit audit;
  private final Counter evaluations;
  private final Counter rescores;
  private final Counter retries;

  ScoringService(
      DossierAccess access,
      ScoreSheetRepository sheets,
      CouncilRepository councils,
      Eligibility eligibility,
      DossierSheets dossierSheets,
      RuleSets ruleSets,
      LocalCalendar calendar,
      Outbox outbox,
      EntityManager entityManager,
      Audit audit,
      MeterRegistry metrics) {
    this.access = access;
    this.sheets = sheets;
    this.councils = councils;
    this.eligibility = eligibility;
    this.dossierSheets = dossierSheets;
    this.ruleSets = ruleSets;
    this.calendar = calendar;
    this.outbox = outbox;
    this.entityManager = entityManager;
    this.audit = audit;
    this.evaluations =
        Counter.builder("ocop.rating.evaluations.completed")
            .description("Dossiers whose council finished scoring")
            .register(metrics);
    this.rescores =
        Counter.builder("ocop.rating.scoring.rounds.rescored")
            .description("Scoring rounds whose totals spread too far: the council re-scores")
            .register(metrics);
    this.retries =
        Counter.builder("ocop.rating.score.sheet.retries")
            .description("Score sheets saved again because the dossier changed meanwhile")
            .register(metrics);
  }

  /**
   * Submits the caller's sheet for the dossier's current round.
   *
   * @throws ProblemException 404 outside the caller's sessions; 409 {@code SESSION_NOT_OPEN},
   *     {@code CONFLICT_OF_INTEREST}, {@code CONFLICT_DECLARATION_REQUIRED}, {@code
   *     NOT_A_SCORING_MEMBER}, {@code SCORE_SHEET_ALREADY_SUBMITTED}, {@code
   *     DOSSIER_NOT_IN_EVALUATION}; 422 {@code INVALID_SHEET_ANSWER} or {@code
   *     SHEET_OF_ANOTHER_PRODUCT_SET}. Nothing is written then.
   */
  public ScoreSheetResponse submitMine(
      UUID dossierId, SubmitScoreSheetRequest request, Caller caller) {
    return withRetries(
        dossierId, () -> submitOnce(dossierId, request.productSet(), request.answers(), caller));
  }

  /**
   * Closes the current round with the sheets submitted so far (members absent or leaving during the
   * session): the chair or the secretary of the council, or an officer of the dossier's province.
   *
   * @throws ProblemException 409 {@code QUORUM_NOT_MET} when fewer members scored than the
   *     regulation's quorum
   */
  public ScoringStateResponse closeRound(UUID dossierId, Caller caller) {
    return withRetries(dossierId, () -> closeOnce(dossierId, caller));
  }

  /** The caller's own sheet of the current round (or the latest they submitted), else 404. */
  @jakarta.transaction.Transactional
  public ScoreSheetResponse mine(UUID dossierId, Caller caller) {
    Dossier dossier = access.forMember(dossierId, caller);
    ScoreSheet sheet =
        sheets.ofDossier(dossierId).stream()
            .filter(s -> s.memberUsername().equals(caller.username()))
            .reduce((first, second) -> second)
            .orElseThrow(() -> ProblemException.notFound("Score sheet of dossier", dossierId));
    return ScoreSheetResponse.from(sheet, dossier);
  }

  private <T> T withRetries(UUID dossierId, java.util.concurrent.Callable<Result<T>> work) {
    for (int attempt = 1; ; attempt++) {
      try {
        Result<T> result = QuarkusTransaction.requiringNew().call(work);
        if (result.completed()) {
          evaluations.increment();
        }
        if (result.rescored()) {
          rescores.increment();
        }
        return result.value();
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
        LOG.debugf("dossier %s changed meanwhile, retrying (%d)", dossierId, attempt);
      }
    }
  }

  private Result<ScoreSheetResponse> submitOnce(
      UUID dossierId, Integer productSet, Map<String, String> answers, Caller caller) {
    enterScoring();
    DossierAccess.ScoringView view = access.forScoringMember(dossierId, caller);
    Dossier dossier = view.dossier();
    // Attendance exists only once the session opened: checked first, a member scoring before the
    // opening would otherwise be told they are absent (NOT_A_SCORING_MEMBER).
    eligibility.requireOpen(dossier);
    // forScoringMember has checked the caller's clearance; what is left is their seat at the
    // session.
    eligibility.requirePresentScorer(dossier, caller);
    Instant now = calendar.now();
    dossier.acceptScoreSheet(now);
    // The round's sheets, read once: for the duplicate check here and the judgement below.
    List<ScoreSheet> round = new ArrayList<>(sheets.ofRound(dossierId, dossier.scoringRound()));
    if (round.stream().anyMatch(s -> s.memberUsername().equals(caller.username()))) {
      throw ProblemException.conflict(
          "SCORE_SHEET_ALREADY_SUBMITTED",
          "You submitted your sheet for round "
              + dossier.scoringRound()
              + " of dossier "
              + dossierId
              + "; a submitted sheet is never changed");
    }
    RuleSet ruleSet = ruleSets.byVersion(dossier.ruleSetVersion());
    EvaluationSheet sheet = dossierSheets.of(dossier);
    if (productSet != null && productSet != sheet.productSet()) {
      throw ProblemException.unprocessable(
          "productSet",
          "sameAsDossier",
          "This is a sheet of product set "
              + productSet
              + "; the dossier's product is of set "
              + sheet.productSet()
              + " ("
              + sheet.productSetName()
              + ")");
    }
    SheetScore score = sheet.score(answers == null ? Map.of() : answers);
    ScoreSheet submitted =
        ScoreSheet.submit(
            dossierId,
            caller.username(),
            dossier.scoringRound(),
            ruleSet.criteriaVersion(),
            sheet.productSet(),
            score,
            now);
    sheets.persist(submitted);
    // The version check happens here, inside the retry loop, rather than at commit.
    entityManager.flush();
    round.add(submitted);
    Judgement judgement =
        judgeIfComplete(
            dossier,
            ruleSet,
            sheet,
            round,
            eligibility.scoringMembers(dossier, view.roster()),
            caller.username(),
            false);
    return new Result<>(
        ScoreSheetResponse.from(submitted, dossier),
        judgement == Judgement.EVALUATED,
        judgement == Judgement.RESCORE);
  }

  private Result<ScoringStateResponse> closeOnce(UUID dossierId, Caller caller) {
    enterScoring();
    Dossier dossier = lockedForScoring(access.visible(dossierId, caller));
    requireMayClose(dossier, caller);
    eligibility.requireOpen(dossier);
    dossier.acceptScoreSheet(calendar.now());
    RuleSet ruleSet = ruleSets.byVersion(dossier.ruleSetVersion());
    EvaluationSheet sheet = dossierSheets.of(dossier);
    entityManager.flush();
    Judgement judgement =
        judgeIfComplete(
            dossier,
            ruleSet,
            sheet,
            sheets.ofRound(dossier.id(), dossier.scoringRound()),
            eligibility.scoringMembers(dossier),
            caller.username(),
            true);
    return new Result<>(
        ScoringStateResponse.of(dossier, judgement),
        judgement == Judgement.EVALUATED,
        judgement == Judgement.RESCORE);
  }

  /**
   * The scoring transaction flushes where it must (after the sheet's insert, after the result) and
   * at commit; Hibernate's default, a flush before each query, dirty-checked the sheet's answers
   * and the council's and session's collections again and again on every sheet.
   */
  private void enterScoring() {
    entityManager.setFlushMode(FlushModeType.COMMIT);
  }

  /**
   * Takes the dossier's row lock and its fresh state: the members of a council submit at the same
   * moment, and without the lock every submission but one would fail its version check and retry,
   * over and over under load. With it they queue for a few milliseconds each.
   */
  private Dossier lockedForScoring(Dossier dossier) {
    entityManager.refresh(dossier, LockModeType.PESSIMISTIC_WRITE);
    return dossier;
  }

  private void requireMayClose(Dossier dossier, Caller caller) {
    // A province officer reads the centre's dossier of their province but does not act on it.
    boolean officer =
        dossier.evaluationLevel() == EvaluationLevel.CENTRAL
            ? caller.isNational()
            : DossierAccess.isOfficerInScope(dossier, caller);
    if (officer) {
      return;
    }
    Council council = councils.findById(dossier.councilId());
    boolean chairOrSecretary =
        council != null
            && council.members().stream()
                .anyMatch(
                    member ->
                        member.username().equals(caller.username())
                            && (member.role() == CouncilRole.CHAIR
                                || member.role() == CouncilRole.SECRETARY));
    if (!chairOrSecretary) {
      throw new ProblemException(
          403,
          "NOT_CHAIR_OR_SECRETARY",
          "Forbidden",
          "Only the chair or the secretary of the council, or an officer, closes a scoring round");
    }
  }

  /**
   * Judges the current round if every eligible member has submitted it, or if {@code closing}:
   * quorum, then spread, then the result.
   */
  private Judgement judgeIfComplete(
      Dossier dossier,
      RuleSet ruleSet,
      EvaluationSheet sheet,
      List<ScoreSheet> roundSheets,
      Set<String> eligible,
      String actor,
      boolean closing) {
    List<ScoreSheet> round =
        roundSheets.stream().filter(s -> eligible.contains(s.memberUsername())).toList();
    boolean everyone =
        round.stream().map(ScoreSheet::memberUsername).toList().containsAll(eligible);
    if (!closing && (!everyone || eligible.isEmpty())) {
      return Judgement.WAITING;
    }
    Regulation regulation = eligibility.regulation(dossier);
    Council council = councils.findById(dossier.councilId());
    List<CouncilMember> scoring =
        council.members().stream().filter(member -> member.role().scores()).toList();
    boolean chairScored =
        scoring.stream()
            .anyMatch(
                member ->
                    member.role() == CouncilRole.CHAIR
                        && round.stream()
                            .anyMatch(s -> s.memberUsername().equals(member.username())));
    if (!regulation.quorumMet(scoring.size(), round.size(), chairScored)) {
      if (closing) {
        throw ProblemException.conflict(
            "QUORUM_NOT_MET",
            round.size()
                + " of "
                + scoring.size()
                + " scoring members scored round "
                + dossier.scoringRound()
                + (chairScored ? "" : ", the chair not among them")
                + "; the regulation needs "
                + regulation.quorumPercent()
                + "%"
                + (regulation.chairRequired() ? " including the chair" : ""));
      }
      return Judgement.WAITING;
    }
    List<BigDecimal> totals = round.stream().map(ScoreSheet::total).toList();
    BigDecimal spread = CouncilAverage.spread(totals);
    Instant now = calendar.now();
    if (regulation.maxScoreSpread() != null && spread.compareTo(regulation.maxScoreSpread()) > 0) {
      recordRound(
          dossier, round.size(), totals, spread, regulation, "RESCORE_REQUIRED", actor, now);
      dossier.startNextScoringRound(now);
      entityManager.flush();
      LOG.infof(
          "dossier %s: totals spread %s > %s, round %d starts",
          dossier.id(), spread, regulation.maxScoreSpread(), dossier.scoringRound());
      return Judgement.RESCORE;
    }
    recordRound(dossier, round.size(), totals, spread, regulation, "RESULT", actor, now);
    BigDecimal average = CouncilAverage.of(totals);
    int band = ruleSet.starClassFor(average);
    GateResult gate =
        sheet.gate(band, meanPoints(sheets.tallies(round.stream().map(ScoreSheet::id).toList())));
    EvaluationResult result =
        new EvaluationResult(
            average,
            gate.starClass(),
            totals.size(),
            now,
            calendar.dateOf(now),
            CouncilAverage.median(totals),
            spread,
            band);
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
            dossier.evaluationLevel().name(),
            result.averageScore(),
            result.medianScore(),
            result.scoreSpread(),
            result.bandStarClass(),
            result.starClass(),
            result.scoreSheets(),
            dossier.scoringRound(),
            dossier.ruleSetVersion(),
            old.name(),
            dossier.status().name()));
    entityManager.flush();
    return Judgement.EVALUATED;
  }

  /** The council's mean points per criterion, over the members who answered it. */
  static Map<String, BigDecimal> meanPoints(List<ScoreSheet> round) {
    Map<String, PointsTally> tallies = new HashMap<>();
    for (ScoreSheet sheet : round) {
      for (ScoreAnswer answer : sheet.answers()) {
        tallies.merge(
            answer.criterionCode(),
            new PointsTally(answer.points(), 1),
            (tally, one) -> tally.plus(one.sum()));
      }
    }
    return meanPoints(tallies);
  }

  /** The mean of each criterion's tally, to 4 decimals. */
  static Map<String, BigDecimal> meanPoints(Map<String, PointsTally> tallies) {
    Map<String, BigDecimal> means = new HashMap<>();
    tallies.forEach(
        (code, tally) ->
            means.put(
                code,
                tally.sum().divide(BigDecimal.valueOf(tally.count()), 4, RoundingMode.HALF_UP)));
    return means;
  }

  private void recordRound(
      Dossier dossier,
      int count,
      List<BigDecimal> totals,
      BigDecimal spread,
      Regulation regulation,
      String outcome,
      String actor,
      Instant now) {
    entityManager
        .createNativeQuery(
            "insert into scoring_round_outcome (dossier_id, scoring_round, outcome, sheets,"
                + " lowest_total, highest_total, spread, max_spread, decided_by, decided_at)"
                + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
        .setParameter(1, dossier.id())
        .setParameter(2, dossier.scoringRound())
        .setParameter(3, outcome)
        .setParameter(4, count)
        .setParameter(5, totals.stream().min(BigDecimal::compareTo).orElseThrow())
        .setParameter(6, totals.stream().max(BigDecimal::compareTo).orElseThrow())
        .setParameter(7, spread)
        .setParameter(8, regulation.maxScoreSpread())
        .setParameter(9, actor)
        .setParameter(10, now)
        .executeUpdate();
    // A round's outcome is a result: written by SQL, so its (chained) audit entry is explicit.
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("dossierId", dossier.id());
    after.put("scoringRound", dossier.scoringRound());
    after.put("outcome", outcome);
    after.put("sheets", count);
    after.put("lowestTotal", totals.stream().min(BigDecimal::compareTo).orElseThrow());
    after.put("highestTotal", totals.stream().max(BigDecimal::compareTo).orElseThrow());
    after.put("spread", spread);
    after.put("maxSpread", regulation.maxScoreSpread());
    after.put("decidedBy", actor);
    after.put("decidedAt", now);
    audit.record(
        new Audit.Change(
            "ScoringRoundOutcome",
            dossier.id() + ":" + dossier.scoringRound(),
            AuditAction.CREATE,
            null,
            after,
            dossier.provinceCode()));
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
          && (violation.getConstraintName().contains("score_sheet_once_per_member")
              || violation.getConstraintName().contains("scoring_round_outcome"))) {
        return true;
      }
    }
    return false;
  }

  /** What a submission or a closing did to the round. */
  public enum Judgement {
    /** Sheets still expected. */
    WAITING,
    /** The totals spread too far: the next round started. */
    RESCORE,
    /** The result is known. */
    EVALUATED
  }

  private record Result<T>(T value, boolean completed, boolean rescored) {}
}
