package vn.ocop.plan.progress;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A commune's progress (tiến độ thực hiện của xã) for one year. */
@Schema(name = "CommuneProgress")
public record CommuneProgress(
    @Schema(example = "66") String provinceCode,
    @Schema(example = "Đắk Lắk") String provinceName,
    @Schema(example = "24121") String communeCode,
    String communeName,
    @Schema(example = "2026") int year,
    LocalDate asOf,
    @Schema(description = "The commune's targets, and the actuals of indicators without one")
        List<ProgressLine> lines) {}
