package vn.ocop.rating.dossier;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReasonRequest", description = "Why a dossier is returned or withdrawn")
public record ReasonRequest(
    @NotBlank
        @Size(max = 2000)
        @Schema(
            required = true,
            example = "Thiếu phiếu kiểm nghiệm chỉ" + " tiêu an toàn thực phẩm còn hiệu lực")
        String reason) {}
