package vn.ocop.rating.selfassessment;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "SelfAssessmentRequest",
    description =
        "The subject's self-assessment (tự đánh giá): one option per criterion of the dossier's"
            + " evaluation sheet, as on the council's sheet. Totals are computed by the service.")
public record SelfAssessmentRequest(
    @NotNull
        // A sheet has well under 200 criteria: a bigger map is refused before it is read.
        @Size(max = 200)
        @Schema(
            required = true,
            description =
                "Criterion code → option code ticked; null where none of the options applies",
            example = "{\"A1a\":\"A1a-3\",\"A1b\":\"A1b-2\"}")
        Map<String, String> answers) {}
