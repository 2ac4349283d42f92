package vn.ocop.plan.commune;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** The communes of the current map. */
@ApplicationScoped
public class Communes {
  public Optional<Commune> find(String code) {
    return code == null ? Optional.empty() : Commune.findByIdOptional(code);
  }

  /** The commune if it exists and lies in the province; empty otherwise. */
  public Optional<Commune> inProvince(String provinceCode, String code) {
    return find(code).filter(commune -> commune.provinceCode.equals(provinceCode));
  }

  public List<Commune> ofProvince(String provinceCode) {
    return Commune.list("provinceCode", Sort.by("code"), provinceCode);
  }
}
