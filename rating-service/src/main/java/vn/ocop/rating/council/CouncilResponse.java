package vn.ocop.rating.council;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.rating.rules.EvaluationLevel;

@Schema(
    name = "Council",
    description =
        "An evaluation council (hội đồng đánh giá, phân hạng sản phẩm OCOP) or advisory team (tổ tư"
            + " vấn)")
public record CouncilResponse(
    UUID id,
    String name,
    EvaluationLevel level,
    CouncilKind kind,
    @Schema(nullable = true, description = "Null for a central council", example = "66")
        String provinceCode,
    @Schema(description = "What the council's own regulation sets; null values follow the rule set")
        RegulationView regulation,
    List<Member> members,
    @Schema(description = "Send it back when replacing the members", example = "0") long version,
    Instant createdAt) {

  @Schema(name = "CouncilMember")
  public record Member(
      @Schema(example = "daklak.chair") String username,
      CouncilRole role,
      @Schema(nullable = true) String fullName,
      @Schema(nullable = true) String title,
      List<UUID> employerSubjectIds,
      List<UUID> relatedSubjectIds) {}

  @Schema(name = "CouncilRegulationView")
  public record RegulationView(
      @Schema(nullable = true) Integer quorumPercent,
      @Schema(nullable = true) Boolean chairRequired,
      @Schema(nullable = true) BigDecimal maxScoreSpread) {}

  public static CouncilResponse from(Council council) {
    CouncilRegulation regulation = council.regulation();
    return new CouncilResponse(
        council.id(),
        council.name(),
        council.level(),
        council.kind(),
        council.provinceCode(),
        new RegulationView(
            regulation.quorumPercent(), regulation.chairRequired(), regulation.maxScoreSpread()),
        council.members().stream()
            .map(
                member ->
                    new Member(
                        member.username(),
                        member.role(),
                        member.fullName(),
                        member.title(),
                        member.employerSubjectIds(),
                        member.relatedSubjectIds()))
            .toList(),
        council.version(),
        council.createdAt());
  }
}
