package vn.ocop.plan.province;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import vn.ocop.platform.problem.ProblemException;
import vn.ocop.platform.security.Caller;

/** Looks up provinces, resolves pre-2025 codes, and answers 404 for provinces out of scope. */
@ApplicationScoped
public class Provinces {

  /**
   * The province the caller may see, or 404: an unknown code and a foreign province look the same,
   * so the answer does not tell a province officer anything about other provinces.
   */
  public Province visibleTo(Caller caller, String code) {
    caller.requireProvince(code, "Province", code);
    return require(code);
  }

  /** The province a province officer (own province) or an admin (any) may write targets for. */
  public Province writableBy(Caller caller, String code) {
    return require(caller.writableProvince(code));
  }

  public Province require(String code) {
    Province province = code == null ? null : Province.findById(code);
    if (province == null) {
      throw ProblemException.notFound("Province", code);
    }
    return province;
  }

  /** The province on the current map for a code of either map; empty for an unknown code. */
  public Optional<Province> current(String code) {
    if (code == null) {
      return Optional.empty();
    }
    Optional<Province> province = Province.findByIdOptional(code);
    if (province.isPresent()) {
      return province;
    }
    return ProvincePredecessor.<ProvincePredecessor>findByIdOptional(code)
        .flatMap(predecessor -> Province.findByIdOptional(predecessor.provinceCode));
  }

  public List<Province> all() {
    return Province.listAll(Sort.by("code"));
  }
}
