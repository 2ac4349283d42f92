package vn.ocop.plan.report;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Returns a submitted report to its province for revision. */
@Schema(name = "ReturnReportRequest")
public record ReturnReportRequest(
    @Schema(
            description = "Why it is returned: what the province must complete or correct",
            example = "Bổ sung giải trình chỉ tiêu sản phẩm 4 sao.")
        @NotBlank
        @Size(max = 2000)
        String reason) {}
