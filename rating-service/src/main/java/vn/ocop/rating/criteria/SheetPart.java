package vn.ocop.rating.criteria;

import java.math.BigDecimal;
import java.util.List;

/**
 * A part of the sheet (phần): A product and community strength (40), B marketing (25), C quality
 * (35).
 */
public record SheetPart(
    String code,
    String title,
    BigDecimal maxPoints,
    Integer sourceLine,
    List<SheetSection> sections) {

  public SheetPart {
    sections = sections == null ? List.of() : List.copyOf(sections);
  }
}
