package vn.ocop.rating.session;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PlanSessionRequest", description = "Schedules a council session (phiên họp)")
public record PlanSessionRequest(
    @NotNull @Schema(required = true) UUID councilId,
    @NotNull @Schema(required = true, description = "Local date in Vietnam", example = "2026-09-15")
        LocalDate heldOn,
    @NotBlank
        @Size(max = 300)
        @Schema(required = true, example = "Hội trường Sở Nông nghiệp và Môi trường, Buôn Ma Thuột")
        String place) {}
