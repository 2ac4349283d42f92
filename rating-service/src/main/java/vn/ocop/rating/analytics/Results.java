package vn.ocop.rating.analytics;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The share of evaluated dossiers that reached 4★ or more (the worry behind Decision 148). */
@Schema(name = "LeniencyResults")
public record Results(
    @Schema(description = "Dossiers with a result", example = "9") long evaluated,
    @Schema(description = "Of them, results of 4★ or 5★", example = "3") long fourStarOrMore,
    @Schema(
            description = "fourStarOrMore / evaluated, 4 decimals",
            example = "0.3333",
            nullable = true)
        BigDecimal fourStarOrMoreShare) {}
