package vn.ocop.rating.analytics;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.rating.rules.EvaluationLevel;

@Schema(
    name = "CouncilLeniency",
    description = "How leniently a council (hội đồng) scores: figures, results and its members")
public record CouncilLeniency(
    UUID councilId,
    String name,
    EvaluationLevel level,
    @Schema(nullable = true, example = "66") String provinceCode,
    Figures figures,
    Results results,
    List<MemberLeniency> members) {}
