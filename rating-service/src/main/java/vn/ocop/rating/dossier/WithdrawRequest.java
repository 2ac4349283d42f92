package vn.ocop.rating.dossier;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WithdrawRequest", description = "Withdraws a dossier (rút hồ sơ)")
public record WithdrawRequest(
    @Size(max = 2000) @Schema(example = "Chủ thể xin rút để hoàn thiện bao bì, nộp lại đợt sau")
        String reason) {}
