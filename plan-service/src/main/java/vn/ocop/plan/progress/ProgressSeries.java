package vn.ocop.plan.progress;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.plan.indicator.IndicatorUnit;
import vn.ocop.plan.target.TargetKind;

/** Actual and target per year (chuỗi số liệu theo năm), of a province or the country. */
@Schema(name = "ProgressSeries")
public record ProgressSeries(
    @Schema(nullable = true, description = "Null for the country", example = "66")
        String provinceCode,
    @Schema(nullable = true, description = "Null for the country", example = "Đắk Lắk")
        String provinceName,
    @Schema(example = "2022") int from,
    @Schema(example = "2026") int to,
    List<IndicatorSeries> indicators) {

  /** One indicator's years. */
  @Schema(name = "ProgressSeriesIndicator")
  public record IndicatorSeries(String code, String name, IndicatorUnit unit, List<Point> points) {}

  /**
   * One year: the actual of that year alone and the PER_YEAR target of that year (the country's is
   * the provinces' COUNT targets summed).
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Schema(name = "ProgressSeriesPoint")
  public record Point(int year, BigDecimal actual, TargetKind kind, BigDecimal target) {}
}
