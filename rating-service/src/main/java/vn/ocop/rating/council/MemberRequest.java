package vn.ocop.rating.council;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A seat to fill on a council, with the affiliations conflicts of interest are detected from. */
@Schema(name = "CouncilMemberRequest")
public record MemberRequest(
    @NotBlank
        @Size(max = 100)
        @Pattern(regexp = "[A-Za-z0-9._@-]+")
        @Schema(description = "The member's account", example = "daklak.chair")
        String username,
    @NotNull CouncilRole role,
    @Size(max = 200) @Schema(nullable = true, example = "Nguyễn Văn An") String fullName,
    @Size(max = 300)
        @Schema(
            nullable = true,
            description = "Chức vụ, đơn vị công tác",
            example = "Phó Giám đốc Sở Nông nghiệp và Môi trường")
        String title,
    @Size(max = 100)
        @Schema(
            nullable = true,
            description = "Registry subjects the member works for or represents")
        List<@NotNull UUID> employerSubjectIds,
    @Size(max = 100)
        @Schema(nullable = true, description = "Registry subjects of the member's relatives")
        List<@NotNull UUID> relatedSubjectIds) {

  CouncilMember toMember() {
    return new CouncilMember(
        username.strip(),
        role,
        fullName == null ? null : fullName.strip(),
        title == null ? null : title.strip(),
        employerSubjectIds == null ? List.of() : employerSubjectIds.stream().distinct().toList(),
        relatedSubjectIds == null ? List.of() : relatedSubjectIds.stream().distinct().toList());
  }
}
