package vn.ocop.rating.criteria;

import java.math.BigDecimal;
import java.util.List;

/** A numbered section of a part (e.g. "1. TỔ CHỨC SẢN XUẤT", 18 points). */
public record SheetSection(
    String code,
    String title,
    String description,
    BigDecimal maxPoints,
    Integer mandatoryFromStar,
    Integer sourceLine,
    List<Criterion> criteria) {

  public SheetSection {
    criteria = criteria == null ? List.of() : List.copyOf(criteria);
  }
}
