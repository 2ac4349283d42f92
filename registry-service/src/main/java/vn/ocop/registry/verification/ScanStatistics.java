package vn.ocop.registry.verification;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How often a certificate was verified (lượt quét mã xác thực): in all, and per day over the recent
 * days. Scans reach these figures within the flush interval (a few seconds).
 *
 * @param total every scan since the certificate was issued
 * @param from the first day of {@code days}
 * @param to the last day of {@code days} (today)
 * @param days the days with scans between from and to, oldest first
 */
@Schema(name = "ScanStatistics")
public record ScanStatistics(
    UUID certificateId,
    @Schema(example = "1342") long total,
    @Schema(example = "2026-03-04") LocalDate from,
    @Schema(example = "2026-06-01") LocalDate to,
    List<Day> days) {

  /** Scans of one day (Asia/Ho_Chi_Minh). */
  @Schema(name = "ScanDay")
  public record Day(
      @Schema(example = "2026-06-01") LocalDate day, @Schema(example = "17") long count) {}
}
