package vn.ocop.rating.paperwork;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.ocop.rating.council.CouncilRole;
import vn.ocop.rating.dossier.DossierStatus;
import vn.ocop.rating.rules.EvaluationLevel;

/**
 * Where the paperwork's facts come from: an interface so that the documents can be assembled and
 * tested apart from the tables of the session, conflict and scoring features that {@link
 * JdbcPaperworkSource} reads.
 */
public interface PaperworkSource {

  /** A council session's facts, or empty when there is no such session. */
  Optional<Session> session(UUID sessionId);

  /**
   * A recognition decision and every product it recognises (the decisions recorded with the same
   * number, date, issuing body and level), or empty when there is no such decision.
   */
  Optional<Decision> decision(UUID decisionId);

  record Council(
      UUID id, String name, EvaluationLevel level, String provinceCode, List<Seat> seats) {}

  record Seat(String username, CouncilRole role) {}

  /**
   * @param attendance the roll call taken when the session opened, in seat order; empty before
   * @param conflicts declared or detected conflicts of interest, by the latest declaration
   */
  record Session(
      UUID id,
      Council council,
      LocalDate heldOn,
      String place,
      List<AttendanceLine> attendance,
      List<SessionMinutes.Conflict> conflicts,
      List<DossierFacts> dossiers) {}

  /**
   * A member's line in the session's attendance, with the role held then.
   *
   * @param name the member's full name where the council records it, else the username
   */
  record AttendanceLine(String username, String name, CouncilRole role, boolean present) {}

  /**
   * A dossier of a session with the sheets of its final scoring round by the members eligible to
   * score it, whether or not the result is known; the service decides what may be shown.
   *
   * @param productSet the product set number, null when the read model did not know it
   * @param scoringRound the round that counts: the last one
   * @param meanPoints criterion code → the eligible members' mean points in that round; empty for
   *     sheets holding totals only
   * @param rescored the earlier rounds whose totals spread too far, by round
   */
  record DossierFacts(
      UUID id,
      String productName,
      String subjectName,
      String productSetName,
      Integer productSet,
      DossierStatus status,
      String ruleSetVersion,
      BigDecimal averageScore,
      Integer bandStarClass,
      Integer starClass,
      int scoringRound,
      Map<String, BigDecimal> totals,
      Map<String, BigDecimal> meanPoints,
      List<RescoredRound> rescored) {}

  /** A scoring round that ended in re-scoring (chấm lại) because its totals spread too far. */
  record RescoredRound(
      int round, BigDecimal lowest, BigDecimal highest, BigDecimal spread, BigDecimal maxSpread) {}

  record Decision(
      UUID id,
      String decisionNumber,
      LocalDate decisionDate,
      String issuingBody,
      EvaluationLevel level,
      String provinceCode,
      List<DecisionAnnex.Row> rows) {}
}
