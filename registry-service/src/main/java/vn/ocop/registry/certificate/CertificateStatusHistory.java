package vn.ocop.registry.certificate;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** The status history of certificates (append-only). */
@ApplicationScoped
public class CertificateStatusHistory
    implements PanacheRepositoryBase<CertificateStatusChange, Long> {}
