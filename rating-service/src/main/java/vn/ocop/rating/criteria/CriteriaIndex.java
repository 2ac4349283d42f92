package vn.ocop.rating.criteria;

import java.util.List;

/**
 * The index of a criteria version: its title, legal basis and the sheet file of each product set.
 */
public record CriteriaIndex(
    String criteriaVersion, String title, List<String> legalBasis, List<SetEntry> sets) {

  /** A product set (bộ sản phẩm) of the annex and the file of its sheet. */
  public record SetEntry(
      int productSet, String name, int productGroup, String productGroupName, String file) {}
}
