package vn.ocop.registry.product;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A product's production stopped or resumed. */
@Schema(name = "ChangeProductStatusRequest")
public record ChangeProductStatusRequest(
    @NotNull @Schema(required = true, description = "The version last read", example = "0")
        Long version,
    @NotNull @Schema(required = true, example = "DISCONTINUED") ProductStatus status,
    @NotBlank
        @Size(max = 500)
        @Schema(required = true, example = "Cơ sở ngừng sản xuất từ tháng 9/2026")
        String reason) {}
