package vn.ocop.rating.analytics;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How a set of score-sheet totals spreads: by star band (0–30, 30–50, 50–70, 70–90, 90–100) and by
 * 5-point bucket. Every range is half-open except the last, which holds 100.
 */
@Schema(name = "ScoreDistribution", description = "Totals counted by star band and 5-point bucket")
public record Distribution(
    @Schema(description = "Five star bands, 1★ to 5★") List<Range> starBands,
    @Schema(description = "Twenty 5-point buckets, 0–5 to 95–100") List<Range> fivePointBuckets) {

  @Schema(name = "ScoreRange")
  public record Range(
      @Schema(example = "70") BigDecimal from,
      @Schema(example = "90") BigDecimal below,
      @Schema(example = "12") long sheets) {}
}
