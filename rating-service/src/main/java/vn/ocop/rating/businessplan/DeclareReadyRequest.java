package vn.ocop.rating.businessplan;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The subject declares the plan's product ready for evaluation (step 4 done). */
@Schema(
    name = "DeclarePlanReadyRequest",
    description = "The subject declares the product of an approved plan ready for evaluation")
public record DeclareReadyRequest(
    @NotNull @Schema(description = "The version of the plan the subject saw", required = true)
        Long version,
    @Schema(
            description =
                "The product as registered in the registry, if it is already; a dossier is opened"
                    + " for it in step 5")
        UUID productId,
    @Size(max = 2000) String note) {}
