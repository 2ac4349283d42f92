package vn.ocop.plan.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.ocop.plan.indicator.IndicatorUnit;
import vn.ocop.plan.provinceplan.PlanTarget.Accumulation;
import vn.ocop.plan.report.ReportFigure.FigureSource;
import vn.ocop.plan.target.TargetKind;

/**
 * A report's figures as CSV for the province's and the national office's spreadsheets: UTF-8 with a
 * byte-order mark (so Excel reads the Vietnamese right), Vietnamese headers, one row per figure.
 */
final class ReportCsv {
  static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

  private static final List<String> HEADERS =
      List.of(
          "Mã chỉ tiêu",
          "Tên chỉ tiêu",
          "Đơn vị tính",
          "Nguồn số liệu",
          "Kết quả thực hiện trong năm",
          "Lũy kế từ năm",
          "Kết quả lũy kế",
          "Mục tiêu",
          "Loại mục tiêu",
          "Cách tính mục tiêu",
          "Tỷ lệ đạt (%)",
          "Đánh giá",
          "Giải trình");

  private ReportCsv() {}

  static String of(ReportResponse report) {
    StringBuilder csv = new StringBuilder("\uFEFF");
    line(csv, HEADERS);
    for (FigureResponse figure : report.figures()) {
      List<String> cells = new ArrayList<>();
      cells.add(figure.indicatorCode());
      cells.add(figure.name());
      cells.add(unit(figure.unit()));
      cells.add(figure.source() == FigureSource.MANUAL ? "Tỉnh nhập" : "Tự động từ dữ liệu");
      cells.add(number(figure.actual()));
      cells.add(figure.cumulativeFrom() == null ? "" : figure.cumulativeFrom().toString());
      cells.add(number(figure.cumulative()));
      cells.add(number(figure.target()));
      cells.add(kind(figure.targetKind()));
      cells.add(accumulation(figure.targetAccumulation()));
      cells.add(number(figure.percentOfTarget()));
      cells.add(figure.targetMet() == null ? "" : figure.targetMet() ? "Đạt" : "Chưa đạt");
      cells.add(figure.comment());
      line(csv, cells);
    }
    return csv.toString();
  }

  /** The file name the export is saved under, e.g. bao-cao-66-2026-FY.csv. */
  static String fileName(ReportResponse report) {
    return "bao-cao-"
        + report.provinceCode()
        + "-"
        + report.year()
        + "-"
        + report.period()
        + ".csv";
  }

  private static void line(StringBuilder csv, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        csv.append(',');
      }
      csv.append(cell(cells.get(i)));
    }
    csv.append("\r\n");
  }

  private static String cell(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    String text = value;
    // A comment starting like a formula must not run as one when the file is opened.
    if ("=+-@".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      text = "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }

  private static String number(BigDecimal value) {
    return value == null ? "" : value.toPlainString();
  }

  private static String unit(IndicatorUnit unit) {
    if (unit == null) {
      return "";
    }
    return unit == IndicatorUnit.PERCENT ? "%" : "Số lượng";
  }

  private static String kind(TargetKind kind) {
    if (kind == null) {
      return "";
    }
    return kind == TargetKind.AT_LEAST ? "Tối thiểu" : "Tối đa";
  }

  private static String accumulation(Accumulation accumulation) {
    if (accumulation == null) {
      return "";
    }
    return accumulation == Accumulation.CUMULATIVE ? "Lũy kế" : "Trong năm";
  }
}
