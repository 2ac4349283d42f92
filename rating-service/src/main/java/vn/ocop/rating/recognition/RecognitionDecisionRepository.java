package vn.ocop.rating.recognition;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class RecognitionDecisionRepository
    implements PanacheRepositoryBase<RecognitionDecision, UUID> {

  public Optional<RecognitionDecision> ofDossier(UUID dossierId) {
    return find("dossierId", dossierId).firstResultOptional();
  }
}
