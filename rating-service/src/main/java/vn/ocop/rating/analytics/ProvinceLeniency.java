package vn.ocop.rating.analytics;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.rating.rules.EvaluationLevel;

@Schema(
    name = "ProvinceLeniency",
    description =
        "How leniently a province's own councils score: the province's figures, each council's,"
            + " and each member's across them")
public record ProvinceLeniency(
    @Schema(example = "66") String provinceCode,
    Figures figures,
    Results results,
    List<CouncilSummary> councils,
    List<MemberLeniency> members) {

  @Schema(name = "CouncilLeniencySummary")
  public record CouncilSummary(
      UUID councilId, String name, EvaluationLevel level, Figures figures, Results results) {}
}
