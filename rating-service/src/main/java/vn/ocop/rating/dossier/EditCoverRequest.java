package vn.ocop.rating.dossier;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "EditCoverRequest",
    description =
        "The cover of a dossier the subject prepares: a covering note and the contact person. Each"
            + " field replaces the stored one; null clears it.")
public record EditCoverRequest(
    @Size(max = 4000)
        @Schema(
            example =
                "Hồ sơ đánh giá lại sản phẩm cà phê bột, có bổ sung phiếu" + " kiểm nghiệm 2025")
        String coverNote,
    @Size(max = 200) @Schema(example = "Nguyễn Thị Hoa") String contactName,
    @Size(max = 30) @Pattern(regexp = "^\\+?[0-9 .-]{6,30}$") @Schema(example = "0912 345 678")
        String contactPhone) {}
