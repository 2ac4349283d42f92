package vn.ocop.rating.dossier;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AssignCouncilRequest", description = "Hands a dossier to a council of its province")
public record AssignCouncilRequest(@NotNull @Schema(required = true) UUID councilId) {}
