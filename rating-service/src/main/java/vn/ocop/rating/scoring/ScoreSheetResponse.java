package vn.ocop.rating.scoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.rating.dossier.DossierStatus;

@Schema(
    name = "ScoreSheet",
    description =
        "The caller's own score sheet (phiếu đánh giá). Members never see each other's sheets.")
public record ScoreSheetResponse(
    UUID dossierId,
    @Schema(example = "daklak.member1") String member,
    @Schema(example = "82.5") BigDecimal total,
    Instant submittedAt,
    Instant updatedAt,
    @Schema(description = "EVALUATED once this sheet was the last one the council needed")
        DossierStatus dossierStatus) {

  public static ScoreSheetResponse from(ScoreSheet sheet, DossierStatus dossierStatus) {
    return new ScoreSheetResponse(
        sheet.dossierId(),
        sheet.memberUsername(),
        sheet.total(),
        sheet.submittedAt(),
        sheet.updatedAt(),
        dossierStatus);
  }
}
