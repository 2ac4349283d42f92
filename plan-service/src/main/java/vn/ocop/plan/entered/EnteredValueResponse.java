package vn.ocop.plan.entered;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.plan.indicator.Decimals;

/** An entered value, with who entered it last and when. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "EnteredValue")
public record EnteredValueResponse(
    @Schema(example = "42") String provinceCode,
    @Schema(example = "CRAFT_VILLAGES") String indicatorCode,
    @Schema(example = "2026") int year,
    @Schema(description = "Absent for the province-wide value", example = "24001")
        String communeCode,
    @Schema(example = "12") BigDecimal value,
    String note,
    @Schema(example = "can-bo-42") String enteredBy,
    OffsetDateTime enteredAt) {

  static EnteredValueResponse from(EnteredValue value) {
    return new EnteredValueResponse(
        value.provinceCode,
        value.indicatorCode,
        value.year,
        value.communeCode,
        Decimals.plain(value.value),
        value.note,
        value.enteredBy,
        value.enteredAt);
  }
}
