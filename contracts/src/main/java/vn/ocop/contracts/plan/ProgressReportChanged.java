package vn.ocop.contracts.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A province's progress report (báo cáo tiến độ) moved in its workflow: submitted to the national
 * office (type {@code vn.ocop.plan.report-submitted.v1}), approved ({@code
 * vn.ocop.plan.report-approved.v1}, which locks the period) or returned for revision ({@code
 * vn.ocop.plan.report-returned.v1}). Topic {@code ocop.plan.report.v1}, key = reportId.
 *
 * @param period the reporting period of the year: H1 (six months) or FY (the whole year)
 * @param oldStatus DRAFT, SUBMITTED, RETURNED or APPROVED
 * @param status as oldStatus
 * @param reason why it was returned; null otherwise
 * @param figures the figures of the report as submitted or approved
 */
public record ProgressReportChanged(
    UUID reportId,
    String provinceCode,
    int year,
    String period,
    int revision,
    String oldStatus,
    String status,
    String reason,
    String changedBy,
    Instant changedAt,
    List<Figure> figures) {

  /**
   * One figure of the report.
   *
   * @param target null when the plan sets none
   * @param actual the year's actual; null when there is nothing to compute it from and nobody
   *     entered it
   * @param source EVENTS (computed) or MANUAL (entered by the province)
   * @param cumulative the actual from cumulativeFrom to the report's year, when a plan in force
   *     covers the year; null otherwise
   * @param cumulativeFrom the first year of that plan's period
   * @param targetKind AT_LEAST or AT_MOST; null without a target
   * @param targetAccumulation PER_YEAR (compare the target with actual) or CUMULATIVE (with
   *     cumulative); null without a target
   */
  public record Figure(
      String indicatorCode,
      BigDecimal target,
      BigDecimal actual,
      String source,
      BigDecimal cumulative,
      Integer cumulativeFrom,
      String targetKind,
      String targetAccumulation) {}
}
