package vn.ocop.rating.council;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A council's regulation (quy chế hoạt động); a null value follows the dossier's rule set. */
@Schema(name = "CouncilRegulation")
public record RegulationRequest(
    @Min(1)
        @Max(100)
        @Schema(nullable = true, description = "Share of scoring members present", example = "75")
        Integer quorumPercent,
    @Schema(nullable = true, description = "Whether the chair must be present", example = "true")
        Boolean chairRequired,
    @DecimalMin(value = "0", inclusive = false)
        @DecimalMax("100")
        @Digits(integer = 3, fraction = 2)
        @Schema(
            nullable = true,
            description = "Largest gap between two members' totals before re-scoring",
            example = "10")
        BigDecimal maxScoreSpread) {

  CouncilRegulation toRegulation() {
    return new CouncilRegulation(quorumPercent, chairRequired, maxScoreSpread);
  }
}
