package vn.ocop.rating.dossier;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DossierHistoryEntry", description = "One move of a dossier's status")
public record DossierHistoryResponse(
    @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Absent for the dossier's creation")
        DossierStatus from,
    DossierStatus to,
    @Schema(nullable = true, example = "Thiếu phiếu kiểm nghiệm") String reason,
    String actor,
    Instant at) {

  public static DossierHistoryResponse from(DossierHistoryEntry entry) {
    return new DossierHistoryResponse(
        entry.fromStatus(), entry.toStatus(), entry.reason(), entry.actor(), entry.at());
  }
}
