package vn.ocop.rating.conflict;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.ocop.platform.problem.ProblemException;
import vn.ocop.rating.council.Council;
import vn.ocop.rating.council.CouncilMember;
import vn.ocop.rating.council.CouncilRepository;
import vn.ocop.rating.dossier.Dossier;

/**
 * Whether a member may see a dossier of their session: only after declaring no conflict of
 * interest, and never with a declared or detected one.
 */
@ApplicationScoped
public class Clearance {
  private final CouncilRepository councils;
  private final DeclarationRepository declarations;

  Clearance(CouncilRepository councils, DeclarationRepository declarations) {
    this.councils = councils;
    this.declarations = declarations;
  }

  /** A member's standing on a dossier. */
  public enum State {
    /** Not a member of the council of the dossier's session (or it is in no session). */
    NOT_ON_COUNCIL,
    /** On the council, but has not declared yet: sees the summary only. */
    DECLARATION_REQUIRED,
    /** Excluded: a conflict declared or detected. */
    CONFLICTED,
    /** Declared no conflict and none detected. */
    CLEARED
  }

  /**
   * @param state the member's standing
   * @param member the seat, empty when not on the council
   * @param latest the declaration that counts, empty before one
   * @param detected a conflict found now, from affiliations or the token's subject
   */
  public record Standing(
      State state,
      Optional<CouncilMember> member,
      Optional<ConflictDeclaration> latest,
      Optional<DetectedConflict> detected) {}

  /**
   * @param tokenSubject the {@code subject_id} claim of the member's token, null when not at hand
   *     (a conflict found from it at declaration is recorded on the declaration)
   */
  public Standing of(Dossier dossier, String username, UUID tokenSubject) {
    return roster(dossier).standing(username, tokenSubject);
  }

  /**
   * The dossier's council and every member's latest declaration on it, read with one query: what
   * scoring asks on every sheet, for the member submitting and for everyone who must submit.
   */
  public Roster roster(Dossier dossier) {
    Council council =
        dossier.sessionId() == null || dossier.councilId() == null
            ? null
            : councils.findById(dossier.councilId());
    Map<String, ConflictDeclaration> latest =
        council == null ? Map.of() : declarations.latestByMember(dossier.id());
    return new Roster(dossier, council, latest);
  }

  /** Standings on one dossier, read once; see {@link #roster}. */
  public static final class Roster {
    private final Dossier dossier;
    private final Council council;
    private final Map<String, ConflictDeclaration> latest;

    private Roster(Dossier dossier, Council council, Map<String, ConflictDeclaration> latest) {
      this.dossier = dossier;
      this.council = council;
      this.latest = latest;
    }

    /** As {@link Clearance#of}. */
    public Standing standing(String username, UUID tokenSubject) {
      Optional<CouncilMember> member =
          council == null || username == null ? Optional.empty() : council.member(username);
      if (member.isEmpty()) {
        return new Standing(State.NOT_ON_COUNCIL, member, Optional.empty(), Optional.empty());
      }
      Optional<DetectedConflict> detected =
          DetectedConflict.of(member.get(), dossier.subjectId(), tokenSubject);
      Optional<ConflictDeclaration> declaration = Optional.ofNullable(latest.get(username));
      return new Standing(stateOf(declaration, detected), member, declaration, detected);
    }

    /**
     * Those of {@code usernames} who are CLEARED (conflicts detected from affiliations only: no
     * token is at hand for the others).
     */
    public Set<String> cleared(Collection<String> usernames) {
      Set<String> cleared = new LinkedHashSet<>();
      for (String username : usernames) {
        if (standing(username, null).state() == State.CLEARED) {
          cleared.add(username);
        }
      }
      return cleared;
    }
  }

  private static State stateOf(
      Optional<ConflictDeclaration> latest, Optional<DetectedConflict> detected) {
    if (detected.isPresent() || latest.map(ConflictDeclaration::excludes).orElse(false)) {
      return State.CONFLICTED;
    }
    return latest.isEmpty() ? State.DECLARATION_REQUIRED : State.CLEARED;
  }

  public static ProblemException declarationRequired(UUID dossierId) {
    return ProblemException.conflict(
        "CONFLICT_DECLARATION_REQUIRED",
        "Declare whether you have a conflict of interest on dossier "
            + dossierId
            + " before seeing it");
  }
}
