package vn.ocop.rating.scoring;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ScoreSheetRepository implements PanacheRepositoryBase<ScoreSheet, UUID> {

  public Optional<ScoreSheet> of(UUID dossierId, String memberUsername) {
    return find("dossierId = ?1 and memberUsername = ?2", dossierId, memberUsername)
        .firstResultOptional();
  }

  public List<ScoreSheet> ofDossier(UUID dossierId) {
    return list("dossierId", dossierId);
  }
}
