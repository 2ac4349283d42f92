package vn.ocop.rating.evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "EvidenceIndex",
    description =
        "A dossier's evidence index (danh mục hồ sơ minh chứng), per criterion of the sheet; a file"
            + " supporting several criteria appears under each")
public record EvidenceIndexResponse(
    UUID dossierId,
    @Schema(description = "Distinct evidence files") int files,
    @Schema(description = "Bytes of the distinct evidence files") long totalBytes,
    List<CriterionEvidence> criteria) {

  @Schema(name = "CriterionEvidence", description = "The evidence of one criterion")
  public record CriterionEvidence(
      @Schema(example = "A1a") String criterionCode, List<EvidenceResponse> evidence) {}

  public static EvidenceIndexResponse of(UUID dossierId, List<Evidence> items) {
    Map<String, List<EvidenceResponse>> byCriterion = new TreeMap<>();
    long bytes = 0;
    for (Evidence item : items) {
      bytes += item.sizeBytes();
      for (String code : item.criteria()) {
        byCriterion.computeIfAbsent(code, c -> new ArrayList<>()).add(EvidenceResponse.from(item));
      }
    }
    List<CriterionEvidence> criteria = new ArrayList<>();
    byCriterion.forEach(
        (code, evidence) -> {
          evidence.sort(Comparator.comparing(EvidenceResponse::title));
          criteria.add(new CriterionEvidence(code, evidence));
        });
    return new EvidenceIndexResponse(dossierId, items.size(), bytes, criteria);
  }
}
