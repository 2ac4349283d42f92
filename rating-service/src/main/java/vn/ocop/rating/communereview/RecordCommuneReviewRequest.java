package vn.ocop.rating.communereview;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "RecordCommuneReviewRequest",
    description =
        "The commune's pre-review of a dossier (Decision 1489): findings per criterion, the"
            + " minutes (biên bản) and the chairman's opinion")
public record RecordCommuneReviewRequest(
    @NotBlank @Size(max = 50) @Schema(required = true, example = "15/BB-UBND") String minutesNumber,
    @NotNull
        @Schema(
            required = true,
            description = "Not after today in Vietnam (Asia/Ho_Chi_Minh)",
            example = "2026-03-12")
        LocalDate minutesDate,
    @NotEmpty @Size(max = 60) @Schema(required = true)
        List<@Valid @NotNull FindingRequest> findings,
    @NotNull @Schema(required = true) ChairmanOpinion chairmanOpinion,
    @Size(max = 2000)
        @Schema(
            description = "Required when NOT_FORWARD",
            example = "Nguyên liệu chưa chứng minh được nguồn gốc tại địa phương")
        String reason) {

  @Schema(name = "CommuneFinding", description = "What the commune found on one criterion")
  public record FindingRequest(
      @NotBlank
          @Pattern(regexp = "^[ABC][0-9]{1,2}[a-zđ]?$")
          @Schema(required = true, example = "A1a")
          String criterionCode,
      @NotBlank
          @Size(max = 4000)
          @Schema(required = true, example = "Nguyên liệu cà phê từ vùng trồng của xã, có hợp đồng")
          String finding,
      @NotNull @Schema(required = true) Boolean satisfied) {}
}
