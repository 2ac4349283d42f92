package vn.ocop.plan.actual;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The national roll-up (tổng hợp toàn quốc) for one year: the totals and every province's actuals
 * with its targets.
 */
@Schema(name = "NationalActuals")
public record NationalActuals(
    @Schema(example = "2026") int year,
    @Schema(description = "Totals over all provinces (no targets: those are set per province)")
        List<IndicatorActual> totals,
    @Schema(description = "Every province of the current map, by code")
        List<ProvinceActuals> provinces) {}
