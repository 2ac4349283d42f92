package vn.ocop.rating.businessplan;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The registry product that came out of a plan, for the dossier of step 5. */
@Schema(name = "LinkPlanProductRequest", description = "The registry product of an approved plan")
public record LinkProductRequest(
    @NotNull @Schema(description = "The version of the plan the subject saw", required = true)
        Long version,
    @NotNull
        @Schema(
            description = "A product of the plan's subject, known from the registry",
            required = true)
        UUID productId) {}
