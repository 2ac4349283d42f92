package vn.ocop.rating.dossier;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "CreateDossierRequest",
    description =
        "Opens a product's evaluation dossier (hồ sơ đánh giá, phân hạng) in a cycle round")
public record CreateDossierRequest(
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
                "NEW (đánh giá lần đầu): no certificate in force; RE_EVALUATION (đánh giá lại): a"
                    + " certificate in force that expires soon; UPGRADE (nâng hạng): a certificate"
                    + " in force below 5★")
        DossierKind kind,
    @Schema(
            description =
                "true to submit at once (the office's own entry of a paper dossier); absent or"
                    + " false opens a DRAFT")
        Boolean submit) {

  public boolean submitNow() {
    return Boolean.TRUE.equals(submit);
  }
}
