package vn.ocop.rating.scoring;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "SubmitScoreSheetRequest",
    description = "The caller's score sheet (phiếu đánh giá) for a dossier")
public record SubmitScoreSheetRequest(
    @NotNull
        @DecimalMin("0")
        @DecimalMax("100")
        @Digits(integer = 3, fraction = 2)
        @Schema(
            required = true,
            description = "Total of the sheet, 0 to 100, at most 2 decimals",
            example = "82.5")
        BigDecimal total) {}
