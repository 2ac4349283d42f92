package vn.ocop.plan.product;

/**
 * The product group (nhóm, 1–6) of each of the 26 product sets (bộ sản phẩm) of Decision 148, in
 * Annex order: food 1–13, beverages 14–17, herbal 18–20, handicrafts 21–22, ornamental 23–25,
 * tourism 26. Ideas carry only their set; their group is read from here.
 */
public final class ProductSets {
  private ProductSets() {}

  /** The group of a set; null for a number outside 1–26. */
  public static Short groupOf(int set) {
    if (set < 1 || set > 26) {
      return null;
    }
    if (set <= 13) {
      return 1;
    }
    if (set <= 17) {
      return 2;
    }
    if (set <= 20) {
      return 3;
    }
    if (set <= 22) {
      return 4;
    }
    return set <= 25 ? (short) 5 : (short) 6;
  }
}
