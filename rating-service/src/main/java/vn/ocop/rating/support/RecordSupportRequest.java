package vn.ocop.rating.support;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.rating.businessplan.SupportKind;

/** Support a subject received for its approved plan. */
@Schema(name = "RecordSupportRequest", description = "Support received for an approved plan")
public record RecordSupportRequest(
    @NotNull @Schema(example = "BRANDING_PACKAGING", required = true) SupportKind kind,
    @NotBlank @Size(max = 300) @Schema(example = "Sở Công Thương tỉnh Đắk Lắk", required = true)
        String provider,
    @PositiveOrZero @Schema(description = "Amount in VND, if any", example = "30000000")
        Long amountVnd,
    @NotNull @Schema(description = "Local date", example = "2026-09-15", required = true)
        LocalDate receivedOn,
    @Size(max = 2000) @Schema(example = "Thiết kế bộ nhận diện và bao bì") String note) {}
