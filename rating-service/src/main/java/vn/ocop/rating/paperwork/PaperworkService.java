package vn.ocop.rating.paperwork;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import vn.ocop.platform.problem.ProblemException;
import vn.ocop.platform.security.Caller;
import vn.ocop.platform.security.Roles;
import vn.ocop.rating.criteria.CriteriaCatalogue;
import vn.ocop.rating.criteria.Criterion;
import vn.ocop.rating.criteria.EvaluationSheet;
import vn.ocop.rating.criteria.MissedMinimum;
import vn.ocop.rating.dossier.DossierStatus;
import vn.ocop.rating.rules.EvaluationLevel;
import vn.ocop.rating.rules.Provinces;
import vn.ocop.rating.rules.RuleSet;
import vn.ocop.rating.rules.RuleSets;
import vn.ocop.rating.scoring.CouncilAverage;

/**
 * Assembles the council's documents from the database and decides who may have them: national roles
 * every one, province officers those of their province's councils and decisions, council members
 * the sessions of their council. Anyone else is told the record does not exist.
 */
@ApplicationScoped
public class PaperworkService {
  private final PaperworkSource source;
  private final RuleSets ruleSets;
  private final Provinces provinces;
  private final CriteriaCatalogue criteria;

  PaperworkService(
      PaperworkSource source, RuleSets ruleSets, Provinces provinces, CriteriaCatalogue criteria) {
    this.source = source;
    this.ruleSets = ruleSets;
    this.provinces = provinces;
    this.criteria = criteria;
  }

  public SessionMinutes minutes(UUID sessionId, Caller caller) {
    PaperworkSource.Session session = visibleSession(sessionId, caller);
    List<SessionMinutes.Attendee> present = new ArrayList<>();
    List<SessionMinutes.Attendee> absent = new ArrayList<>();
    for (PaperworkSource.AttendanceLine line : session.attendance()) {
      (line.present() ? present : absent)
          .add(new SessionMinutes.Attendee(line.name(), line.role()));
    }
    List<SessionMinutes.DossierResult> results =
        session.dossiers().stream().map(dossier -> result(session, dossier)).toList();
    String provinceCode = session.council().provinceCode();
    return new SessionMinutes(
        session.council().name(),
        session.council().level(),
        provinceCode == null ? null : provinces.name(provinceCode).orElse(null),
        session.heldOn(),
        session.place(),
        present,
        absent,
        session.conflicts(),
        results);
  }

  public ScoreSummary scoreSummary(UUID sessionId, Caller caller) {
    PaperworkSource.Session session = visibleSession(sessionId, caller);
    List<String> members = columns(session);
    List<ScoreSummary.Row> rows = new ArrayList<>();
    for (PaperworkSource.DossierFacts dossier : session.dossiers()) {
      boolean known = dossier.averageScore() != null;
      List<BigDecimal> totals =
          members.stream().map(member -> known ? dossier.totals().get(member) : null).toList();
      rows.add(
          new ScoreSummary.Row(
              rows.size() + 1,
              dossier.productName(),
              dossier.subjectName(),
              new ArrayList<>(totals),
              dossier.averageScore(),
              dossier.starClass()));
    }
    return new ScoreSummary(
        session.council().name(), session.council().level(), session.heldOn(), members, rows);
  }

  /**
   * A column per member of the session's roll call (the seats of the council before it opened): the
   * absent and the secretary keep an empty column, which is what the paper form shows.
   */
  private static List<String> columns(PaperworkSource.Session session) {
    if (session.attendance().isEmpty()) {
      return session.council().seats().stream().map(PaperworkSource.Seat::username).toList();
    }
    return session.attendance().stream().map(PaperworkSource.AttendanceLine::username).toList();
  }

  public DecisionAnnex annex(UUID decisionId, Caller caller) {
    PaperworkSource.Decision decision =
        source
            .decision(decisionId)
            .filter(found -> caller.canSeeProvince(found.provinceCode()))
            .orElseThrow(() -> ProblemException.notFound("Recognition decision", decisionId));
    return new DecisionAnnex(
        decision.decisionNumber(),
        decision.decisionDate(),
        decision.issuingBody(),
        decision.level(),
        decision.rows());
  }

  private PaperworkSource.Session visibleSession(UUID sessionId, Caller caller) {
    return source
        .session(sessionId)
        .filter(session -> maySee(session.council(), caller))
        .orElseThrow(() -> ProblemException.notFound("Council session", sessionId));
  }

  private static boolean maySee(PaperworkSource.Council council, Caller caller) {
    if (caller.isNational()) {
      return true;
    }
    if (caller.hasRole(Roles.PROVINCE_OFFICER)
        && council.provinceCode() != null
        && council.provinceCode().equals(caller.provinceCode())) {
      return true;
    }
    return caller.hasRole(Roles.COUNCIL_MEMBER)
        && council.seats().stream().anyMatch(seat -> seat.username().equals(caller.username()));
  }

  /**
   * A dossier's figures. While the council is still scoring they stay hidden: scoring is blind, and
   * a member reading the minutes must not learn the others' totals before submitting.
   */
  private SessionMinutes.DossierResult result(
      PaperworkSource.Session session, PaperworkSource.DossierFacts dossier) {
    if (dossier.averageScore() == null) {
      return new SessionMinutes.DossierResult(
          dossier.productName(),
          dossier.subjectName(),
          dossier.productSetName(),
          List.of(),
          null,
          null,
          null,
          null,
          null,
          List.of(),
          List.of(),
          Outcome.PENDING);
    }
    List<SessionMinutes.MemberScore> scores =
        session.attendance().stream()
            .filter(line -> dossier.totals().containsKey(line.username()))
            .map(
                line ->
                    new SessionMinutes.MemberScore(
                        line.name(), dossier.totals().get(line.username())))
            .toList();
    List<BigDecimal> totals = scores.stream().map(SessionMinutes.MemberScore::total).toList();
    Integer band = dossier.bandStarClass() == null ? dossier.starClass() : dossier.bandStarClass();
    return new SessionMinutes.DossierResult(
        dossier.productName(),
        dossier.subjectName(),
        dossier.productSetName(),
        scores,
        dossier.averageScore(),
        totals.isEmpty() ? null : CouncilAverage.median(totals),
        totals.isEmpty() ? null : CouncilAverage.spread(totals),
        band,
        dossier.starClass(),
        missedMinimums(dossier, band),
        dossier.rescored().stream()
            .map(
                round ->
                    new SessionMinutes.Rescore(round.round(), round.spread(), round.maxSpread()))
            .toList(),
        outcome(dossier, session.council().level()));
  }

  /**
   * The minimums that lowered the band's star class, recomputed with the sheet's gate from the
   * final round's mean points: the same inputs the scoring feature gated on, so nothing new is
   * stored. Sheets that hold totals only (before per-criterion scoring) have no minimums to show.
   */
  private List<String> missedMinimums(PaperworkSource.DossierFacts dossier, Integer band) {
    if (band == null
        || dossier.productSet() == null
        || dossier.meanPoints().isEmpty()
        || Objects.equals(band, dossier.starClass())) {
      return List.of();
    }
    String criteriaVersion = ruleSets.byVersion(dossier.ruleSetVersion()).criteriaVersion();
    EvaluationSheet sheet = criteria.sheet(criteriaVersion, dossier.productSet());
    return sheet.gate(band, dossier.meanPoints()).missed().stream()
        .map(missed -> wording(sheet, missed))
        .toList();
  }

  private static String wording(EvaluationSheet sheet, MissedMinimum missed) {
    String title = sheet.criterion(missed.criterionCode()).map(Criterion::title).orElse(null);
    String required =
        missed.required().signum() == 0
            ? "trên 0 điểm"
            : VietnameseText.score(missed.required()) + " điểm";
    return "Tiêu chí "
        + missed.criterionCode()
        + (title == null ? "" : " (" + title + ")")
        + ": hạng "
        + VietnameseText.stars(missed.star())
        + " cần "
        + required
        + ", bình quân hội đồng "
        + VietnameseText.score(missed.actualMean());
  }

  /** The conclusion: what happened to the dossier, or what its result calls for. */
  private Outcome outcome(PaperworkSource.DossierFacts dossier, EvaluationLevel level) {
    DossierStatus status = dossier.status();
    if (status == DossierStatus.FORWARDED) {
      return Outcome.FORWARD;
    }
    if (status == DossierStatus.RECOGNISED) {
      return Outcome.RECOGNISE;
    }
    if (status == DossierStatus.NOT_RECOGNISED || dossier.starClass() == null) {
      return Outcome.NOT_RECOGNISED;
    }
    RuleSet ruleSet = ruleSets.byVersion(dossier.ruleSetVersion());
    int stars = dossier.starClass();
    if (!ruleSet.isRecognisable(stars)) {
      return Outcome.NOT_RECOGNISED;
    }
    return ruleSet.mayRecognise(level, stars) ? Outcome.RECOGNISE : forwardable(level);
  }

  private static Outcome forwardable(EvaluationLevel level) {
    return Set.of(EvaluationLevel.DISTRICT, EvaluationLevel.PROVINCE).contains(level)
        ? Outcome.FORWARD
        : Outcome.NOT_RECOGNISED;
  }
}
