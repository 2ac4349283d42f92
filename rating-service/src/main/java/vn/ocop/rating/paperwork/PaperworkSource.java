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
 * Where the paperwork's facts come from. It is an interface because the council-session tables
 * (session, attendance, conflict declarations) are being built alongside: {@link
 * JdbcPaperworkSource} reads what exists today and marks what it stands in for.
 */
public interface PaperworkSource {

  /** A council session's facts, or empty when no dossier belongs to that session. */
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
   * @param present usernames of the members who attended
   * @param conflicts declared conflicts of interest
   */
  record Session(
      UUID id,
      Council council,
      LocalDate heldOn,
      String place,
      List<String> present,
      List<SessionMinutes.Conflict> conflicts,
      List<DossierFacts> dossiers) {}

  /**
   * A dossier of a session with every sheet submitted on it, whether or not the result is known;
   * the service decides what may be shown.
   */
  record DossierFacts(
      UUID id,
      String productName,
      String subjectName,
      String productSet,
      DossierStatus status,
      String ruleSetVersion,
      BigDecimal averageScore,
      Integer bandStarClass,
      Integer starClass,
      Map<String, BigDecimal> totals) {}

  record Decision(
      UUID id,
      String decisionNumber,
      LocalDate decisionDate,
      String issuingBody,
      EvaluationLevel level,
      String provinceCode,
      List<DecisionAnnex.Row> rows) {}
}
