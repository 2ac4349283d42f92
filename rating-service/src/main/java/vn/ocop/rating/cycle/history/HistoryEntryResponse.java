package vn.ocop.rating.cycle.history;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "HistoryEntry",
    description =
        "One event in a record's life: a submission, a review with its reason, a revision with the"
            + " fields it changed")
public record HistoryEntryResponse(
    @Schema(example = "2") int seq,
    @Schema(example = "RETURNED") String action,
    @Schema(description = "The record's status after the event", example = "RETURNED")
        String status,
    @Schema(example = "officer.66") String actor,
    Instant at,
    @Schema(nullable = true, example = "Bổ sung nguồn nguyên liệu địa phương") String reason,
    List<FieldChange> changes) {

  public static HistoryEntryResponse from(HistoryEntry entry) {
    return new HistoryEntryResponse(
        entry.seq(),
        entry.action(),
        entry.status(),
        entry.actor(),
        entry.at(),
        entry.reason(),
        entry.changes());
  }
}
