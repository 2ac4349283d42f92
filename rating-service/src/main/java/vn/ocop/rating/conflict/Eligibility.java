package vn.ocop.rating.conflict;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.ocop.platform.problem.ProblemException;
import vn.ocop.platform.security.Caller;
import vn.ocop.rating.council.Council;
import vn.ocop.rating.council.CouncilRepository;
import vn.ocop.rating.council.Regulation;
import vn.ocop.rating.dossier.Dossier;
import vn.ocop.rating.rules.RuleSets;
import vn.ocop.rating.session.Attendance;
import vn.ocop.rating.session.CouncilSession;
import vn.ocop.rating.session.SessionRepository;
import vn.ocop.rating.session.SessionStatus;

/**
 * Who may score a dossier, for the scoring code: members present at the dossier's OPEN session, in
 * a scoring role (not the secretary), who declared no conflict of interest and have none detected.
 */
@ApplicationScoped
public class Eligibility {
  private final SessionRepository sessions;
  private final CouncilRepository councils;
  private final Clearance clearance;
  private final RuleSets ruleSets;

  Eligibility(
      SessionRepository sessions,
      CouncilRepository councils,
      Clearance clearance,
      RuleSets ruleSets) {
    this.sessions = sessions;
    this.councils = councils;
    this.clearance = clearance;
    this.ruleSets = ruleSets;
  }

  /**
   * @throws ProblemException 409 {@code SESSION_NOT_OPEN} unless the dossier's session is OPEN
   */
  public CouncilSession requireOpen(Dossier dossier) {
    CouncilSession session =
        dossier.sessionId() == null ? null : sessions.findById(dossier.sessionId());
    if (session == null || session.status() != SessionStatus.OPEN) {
      throw ProblemException.conflict(
          "SESSION_NOT_OPEN",
          "Dossier "
              + dossier.id()
              + (session == null ? " is before no session" : " is before a " + session.status())
              + " session; members score only while it is OPEN");
    }
    return session;
  }

  /**
   * The usernames whose sheets make the result: present, scoring role, cleared of conflicts. A
   * conflict detected from a member's token is known here only if recorded with their declaration.
   * Empty before the session opened.
   */
  public Set<String> scoringMembers(Dossier dossier) {
    return scoringMembers(dossier, clearance.roster(dossier));
  }

  /** {@link #scoringMembers(Dossier)} with the dossier's roster already read. */
  public Set<String> scoringMembers(Dossier dossier, Clearance.Roster roster) {
    CouncilSession session =
        dossier.sessionId() == null ? null : sessions.findById(dossier.sessionId());
    if (session == null) {
      return new LinkedHashSet<>();
    }
    List<String> present =
        session.attendance().stream()
            .filter(line -> line.present() && line.role().scores())
            .map(Attendance::username)
            .toList();
    return roster.cleared(present);
  }

  /**
   * Checks that the caller may score the dossier (it does not check that the session is OPEN).
   *
   * @throws ProblemException 404 if the caller does not sit on the council of the dossier's
   *     session; 409 {@code CONFLICT_DECLARATION_REQUIRED} before their declaration, {@code
   *     CONFLICT_OF_INTEREST} when declared or detected, {@code NOT_A_SCORING_MEMBER} for a
   *     secretary or a member absent from the session
   */
  public void requireMayScore(Dossier dossier, Caller caller) {
    Clearance.Standing standing = clearance.of(dossier, caller.username(), caller.subjectId());
    switch (standing.state()) {
      case NOT_ON_COUNCIL -> throw ProblemException.notFound("Dossier", dossier.id());
      case DECLARATION_REQUIRED -> throw Clearance.declarationRequired(dossier.id());
      case CONFLICTED ->
          throw ProblemException.conflict(
              "CONFLICT_OF_INTEREST",
              "You have a conflict of interest on dossier "
                  + dossier.id()
                  + " and do not score it");
      case CLEARED -> {
        // checked below
      }
    }
    requirePresentScorer(dossier, caller);
  }

  /**
   * The attendance half of {@link #requireMayScore}, for a caller already known to be CLEARED on
   * the dossier (its clearance is not asked twice).
   *
   * @throws ProblemException 409 {@code NOT_A_SCORING_MEMBER} for a secretary or a member absent
   *     from the session
   */
  public void requirePresentScorer(Dossier dossier, Caller caller) {
    Council council = councils.findById(dossier.councilId());
    CouncilSession session = sessions.findById(dossier.sessionId());
    boolean scores =
        council != null
            && council.member(caller.username()).map(m -> m.role().scores()).orElse(false)
            && session != null
            && session
                .attendanceOf(caller.username())
                .map(line -> line.present() && line.role().scores())
                .orElse(false);
    if (!scores) {
      throw ProblemException.conflict(
          "NOT_A_SCORING_MEMBER",
          "Only members present at the session in a scoring role (not the secretary) score");
    }
  }

  /** The council's regulation read against the dossier's rule set. */
  public Regulation regulation(Dossier dossier) {
    Council council = dossier.councilId() == null ? null : councils.findById(dossier.councilId());
    return Regulation.resolve(
        council == null ? null : council.regulation(),
        ruleSets.byVersion(dossier.ruleSetVersion()));
  }
}
