package vn.ocop.plan.actual;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A province's actuals for one year, one entry per event-computed indicator of the catalogue. */
@Schema(name = "ProvinceActuals")
public record ProvinceActuals(
    @Schema(example = "66") String provinceCode,
    @Schema(example = "Đắk Lắk") String provinceName,
    @Schema(example = "2026") int year,
    List<IndicatorActual> indicators) {}
