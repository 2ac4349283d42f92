package vn.ocop.rating.idea;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A subject's product-idea form for a cycle round of its province. */
@Schema(
    name = "RegisterIdeaRequest",
    description = "A product-idea form (phiếu đăng ký ý tưởng sản phẩm) for a cycle round")
public record RegisterIdeaRequest(
    @NotNull @Schema(description = "The cycle round, at step IDEA_REGISTRATION", required = true)
        UUID cycleId,
    @NotBlank @Size(max = 300) @Schema(example = "Cà phê bột nguyên chất Ea Tu", required = true)
        String productName,
    @NotNull
        @Min(1)
        @Max(26)
        @Schema(
            description = "Product set (bộ sản phẩm) 1-26 of Decision 148",
            example = "13",
            required = true)
        Integer productSet,
    @NotBlank
        @Size(max = 4000)
        @Schema(example = "Cà phê rang xay từ vườn Robusta của hợp tác xã", required = true)
        String description,
    @NotBlank
        @Size(max = 2000)
        @Schema(
            description = "Raw materials and their local origin (nguồn nguyên liệu)",
            example = "Cà phê Robusta trồng tại xã Ea Tu",
            required = true)
        String rawMaterials,
    @NotBlank
        @Size(max = 2000)
        @Schema(
            description = "Expected market (thị trường dự kiến)",
            example = "Tỉnh Đắk Lắk, TP.HCM",
            required = true)
        String expectedMarket,
    @NotNull
        @Pattern(regexp = "\\d{5}")
        @Schema(
            description = "Commune (xã, phường) of production, 5 digits",
            example = "24121",
            required = true)
        String communeCode) {

  IdeaFields fields() {
    return new IdeaFields(
        productName.strip(),
        productSet,
        description.strip(),
        rawMaterials.strip(),
        expectedMarket.strip(),
        communeCode);
  }
}
