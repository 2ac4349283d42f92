package vn.ocop.rating.scoring;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A member's answers on the evaluation sheet; the service computes the points and totals.
 *
 * @param productSet the set of the sheet the member filled, checked against the dossier's (a sheet
 *     of another set is refused rather than scored on the wrong criteria); optional
 */
@Schema(
    name = "SubmitScoreSheetRequest",
    description =
        "The caller's score sheet (phiếu đánh giá): one option per criterion of the dossier's"
            + " product-set sheet. Totals are computed by the service, never sent.")
public record SubmitScoreSheetRequest(
    @Min(1)
        @Max(26)
        @Schema(description = "The product set (bộ sản phẩm) of the sheet filled", example = "1")
        Integer productSet,
    @NotNull
        // A sheet has well under 200 criteria: a bigger map is refused before it is read.
        @Size(max = 200)
        @Schema(
            required = true,
            description =
                "Criterion code → option code ticked; null where none of the options applies"
                    + " (only on criteria without a 0-point option). Every criterion is answered,"
                    + " except those of the alternatives not chosen.",
            example = "{\"A1a\":\"A1a-3\",\"A1b\":\"A1b-3\"}")
        Map<String, String> answers) {}
