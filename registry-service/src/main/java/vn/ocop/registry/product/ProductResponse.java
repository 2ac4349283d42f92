package vn.ocop.registry.product;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ocop.registry.reference.AdminMaps;
import vn.ocop.registry.reference.PlaceView;

/** A registered product (sản phẩm) and the set and group it is evaluated in. */
@Schema(name = "Product")
public record ProductResponse(
    UUID id,
    UUID subjectId,
    @Schema(example = "Cà phê bột Ea Tu") String name,
    @Schema(nullable = true, example = "Cà phê Robusta rang xay từ vùng nguyên liệu Ea Tu")
        String description,
    @Schema(example = "13") int productSet,
    @Schema(example = "Cà phê, ca cao") String productSetName,
    @Schema(example = "1") int productGroup,
    @Schema(example = "66") String provinceCode,
    @Schema(example = "24133") String communeCode,
    @Schema(description = "Province on the current map", example = "66") String currentProvinceCode,
    PlaceView place,
    @Schema(example = "REGISTERED") ProductStatus status,
    @Schema(nullable = true, description = "Why the status last changed") String statusReason,
    Instant createdAt,
    @Schema(nullable = true, implementation = String.class, format = "date-time") Instant updatedAt,
    @Schema(description = "Send it back with an update", example = "0") long version) {

  public static ProductResponse from(Product product, AdminMaps maps) {
    return new ProductResponse(
        product.id(),
        product.subjectId(),
        product.name(),
        product.description(),
        product.productSet().number(),
        product.productSet().name(),
        product.productSet().groupNumber(),
        product.provinceCode(),
        product.communeCode(),
        product.currentProvinceCode(),
        PlaceView.of(
            maps,
            product.mapVersion(),
            product.provinceCode(),
            product.districtCode(),
            product.communeCode(),
            product.currentProvinceCode()),
        product.status(),
        product.statusReason(),
        product.createdAt(),
        product.updatedAt(),
        product.version());
  }
}
