package vn.ocop.registry.product;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A change to a product's record; fields left out (null) stay as they are. */
@Schema(name = "UpdateProductRequest")
public record UpdateProductRequest(
    @NotNull @Schema(required = true, description = "The version last read", example = "0")
        Long version,
    @Size(max = 300) @Schema(example = "Cà phê bột nguyên chất Ea Tu") String name,
    @Size(max = 4000) @Schema(example = "Cà phê Robusta rang mộc, xay mịn") String description,
    @Schema(description = "Product set (bộ sản phẩm) 1 to 26", example = "13")
        Integer productSet) {}
