package vn.ocop.rating.dossier;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "SubmitDossierRequest",
    description = "Submits a product's evaluation dossier (hồ sơ đánh giá) to a cycle round")
public record SubmitDossierRequest(
    @NotNull @Schema(required = true) UUID cycleId,
    @NotNull
        @Schema(
            required = true,
            description = "A product known from the registry's events, in the cycle's province")
        UUID productId,
    @NotNull
        @Schema(
            required = true,
            description =
                "NEW (đánh giá lần đầu); RE_EVALUATION and UPGRADE come with the full cycle")
        DossierKind kind) {}
