package vn.ocop.rating.recognition;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "RecordDecisionRequest",
    description = "A recognition decision (quyết định công nhận) of the People's Committee")
public record RecordDecisionRequest(
    @NotBlank
        @Size(max = 100)
        @Schema(required = true, description = "Số quyết định", example = "1234/QĐ-UBND")
        String decisionNumber,
    @NotNull
        @Schema(
            required = true,
            description =
                "Ngày quyết định, local date in Vietnam: not in the future and not before the"
                    + " evaluation",
            example = "2026-11-20")
        LocalDate decisionDate,
    @NotBlank
        @Size(max = 300)
        @Schema(required = true, description = "Cơ quan ban hành", example = "UBND tỉnh Đắk Lắk")
        String issuingBody) {}
