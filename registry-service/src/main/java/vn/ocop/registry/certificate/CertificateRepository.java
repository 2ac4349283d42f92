package vn.ocop.registry.certificate;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CertificateRepository implements PanacheRepositoryBase<Certificate, UUID> {

  boolean existsForDecision(UUID decisionId) {
    return count("decisionId", decisionId) > 0;
  }

  /**
   * The product's other certificates a new one may replace (in force or suspended), oldest decision
   * first, locked until the end of the transaction.
   */
  List<Certificate> replaceable(UUID productId, UUID except) {
    return find(
            "productId = ?1 and id <> ?2 and status in ?3",
            Sort.ascending("decisionDate").and("createdAt").and("id"),
            productId,
            except,
            CertificateStatus.supersedable())
        .withLock(LockModeType.PESSIMISTIC_WRITE)
        .list();
  }

  /** Whether another certificate of the product, decided on or after the date, replaces it. */
  boolean replacedSince(UUID productId, UUID except, LocalDate decisionDate) {
    return count(
            "productId = ?1 and id <> ?2 and status in ?3 and decisionDate >= ?4",
            productId,
            except,
            CertificateStatus.supersedable(),
            decisionDate)
        > 0;
  }

  /** The product's most recent certificate by decision date, locked, if any. */
  java.util.Optional<Certificate> latestOf(UUID productId) {
    return find("productId", Sort.descending("decisionDate").and("createdAt").and("id"), productId)
        .withLock(LockModeType.PESSIMISTIC_WRITE)
        .firstResultOptional();
  }
}
