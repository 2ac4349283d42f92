package vn.ocop.registry.reference;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Look-ups on the current administrative map. */
@ApplicationScoped
public class AdminUnitRepository implements PanacheRepositoryBase<AdminUnit, AdminUnit.Key> {

  public Optional<AdminUnit> province(String code) {
    return findByIdOptional(new AdminUnit.Key(AdminUnit.CURRENT_MAP, AdminLevel.PROVINCE, code));
  }

  public Optional<AdminUnit> commune(String code) {
    return findByIdOptional(new AdminUnit.Key(AdminUnit.CURRENT_MAP, AdminLevel.COMMUNE, code));
  }

  public List<AdminUnit> provinces() {
    return list(
        "mapVersion = ?1 and level = ?2",
        Sort.by("code"),
        AdminUnit.CURRENT_MAP,
        AdminLevel.PROVINCE);
  }

  public List<AdminUnit> communes(String provinceCode) {
    return list(
        "mapVersion = ?1 and level = ?2 and provinceCode = ?3",
        Sort.by("code"),
        AdminUnit.CURRENT_MAP,
        AdminLevel.COMMUNE,
        provinceCode);
  }
}
