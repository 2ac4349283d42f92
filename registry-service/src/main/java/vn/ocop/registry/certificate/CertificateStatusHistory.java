package vn.ocop.registry.certificate;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** The status history of certificates (append-only). */
@ApplicationScoped
public class CertificateStatusHistory
    implements PanacheRepositoryBase<CertificateStatusChange, Long> {

  /** The transitions of one certificate, oldest first. */
  List<CertificateStatusChange> of(UUID certificateId) {
    return list("certificateId", Sort.ascending("id"), certificateId);
  }
}
