package vn.ocop.rating.session;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import vn.ocop.platform.problem.ProblemException;
import vn.ocop.rating.council.Council;
import vn.ocop.rating.council.CouncilKind;
import vn.ocop.rating.council.CouncilMember;
import vn.ocop.rating.council.CouncilRole;
import vn.ocop.rating.council.Regulation;
import vn.ocop.rating.rules.EvaluationLevel;

/**
 * A session (phiên họp) of a council: where and when it meets, who attended, and whether it is in
 * progress. Members score only while their session is OPEN, and only if present.
 */
@Entity
@Table(name = "council_session")
public class CouncilSession {
  @Id private UUID id;

  @Column(name = "council_id")
  private UUID councilId;

  @Enumerated(EnumType.STRING)
  @Column(name = "council_kind")
  private CouncilKind councilKind;

  @Enumerated(EnumType.STRING)
  private EvaluationLevel level;

  /** Null for a central council's session. */
  @Column(name = "province_code")
  private String provinceCode;

  @Column(name = "held_on")
  private LocalDate heldOn;

  private String place;

  @Enumerated(EnumType.STRING)
  private SessionStatus status;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "session_attendance", joinColumns = @JoinColumn(name = "session_id"))
  @OrderColumn(name = "position")
  private List<Attendance> attendance = new ArrayList<>();

  @Column(name = "planned_by")
  private String plannedBy;

  @Column(name = "planned_at")
  private Instant plannedAt;

  @Column(name = "opened_at")
  private Instant openedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "cancelled_at")
  private Instant cancelledAt;

  @Column(name = "cancel_reason")
  private String cancelReason;

  @Version private long version;

  protected CouncilSession() {}

  public static CouncilSession plan(
      Council council, LocalDate heldOn, String place, String plannedBy, Instant now) {
    CouncilSession session = new CouncilSession();
    session.id = UUID.randomUUID();
    session.councilId = council.id();
    session.councilKind = council.kind();
    session.level = council.level();
    session.provinceCode = council.provinceCode();
    session.heldOn = heldOn;
    session.place = place.strip();
    session.status = SessionStatus.PLANNED;
    session.plannedBy = plannedBy;
    session.plannedAt = now;
    return session;
  }

  /**
   * Opens the session with the members present, recording everyone's attendance.
   *
   * @throws ProblemException 422 naming {@code presentMembers} for an account not on the council;
   *     409 {@code QUORUM_NOT_PRESENT} without the quorum of scoring members (and the chair, if the
   *     regulation requires it)
   */
  public void open(Council council, Set<String> present, Regulation regulation, Instant now) {
    SessionStatus next = status.moveTo(SessionStatus.OPEN);
    Set<String> strangers = new TreeSet<>(present);
    council.members().forEach(member -> strangers.remove(member.username()));
    if (!strangers.isEmpty()) {
      throw ProblemException.unprocessable(
          "presentMembers", "member", "Not members of council " + councilId + ": " + strangers);
    }
    int scoring = 0;
    int scoringPresent = 0;
    boolean chairPresent = false;
    List<Attendance> lines = new ArrayList<>();
    for (CouncilMember member : council.members()) {
      boolean here = present.contains(member.username());
      lines.add(new Attendance(member.username(), member.role(), here));
      if (member.role().scores()) {
        scoring++;
        scoringPresent += here ? 1 : 0;
      }
      chairPresent |= here && member.role() == CouncilRole.CHAIR;
    }
    if (!regulation.quorumMet(scoring, scoringPresent, chairPresent)) {
      throw ProblemException.conflict(
          "QUORUM_NOT_PRESENT",
          scoringPresent
              + " of "
              + scoring
              + " scoring members present"
              + (chairPresent ? "" : ", chair absent")
              + "; the regulation needs "
              + regulation.quorumPercent()
              + "%"
              + (regulation.chairRequired() ? " including the chair" : ""));
    }
    status = next;
    attendance.clear();
    attendance.addAll(lines);
    openedAt = now;
  }

  public void close(Instant now) {
    status = status.moveTo(SessionStatus.CLOSED);
    closedAt = now;
  }

  public void cancel(String reason, Instant now) {
    status = status.moveTo(SessionStatus.CANCELLED);
    cancelReason = reason == null ? null : reason.strip();
    cancelledAt = now;
  }

  /** The member's line in the attendance; empty before the session opened. */
  public Optional<Attendance> attendanceOf(String username) {
    return attendance.stream().filter(line -> line.username().equals(username)).findFirst();
  }

  public UUID id() {
    return id;
  }

  public UUID councilId() {
    return councilId;
  }

  public CouncilKind councilKind() {
    return councilKind;
  }

  public EvaluationLevel level() {
    return level;
  }

  public String provinceCode() {
    return provinceCode;
  }

  public LocalDate heldOn() {
    return heldOn;
  }

  public String place() {
    return place;
  }

  public SessionStatus status() {
    return status;
  }

  public List<Attendance> attendance() {
    return List.copyOf(attendance);
  }

  public Instant plannedAt() {
    return plannedAt;
  }

  public Instant openedAt() {
    return openedAt;
  }

  public Instant closedAt() {
    return closedAt;
  }

  public Instant cancelledAt() {
    return cancelledAt;
  }

  public String cancelReason() {
    return cancelReason;
  }

  public long version() {
    return version;
  }
}
