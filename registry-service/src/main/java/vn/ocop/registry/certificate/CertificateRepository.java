package vn.ocop.registry.certificate;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class CertificateRepository implements PanacheRepositoryBase<Certificate, UUID> {

  boolean existsForDecision(UUID decisionId) {
    return count("decisionId", decisionId) > 0;
  }
}
