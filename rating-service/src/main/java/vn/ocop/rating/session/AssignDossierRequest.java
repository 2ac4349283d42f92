package vn.ocop.rating.session;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "AssignDossierToSessionRequest",
    description = "Puts a dossier before a council session (đưa hồ sơ ra phiên họp)")
public record AssignDossierRequest(@NotNull @Schema(required = true) UUID dossierId) {}
