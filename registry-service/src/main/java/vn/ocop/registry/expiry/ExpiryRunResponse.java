package vn.ocop.registry.expiry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.registry.certificate.CertificateStatus;

/** What a run of the expiry engine did. */
@Schema(name = "ExpiryRun")
public record ExpiryRunResponse(
    @Schema(description = "The day the run was for", example = "2026-11-24") LocalDate asOf,
    Instant startedAt,
    Instant finishedAt,
    @Schema(description = "Certificates moved, per transition") List<Transition> transitions,
    @Schema(description = "Reminders recorded, per threshold") List<ReminderCount> reminders) {

  /** Certificates moved from one status to another. */
  @Schema(name = "ExpiryRunTransition")
  public record Transition(
      @Schema(example = "ISSUED") CertificateStatus from,
      @Schema(example = "EXPIRING") CertificateStatus to,
      @Schema(example = "42") int count) {}

  /** Reminders recorded for one threshold, and how many of them after their due date. */
  @Schema(name = "ExpiryRunReminders")
  public record ReminderCount(
      @Schema(example = "30") int daysBefore,
      @Schema(example = "12") int count,
      @Schema(example = "1") int late) {}

  static ExpiryRunResponse from(ExpiryRun run) {
    return new ExpiryRunResponse(
        run.asOf(),
        run.startedAt(),
        run.finishedAt(),
        run.moved().entrySet().stream()
            .map(e -> new Transition(e.getKey().from(), e.getKey().to(), e.getValue()))
            .toList(),
        run.reminders().entrySet().stream()
            .map(
                e ->
                    new ReminderCount(
                        e.getKey(), e.getValue(), run.lateReminders().getOrDefault(e.getKey(), 0)))
            .toList());
  }
}
