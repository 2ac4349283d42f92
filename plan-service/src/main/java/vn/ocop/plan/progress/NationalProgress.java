package vn.ocop.plan.progress;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The national roll-up of progress (tổng hợp tiến độ toàn quốc) for one year. */
@Schema(name = "NationalProgress")
public record NationalProgress(
    @Schema(example = "2026") int year,
    @Schema(description = "Today in Vietnam: what the statuses are judged as of") LocalDate asOf,
    @Schema(
            description =
                "The country: provinces' COUNT targets summed, actuals counted once over the"
                    + " country")
        List<ProgressLine> totals,
    @Schema(description = "Every province of the current map, by code, targets or not")
        List<ProvinceRow> provinces) {

  /** A province's province-wide lines. */
  @Schema(name = "NationalProgressProvince")
  public record ProvinceRow(
      @Schema(example = "66") String provinceCode,
      @Schema(example = "Đắk Lắk") String provinceName,
      List<ProgressLine> lines) {}
}
