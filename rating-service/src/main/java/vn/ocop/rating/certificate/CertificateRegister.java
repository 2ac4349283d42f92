package vn.ocop.rating.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import vn.ocop.platform.inbox.PoisonEventException;

/**
 * The read model of the registry's certificates: written only from consumed events (upserts, so a
 * replay from the start rebuilds the same rows), read when a dossier's kind is checked.
 */
@ApplicationScoped
public class CertificateRegister {
  private final EntityManager entityManager;

  CertificateRegister(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /** The product's certificate in force with the latest end of validity, if any. */
  public Optional<CertificateRef> inForce(UUID productId) {
    return entityManager
        .createQuery(
            "from CertificateRef c where c.productId = :product and c.status in :statuses"
                + " order by c.validTo desc nulls last, c.certificateId",
            CertificateRef.class)
        .setParameter("product", productId)
        .setParameter("statuses", CertificateRef.IN_FORCE)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  public Optional<CertificateRef> find(UUID certificateId) {
    return Optional.ofNullable(entityManager.find(CertificateRef.class, certificateId));
  }

  /** The state a certificate event carries, whichever event it was. */
  public record State(
      UUID certificateId,
      UUID productId,
      UUID subjectId,
      int starClass,
      String status,
      LocalDate validFrom,
      LocalDate validTo,
      String provinceCode) {}

  @Transactional(Transactional.TxType.MANDATORY)
  public void upsert(State state, Instant now) {
    entityManager
        .createNativeQuery(
            "insert into certificate_ref (certificate_id, product_id, subject_id, star_class,"
                + " status, valid_from, valid_to, province_code, updated_at)"
                + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"
                + " on conflict (certificate_id) do update set product_id = excluded.product_id,"
                + " subject_id = excluded.subject_id, star_class = excluded.star_class,"
                + " status = excluded.status, valid_from = excluded.valid_from,"
                + " valid_to = excluded.valid_to, province_code = excluded.province_code,"
                + " updated_at = excluded.updated_at")
        .setParameter(1, required(state.certificateId(), "certificateId"))
        .setParameter(2, required(state.productId(), "productId"))
        .setParameter(3, state.subjectId())
        .setParameter(4, state.starClass())
        .setParameter(5, required(state.status(), "status"))
        .setParameter(6, state.validFrom())
        .setParameter(7, state.validTo())
        .setParameter(8, state.provinceCode())
        .setParameter(9, now)
        .executeUpdate();
  }

  private static <T> T required(T value, String field) {
    if (value == null) {
      // An event without a field the read model needs can never be applied: dead-letter it.
      throw new PoisonEventException("the event payload has no " + field, null);
    }
    return value;
  }
}
