package vn.ocop.rating.support;

import com.fasterxml.jackson.annotation.JsonInclude;
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
    @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(example = "30000000", description = "Absent when no amount was recorded")
        Long amountVnd,
    LocalDate receivedOn,
    @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "Absent when none was written")
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
