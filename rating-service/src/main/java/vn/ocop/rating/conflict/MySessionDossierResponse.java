package vn.ocop.rating.conflict;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.rating.council.CouncilRole;
import vn.ocop.rating.session.SessionStatus;

@Schema(
    name = "MySessionDossier",
    description =
        "The least a member needs to declare a conflict of interest on a dossier of their session:"
            + " product, subject (chủ thể) and product set (bộ sản phẩm), and where they stand")
public record MySessionDossierResponse(
    UUID sessionId,
    LocalDate heldOn,
    SessionStatus sessionStatus,
    UUID dossierId,
    String productName,
    @Schema(nullable = true, description = "As known from the registry's events")
        String subjectName,
    @Schema(nullable = true, example = "13") Integer productSet,
    @Schema(nullable = true, example = "Cà phê, ca cao") String productSetName,
    CouncilRole myRole,
    @Schema(
            description =
                "DECLARATION_REQUIRED before declaring, CLEARED after NONE, CONFLICTED when a"
                    + " conflict was declared or detected")
        Clearance.State myState,
    @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Absent until the member declares")
        Declaration myDeclaration,
    @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Absent unless the member declared a CONFLICT")
        ConflictKind myConflictKind,
    @Schema(nullable = true, description = "Why the service excludes the member, if it does")
        String detectedConflict) {}
