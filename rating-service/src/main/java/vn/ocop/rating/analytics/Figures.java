package vn.ocop.rating.analytics;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Score-sheet figures of a council, a province or one member. */
@Schema(name = "LeniencyFigures")
public record Figures(
    @Schema(description = "Submitted score sheets", example = "27") long sheets,
    @Schema(description = "Dossiers those sheets score", example = "9") long dossiers,
    @Schema(description = "Mean total, 2 decimals", example = "78.40", nullable = true)
        BigDecimal meanTotal,
    Distribution distribution) {}
