package vn.ocop.plan.export;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.ocop.plan.indicator.IndicatorUnit;
import vn.ocop.plan.progress.NationalProgress;
import vn.ocop.plan.progress.ProgressLine;
import vn.ocop.plan.progress.ProvinceProgress;
import vn.ocop.plan.provinceplan.PlanTarget.Accumulation;
import vn.ocop.plan.target.TargetKind;

/**
 * A progress view laid flat for a spreadsheet: one row per line, with the Vietnamese headers
 * officials use. Built from the same records the JSON view answers, so the numbers are the same.
 *
 * @param title the heading above the table
 * @param subtitle the date the statuses are judged as of
 */
record ProgressTable(String title, String subtitle, List<List<Object>> rows) {
  static final List<String> HEADERS =
      List.of(
          "Mã tỉnh",
          "Tỉnh, thành phố",
          "Mã xã",
          "Xã, phường",
          "Mã chỉ tiêu",
          "Chỉ tiêu",
          "Đơn vị tính",
          "Cách tính",
          "Năm mục tiêu",
          "Từ năm",
          "Đến năm",
          "Hạn hoàn thành",
          "Loại mục tiêu",
          "Mục tiêu",
          "Thực hiện",
          "Kỳ vọng đến nay",
          "Tỷ lệ so với mục tiêu (%)",
          "Tình trạng");

  /** What the national rows carry in the province columns for the country's totals. */
  static final String COUNTRY = "Toàn quốc";

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  static ProgressTable of(NationalProgress view) {
    List<List<Object>> rows = new ArrayList<>();
    for (ProgressLine line : view.totals()) {
      rows.add(row("", COUNTRY, null, line));
    }
    for (NationalProgress.ProvinceRow province : view.provinces()) {
      for (ProgressLine line : province.lines()) {
        rows.add(row(province.provinceCode(), province.provinceName(), null, line));
      }
    }
    return new ProgressTable(
        "TIẾN ĐỘ THỰC HIỆN CHƯƠNG TRÌNH OCOP TOÀN QUỐC NĂM " + view.year(),
        asOf(view.asOf()),
        rows);
  }

  static ProgressTable of(ProvinceProgress view) {
    List<List<Object>> rows = new ArrayList<>();
    for (ProgressLine line : view.lines()) {
      rows.add(row(view.provinceCode(), view.provinceName(), null, line));
    }
    for (ProvinceProgress.CommuneSummary commune : view.communes()) {
      for (ProgressLine line : commune.lines()) {
        rows.add(row(view.provinceCode(), view.provinceName(), commune.communeName(), line));
      }
    }
    return new ProgressTable(
        "TIẾN ĐỘ THỰC HIỆN CHƯƠNG TRÌNH OCOP "
            + view.provinceName().toUpperCase()
            + " NĂM "
            + view.year(),
        asOf(view.asOf()),
        rows);
  }

  private static List<Object> row(
      String provinceCode, String provinceName, String communeName, ProgressLine line) {
    return Arrays.asList(
        provinceCode,
        provinceName,
        line.communeCode(),
        communeName,
        line.indicatorCode(),
        line.indicatorName(),
        line.unit() == IndicatorUnit.PERCENT ? "%" : "Số lượng",
        accumulation(line),
        line.targetYear(),
        line.fromYear(),
        line.toYear(),
        line.dueYear(),
        line.kind() == null ? null : line.kind() == TargetKind.AT_LEAST ? "Tối thiểu" : "Tối đa",
        line.target(),
        line.actual(),
        line.expected(),
        line.percentOfTarget(),
        line.status().labelVi());
  }

  private static String accumulation(ProgressLine line) {
    if (line.accumulation() == null) {
      return null;
    }
    if (line.accumulation() == Accumulation.PER_YEAR) {
      return "Trong năm";
    }
    return line.targetYear() == null ? "Cả giai đoạn" : "Lũy kế đến năm";
  }

  private static String asOf(LocalDate date) {
    return "Tính đến ngày " + DATE.format(date);
  }
}
