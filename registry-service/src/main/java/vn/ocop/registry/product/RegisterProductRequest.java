package vn.ocop.registry.product;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Registration of a product of an existing subject. */
@Schema(name = "RegisterProductRequest")
public record RegisterProductRequest(
    @NotNull @Schema(required = true, description = "The owning subject (chủ thể)") UUID subjectId,
    @NotBlank @Size(max = 300) @Schema(required = true, example = "Cà phê bột Ea Tu") String name,
    @NotNull
        @Schema(
            required = true,
            description = "Product set (bộ sản phẩm) of Decision 148, 1 to 26",
            example = "13")
        Integer productSet,
    @Size(max = 4000) @Schema(example = "Cà phê Robusta rang xay từ vùng nguyên liệu Ea Tu")
        String description) {}
