package vn.ocop.rating.businessplan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The whole plan again, revised after a return, and resubmitted. */
@Schema(
    name = "ReviseBusinessPlanRequest",
    description = "A returned business plan, revised and resubmitted (the whole plan)")
public record RevisePlanRequest(
    @NotNull @Schema(description = "The version of the plan the subject saw", required = true)
        Long version,
    @NotBlank
        @Size(max = 4000)
        @Schema(
            description = "Summary of the plan (tóm tắt phương án)",
            example = "Đầu tư dây chuyền rang xay và đóng gói cà phê bột",
            required = true)
        String summary,
    @NotNull
        @PositiveOrZero
        @Schema(description = "Total investment in VND", example = "850000000", required = true)
        Long investmentVnd,
    @NotBlank
        @Size(max = 2000)
        @Schema(
            description = "Capital sources (nguồn vốn)",
            example = "Vốn tự có 60%, vay 40%",
            required = true)
        String capitalSources,
    @NotBlank @Size(max = 2000) @Schema(example = "20 tấn cà phê bột mỗi năm", required = true)
        String productionCapacity,
    @NotBlank
        @Size(max = 2000)
        @Schema(example = "Siêu thị trong tỉnh, sàn thương mại điện tử", required = true)
        String targetMarket,
    @NotBlank
        @Size(max = 2000)
        @Schema(
            description = "Timeline (tiến độ thực hiện)",
            example = "Quý 3/2026 lắp đặt, quý 4 sản xuất",
            required = true)
        String timeline,
    @NotNull
        @Size(max = 6)
        @Schema(description = "Support kinds the subject asks for", required = true)
        List<@NotNull SupportKind> requestedSupport,
    @Size(max = 2000) @Schema(description = "What the subject changed") String note) {

  PlanFields fields() {
    return new PlanFields(
        summary.strip(),
        investmentVnd,
        capitalSources.strip(),
        productionCapacity.strip(),
        targetMarket.strip(),
        timeline.strip(),
        requestedSupport.stream().distinct().sorted().toList());
  }
}
