package vn.ocop.registry.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A product set (bộ sản phẩm) of Decision 148 and its product group (nhóm ngành). */
@Schema(name = "ProductSet")
public record ProductSetResponse(
    @Schema(example = "13") int number,
    @Schema(example = "Cà phê, ca cao") String name,
    @Schema(example = "1") int groupNumber,
    @Schema(example = "Thực phẩm") String groupName,
    @Schema(example = "Food") String groupNameEn) {

  static ProductSetResponse from(ProductSet set) {
    return new ProductSetResponse(
        set.number(), set.name(), set.groupNumber(), set.groupName(), set.groupNameEn());
  }
}
