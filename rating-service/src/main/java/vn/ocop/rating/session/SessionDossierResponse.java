package vn.ocop.rating.session;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.rating.dossier.Dossier;
import vn.ocop.rating.dossier.DossierStatus;

@Schema(name = "SessionDossier", description = "A dossier put before a council session")
public record SessionDossierResponse(
    UUID dossierId,
    UUID sessionId,
    UUID councilId,
    UUID productId,
    String productName,
    UUID subjectId,
    String provinceCode,
    DossierStatus status,
    String ruleSetVersion) {

  public static SessionDossierResponse from(Dossier dossier) {
    return new SessionDossierResponse(
        dossier.id(),
        dossier.sessionId(),
        dossier.councilId(),
        dossier.productId(),
        dossier.productName(),
        dossier.subjectId(),
        dossier.provinceCode(),
        dossier.status(),
        dossier.ruleSetVersion());
  }
}
