package vn.ocop.rating.dossier;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class DossierHistoryRepository implements PanacheRepositoryBase<DossierHistoryEntry, Long> {

  /** The dossier's moves, oldest first. */
  public List<DossierHistoryEntry> of(UUID dossierId) {
    return list("dossierId", Sort.ascending("id"), dossierId);
  }
}
