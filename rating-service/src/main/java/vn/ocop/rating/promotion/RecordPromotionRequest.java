package vn.ocop.rating.promotion;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A trade-promotion activity of a cycle round, with the products it covers. */
@Schema(
    name = "RecordPromotionRequest",
    description = "A fair, sales point or e-commerce listing (xúc tiến thương mại) of a round")
public record RecordPromotionRequest(
    @NotNull @Schema(description = "The cycle round, at step TRADE_PROMOTION", required = true)
        UUID cycleId,
    @NotNull @Schema(example = "FAIR", required = true) PromotionKind kind,
    @NotBlank @Size(max = 300) @Schema(example = "Hội chợ OCOP tỉnh Đắk Lắk 2026", required = true)
        String title,
    @Size(max = 300)
        @Schema(
            description = "Where (fairs and sales points)",
            example = "Quảng trường 10/3, Buôn Ma Thuột")
        String place,
    @Size(max = 1000)
        @Pattern(regexp = "https?://\\S+")
        @Schema(
            description = "The listing's address (e-commerce listings)",
            example = "https://example.vn/ocop/ca-phe")
        String url,
    @NotNull @Schema(example = "2026-11-20", required = true) LocalDate startsOn,
    @NotNull @Schema(example = "2026-11-24", required = true) LocalDate endsOn,
    @NotEmpty
        @Size(max = 200)
        @Schema(
            description = "Products covered, known from the registry and of the round's province",
            required = true)
        List<@NotNull UUID> productIds) {}
