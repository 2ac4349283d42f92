package vn.ocop.registry.reference;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import vn.ocop.platform.problem.ProblemException;

/**
 * The reference data other features check their input against: the current administrative map and
 * the product sets of Decision 148.
 */
@ApplicationScoped
public class ReferenceData {
  private final AdminUnitRepository units;
  private final ProductSetRepository productSets;

  ReferenceData(AdminUnitRepository units, ProductSetRepository productSets) {
    this.units = units;
    this.productSets = productSets;
  }

  public List<AdminUnit> provinces() {
    return units.provinces();
  }

  /** The communes of a province; 404 for a province that is not on the current map. */
  public List<AdminUnit> communes(String provinceCode) {
    if (units.province(provinceCode).isEmpty()) {
      throw ProblemException.notFound("Province", provinceCode);
    }
    return units.communes(provinceCode);
  }

  public List<ProductSet> productSets() {
    return productSets.inOrder();
  }

  public Optional<ProductSet> productSet(int number) {
    return productSets.findByIdOptional(number);
  }
}
