package vn.ocop.rating.analytics;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One member's scoring: their figures and how far their totals sit from the other members' on the
 * same dossiers. Shown to officers only, never to other members.
 */
@Schema(name = "MemberLeniency")
public record MemberLeniency(
    @Schema(example = "daklak.member1") String member,
    Figures figures,
    @Schema(
            description =
                "Mean of (the member's total − the mean of the other members' totals) over the"
                    + " dossiers others also scored, 2 decimals: positive is more lenient",
            example = "3.25",
            nullable = true)
        BigDecimal meanDeviation,
    @Schema(description = "Sheets that entered the deviation", example = "9")
        long comparedSheets) {}
