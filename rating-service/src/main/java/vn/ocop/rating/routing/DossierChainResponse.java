package vn.ocop.rating.routing;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "DossierChain",
    description =
        "The dossiers of one product in one cycle round across levels (tỉnh → trung ương, before"
            + " 2025 huyện → tỉnh → trung ương), lowest level first")
public record DossierChainResponse(
    UUID cycleId,
    UUID productId,
    @Schema(example = "Cà phê bột nguyên chất Buôn Ma Thuột") String productName,
    @Schema(example = "66") String provinceCode,
    @Schema(example = "QD148-2023+QD1489-2025") String ruleSetVersion,
    List<DossierLevelResponse> levels) {}
