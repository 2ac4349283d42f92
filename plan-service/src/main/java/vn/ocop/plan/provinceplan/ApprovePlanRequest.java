package vn.ocop.plan.provinceplan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The decision of the provincial People's Committee that approves a plan (quyết định phê duyệt).
 */
@Schema(name = "ApprovePlanRequest")
public record ApprovePlanRequest(
    @Schema(example = "1576/QĐ-UBND") @NotBlank @Size(max = 100) String decisionNumber,
    @Schema(
            description = "The decision's date (local date, Asia/Ho_Chi_Minh), today or earlier",
            example = "2026-01-15")
        @NotNull
        LocalDate decisionDate) {}
