package vn.ocop.rating.session;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.rating.council.CouncilKind;
import vn.ocop.rating.council.CouncilRole;
import vn.ocop.rating.rules.EvaluationLevel;

@Schema(name = "CouncilSession", description = "A council session (phiên họp hội đồng)")
public record SessionResponse(
    UUID id,
    UUID councilId,
    CouncilKind councilKind,
    EvaluationLevel level,
    @Schema(nullable = true, example = "66") String provinceCode,
    LocalDate heldOn,
    String place,
    SessionStatus status,
    @Schema(description = "Every member's attendance, recorded when the session opened")
        List<Line> attendance,
    Instant plannedAt,
    @Schema(nullable = true, implementation = String.class, format = "date-time") Instant openedAt,
    @Schema(nullable = true, implementation = String.class, format = "date-time") Instant closedAt,
    @Schema(nullable = true, implementation = String.class, format = "date-time")
        Instant cancelledAt,
    @Schema(nullable = true) String cancelReason,
    long version) {

  @Schema(name = "SessionAttendance")
  public record Line(String username, CouncilRole role, boolean present) {}

  public static SessionResponse from(CouncilSession session) {
    return new SessionResponse(
        session.id(),
        session.councilId(),
        session.councilKind(),
        session.level(),
        session.provinceCode(),
        session.heldOn(),
        session.place(),
        session.status(),
        session.attendance().stream()
            .map(line -> new Line(line.username(), line.role(), line.present()))
            .toList(),
        session.plannedAt(),
        session.openedAt(),
        session.closedAt(),
        session.cancelledAt(),
        session.cancelReason(),
        session.version());
  }
}
