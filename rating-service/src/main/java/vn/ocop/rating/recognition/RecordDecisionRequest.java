package vn.ocop.rating.recognition;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "RecordDecisionRequest",
    description =
        "A recognition decision (quyết định công nhận / không công nhận) of the competent level")
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
        String issuingBody,
    // No defaultValue: next to the enum's $ref (an allOf) it made generated clients initialise
    // the enum field with a string; the description states the default.
    @Schema(
            description =
                "Công nhận (RECOGNISED, the default when absent) or không công nhận (NOT_RECOGNISED)")
        DecisionOutcome outcome,
    @Size(max = 2000)
        @Schema(
            description =
                "Lý do không công nhận: required for NOT_RECOGNISED, not taken for RECOGNISED",
            example = "Không đáp ứng tiêu chí bắt buộc của sản phẩm OCOP 3 sao")
        String reason) {

  public DecisionOutcome outcomeOrDefault() {
    return outcome == null ? DecisionOutcome.RECOGNISED : outcome;
  }
}
