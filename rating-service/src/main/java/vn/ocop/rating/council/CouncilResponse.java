package vn.ocop.rating.council;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.rating.rules.EvaluationLevel;

@Schema(
    name = "Council",
    description = "An evaluation council (hội đồng đánh giá, phân hạng sản phẩm OCOP)")
public record CouncilResponse(
    UUID id,
    String name,
    EvaluationLevel level,
    @Schema(nullable = true, description = "Null for a central council", example = "66")
        String provinceCode,
    List<Member> members,
    Instant createdAt) {

  @Schema(name = "CouncilMember")
  public record Member(@Schema(example = "daklak.chair") String username, CouncilRole role) {}

  public static CouncilResponse from(Council council) {
    return new CouncilResponse(
        council.id(),
        council.name(),
        council.level(),
        council.provinceCode(),
        council.members().stream()
            .map(member -> new Member(member.username(), member.role()))
            .toList(),
        council.createdAt());
  }
}
