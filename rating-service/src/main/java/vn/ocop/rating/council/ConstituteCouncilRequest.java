package vn.ocop.rating.council;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.rating.rules.EvaluationLevel;

@Schema(
    name = "ConstituteCouncilRequest",
    description =
        "Constitutes an evaluation council (thành lập hội đồng đánh giá, phân hạng) or an advisory"
            + " team (tổ tư vấn)")
public record ConstituteCouncilRequest(
    @NotBlank
        @Size(max = 300)
        @Schema(example = "Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh Đắk Lắk 2026")
        String name,
    @NotNull
        @Schema(
            description =
                "PROVINCE (or DISTRICT under rule sets that still have districts); CENTRAL only for"
                    + " national accounts")
        EvaluationLevel level,
    @Schema(
            description = "COUNCIL (the default) scores; ADVISORY_TEAM (tổ tư vấn) does not",
            nullable = true)
        CouncilKind kind,
    @Pattern(regexp = "\\d{2}")
        @Schema(
            description =
                "Province of the council; optional for province officers (their own), absent for"
                    + " CENTRAL",
            example = "66")
        String provinceCode,
    @Valid
        @Schema(
            nullable = true,
            description =
                "The council's regulation (quy chế hoạt động); unset values follow the rule"
                    + " set")
        RegulationRequest regulation,
    @NotNull @Size(min = 1, max = 50) @Schema(description = "Exactly one CHAIR; each username once")
        List<@Valid @NotNull MemberRequest> members) {

  /** The kind, COUNCIL when the request names none. */
  public CouncilKind kindOrDefault() {
    return kind == null ? CouncilKind.COUNCIL : kind;
  }
}
