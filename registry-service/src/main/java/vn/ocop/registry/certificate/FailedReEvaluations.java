package vn.ocop.registry.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.ocop.contracts.rating.RecognitionRefused;
import vn.ocop.platform.audit.Audit;
import vn.ocop.platform.audit.AuditAction;
import vn.ocop.platform.inbox.InboundEvent;
import vn.ocop.registry.text.Nfc;

/**
 * Acts on a refused recognition of a re-evaluation (đánh giá lại không đạt): the product's
 * certificate stays in force to its end and is then revoked (thu hồi) by the expiry engine instead
 * of merely expiring. If it has already expired, it is revoked now. Refusals of new or upgrade
 * dossiers leave certificates alone: an upgrade that fails keeps the current star.
 */
@ApplicationScoped
public class FailedReEvaluations {
  private static final Logger LOG = Logger.getLogger(FailedReEvaluations.class);
  static final String RE_EVALUATION = "RE_EVALUATION";
  static final String CHANGED_BY = "rating-service";

  private static final String MARK_SQL =
      """
      update certificate
         set revoke_on_expiry_decision_id = :decisionId,
             revoke_on_expiry_decision_number = :number,
             revoke_on_expiry_decision_date = :date,
             revoke_on_expiry_reason = :reason,
             version = version + 1
       where product_id = :productId
         and status in ('ISSUED', 'EXPIRING', 'SUSPENDED')
         and revoke_on_expiry_decision_id is null
      returning id, current_province_code
      """;

  private final EntityManager entityManager;
  private final CertificateRepository certificates;
  private final CertificateLifecycle lifecycle;
  private final Audit audit;

  FailedReEvaluations(
      EntityManager entityManager,
      CertificateRepository certificates,
      CertificateLifecycle lifecycle,
      Audit audit) {
    this.entityManager = entityManager;
    this.certificates = certificates;
    this.lifecycle = lifecycle;
    this.audit = audit;
  }

  /**
   * Marks or revokes; in the consumer's transaction. Idempotent: a certificate already marked keeps
   * its first refusal, one already revoked is not revoked again.
   *
   * @return what happened, for the log and the tests
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Outcome refused(InboundEvent<RecognitionRefused> event) {
    RecognitionRefused refusal = event.data();
    if (!RE_EVALUATION.equals(refusal.dossierKind())) {
      return Outcome.NOT_A_RE_EVALUATION;
    }
    String reason =
        "Đánh giá lại không đạt"
            + (refusal.reason() == null ? "" : " (" + Nfc.normalise(refusal.reason()) + ")");
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(MARK_SQL)
            .setParameter("decisionId", refusal.decisionId())
            .setParameter("number", refusal.decisionNumber())
            .setParameter("date", refusal.decisionDate())
            .setParameter("reason", reason)
            .setParameter("productId", refusal.productId())
            .getResultList();
    int marked = rows.size();
    if (marked > 0) {
      // Set-based SQL, unseen by the ORM's interceptor: each marked certificate's entry is
      // explicit.
      List<Audit.Change> changes = new ArrayList<>(marked);
      for (Object[] row : rows) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("revokeOnExpiryDecisionId", refusal.decisionId());
        after.put("revokeOnExpiryDecisionNumber", refusal.decisionNumber());
        after.put("revokeOnExpiryDecisionDate", refusal.decisionDate());
        after.put("revokeOnExpiryReason", reason);
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("revokeOnExpiryDecisionId", null);
        changes.add(
            new Audit.Change(
                "Certificate", (UUID) row[0], AuditAction.UPDATE, before, after, (String) row[1]));
      }
      audit.recordAll(changes);
      LOG.infof(
          "product %s: %d certificate(s) to be revoked at their end (decision %s)",
          refusal.productId(), marked, refusal.decisionNumber());
      return Outcome.MARKED;
    }
    Optional<Certificate> latest = certificates.latestOf(refusal.productId());
    if (latest.isPresent() && latest.get().status() == CertificateStatus.EXPIRED) {
      lifecycle.revokeExpired(
          latest.get(),
          reason,
          new StatusDecision(refusal.decisionNumber(), refusal.decisionDate()),
          CHANGED_BY);
      return Outcome.REVOKED;
    }
    LOG.infof(
        "product %s has no certificate a failed re-evaluation could end (decision %s)",
        refusal.productId(), refusal.decisionNumber());
    return Outcome.NOTHING_TO_END;
  }

  /** What a refusal did. */
  public enum Outcome {
    NOT_A_RE_EVALUATION,
    MARKED,
    REVOKED,
    NOTHING_TO_END
  }
}
