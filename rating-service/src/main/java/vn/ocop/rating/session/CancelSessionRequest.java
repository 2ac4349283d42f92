package vn.ocop.rating.session;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CancelSessionRequest", description = "Cancels a planned session (hủy phiên họp)")
public record CancelSessionRequest(
    @NotBlank @Size(max = 1000) @Schema(required = true, example = "Hoãn do chưa đủ hồ sơ")
        String reason) {}
