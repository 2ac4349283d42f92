package vn.ocop.registry.transfer;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ImportRecordRepository implements PanacheRepositoryBase<ImportRecord, UUID> {

  /** The latest earlier import of the same file that the importer's scope covers. */
  Optional<ImportRecord> latestOfFile(String sha256, String provinceCode) {
    if (provinceCode == null) {
      return find("sha256", Sort.descending("createdAt"), sha256).firstResultOptional();
    }
    return find(
            "sha256 = ?1 and provinceCode = ?2", Sort.descending("createdAt"), sha256, provinceCode)
        .firstResultOptional();
  }
}
