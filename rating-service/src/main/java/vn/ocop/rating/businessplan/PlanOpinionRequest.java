package vn.ocop.rating.businessplan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A commune officer's opinion (ý kiến) on a plan, for the province office that reviews it. */
@Schema(name = "PlanOpinionRequest", description = "A commune officer's opinion on a business plan")
public record PlanOpinionRequest(
    @NotBlank
        @Size(max = 2000)
        @Schema(example = "UBND xã thống nhất đề nghị phê duyệt", required = true)
        String opinion) {}
