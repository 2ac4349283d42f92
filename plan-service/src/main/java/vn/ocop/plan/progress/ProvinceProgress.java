package vn.ocop.plan.progress;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A province's progress (tiến độ thực hiện của tỉnh) for one year, with its communes' targets. */
@Schema(name = "ProvinceProgress")
public record ProvinceProgress(
    @Schema(example = "66") String provinceCode,
    @Schema(example = "Đắk Lắk") String provinceName,
    @Schema(example = "2026") int year,
    LocalDate asOf,
    @Schema(description = "Province-wide targets, and the actuals of indicators without one")
        List<ProgressLine> lines,
    @Schema(description = "Every commune with a target in force, by code")
        List<CommuneSummary> communes) {

  /** How a commune's targets stand (xã), with its lines. */
  @Schema(name = "CommuneProgressSummary")
  public record CommuneSummary(
      @Schema(example = "24121") String communeCode,
      String communeName,
      int targets,
      int met,
      int onTrack,
      int atRisk,
      int notMet,
      int noData,
      List<ProgressLine> lines) {

    static CommuneSummary of(String code, String name, List<ProgressLine> lines) {
      return new CommuneSummary(
          code,
          name,
          lines.size(),
          count(lines, ProgressStatus.MET),
          count(lines, ProgressStatus.ON_TRACK),
          count(lines, ProgressStatus.AT_RISK),
          count(lines, ProgressStatus.NOT_MET),
          count(lines, ProgressStatus.NO_DATA),
          lines);
    }

    private static int count(List<ProgressLine> lines, ProgressStatus status) {
      return (int) lines.stream().filter(line -> line.status() == status).count();
    }
  }
}
