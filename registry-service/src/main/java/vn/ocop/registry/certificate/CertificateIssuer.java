package vn.ocop.registry.certificate;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import vn.ocop.contracts.EventTypes;
import vn.ocop.contracts.rating.RecognitionDecided;
import vn.ocop.contracts.rating.RecognitionRefused;
import vn.ocop.platform.inbox.InboundEvents;
import vn.ocop.platform.inbox.PoisonEventException;

/**
 * Consumes recognition decisions (quyết định công nhận) of the rating service and issues their
 * certificates. Idempotent twice over: the consumed-event guard skips a redelivered event, and the
 * unique decision id skips a second event announcing the same decision. A decision that can never
 * become a certificate (below 3 stars, no validity, missing fields) goes straight to the
 * dead-letter topic; one naming an unknown product is retried first (see {@link
 * UnknownProductException}).
 */
@ApplicationScoped
public class CertificateIssuer {
  /** The stable consumer name in {@code consumed_event}. */
  public static final String CONSUMER = "registry.certificate-issuer";

  /** The stable consumer name of refusals (failed re-evaluations) in {@code consumed_event}. */
  public static final String REFUSALS = "registry.failed-re-evaluations";

  private static final Logger LOG = Logger.getLogger(CertificateIssuer.class);

  private final InboundEvents inbound;
  private final CertificateService certificates;
  private final FailedReEvaluations failedReEvaluations;

  CertificateIssuer(
      InboundEvents inbound,
      CertificateService certificates,
      FailedReEvaluations failedReEvaluations) {
    this.inbound = inbound;
    this.certificates = certificates;
    this.failedReEvaluations = failedReEvaluations;
  }

  @Incoming("recognition-decisions")
  @Blocking(ordered = true)
  public void onRecognitionDecided(ConsumerRecord<String, String> record) {
    // One topic carries both outcomes; the CloudEvents type says which payload it is.
    String type = inbound.parse(record.value(), JsonNode.class).type();
    switch (type) {
      case EventTypes.RECOGNITION_DECIDED -> {
        check(inbound.parse(record.value(), RecognitionDecided.class).data());
        inbound.apply(record, CONSUMER, RecognitionDecided.class, certificates::issue);
      }
      case EventTypes.RECOGNITION_REFUSED ->
          inbound.apply(record, REFUSALS, RecognitionRefused.class, failedReEvaluations::refused);
      default -> LOG.debugf("event type %s on the recognition topic is not for us", type);
    }
  }

  /** Rejects decisions no certificate can be issued for; these are never worth a retry. */
  static void check(RecognitionDecided decision) {
    String problem = null;
    if (decision.decisionId() == null
        || decision.productId() == null
        || decision.decisionDate() == null
        || decision.decisionNumber() == null
        || decision.issuingBody() == null
        || decision.issuingLevel() == null
        || decision.score() == null) {
      problem =
          "decisionId, productId, decisionNumber, decisionDate, issuingBody, issuingLevel and"
              + " score are required";
    } else if (decision.starClass() < 3 || decision.starClass() > 5) {
      problem = "certificates exist for 3 to 5 stars only, not " + decision.starClass();
    } else if (decision.validityMonths() < 1) {
      problem = "validityMonths must be positive, not " + decision.validityMonths();
    } else if (decision.score().compareTo(BigDecimal.ZERO) < 0
        || decision.score().compareTo(BigDecimal.valueOf(100)) > 0) {
      problem = "score must be between 0 and 100, not " + decision.score();
    }
    if (problem != null) {
      throw new PoisonEventException(
          "recognition decision " + decision.decisionId() + " rejected: " + problem, null);
    }
  }
}
