package vn.ocop.rating.support;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.rating.businessplan.SupportKind;

@Schema(name = "PlanSupport", description = "Support a subject received for its approved plan")
public record SupportResponse(
    UUID id,
    UUID planId,
    SupportKind kind,
    String provider,
    @Schema(example = "30000000") Long amountVnd,
    LocalDate receivedOn,
    String note,
    String recordedBy,
    Instant recordedAt) {

  public static SupportResponse from(SupportRecord record) {
    return new SupportResponse(
        record.id(),
        record.planId(),
        record.kind(),
        record.provider(),
        record.amountVnd(),
        record.receivedOn(),
        record.note(),
        record.recordedBy(),
        record.recordedAt());
  }
}
