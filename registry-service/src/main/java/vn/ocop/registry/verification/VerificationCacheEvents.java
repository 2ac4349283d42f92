package vn.ocop.registry.verification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import vn.ocop.contracts.EventTypes;
import vn.ocop.contracts.Topics;

/**
 * Keeps {@link VerificationCache} fresh from the registry's own events: a certificate event evicts
 * that certificate's answer, a product or subject update evicts the answers naming it (names
 * change), a new certificate forgets the codes recently found unknown.
 *
 * <p>Every replica must see every event, so the channel's consumer group is unique per instance and
 * starts at the latest offset (the cache starts empty: older events concern nothing it holds). No
 * consumed-event guard: evicting twice is harmless. An unreadable event clears the whole cache
 * rather than risk a stale answer.
 */
@ApplicationScoped
public class VerificationCacheEvents {
  private static final Logger LOG = Logger.getLogger(VerificationCacheEvents.class);

  private final VerificationCache cache;
  private final ObjectMapper json;
  private final AtomicLong seen = new AtomicLong();

  VerificationCacheEvents(VerificationCache cache, ObjectMapper json) {
    this.cache = cache;
    this.json = json;
  }

  @Incoming("verification-cache")
  public void onEvent(ConsumerRecord<String, String> record) {
    try {
      apply(record.topic(), json.readTree(record.value()));
    } catch (Exception e) {
      LOG.warnf(
          "unreadable event on %s at offset %d (%s): verification cache cleared",
          record.topic(), record.offset(), e.toString());
      cache.clear();
    } finally {
      seen.incrementAndGet();
    }
  }

  /** How many events this instance has handled: lets a test know the consumer is assigned. */
  long eventsSeen() {
    return seen.get();
  }

  private void apply(String topic, JsonNode event) {
    String type = event.path("type").asText("");
    JsonNode data = event.path("data");
    switch (topic) {
      case Topics.REGISTRY_CERTIFICATE -> {
        if (type.equals(EventTypes.CERTIFICATE_EXPIRY_REMINDER)) {
          return;
        }
        if (type.equals(EventTypes.CERTIFICATE_ISSUED)) {
          cache.forgetUnknownCodes();
        }
        cache.evictCertificate(id(data, "certificateId"));
        if (data.hasNonNull("supersededBy")) {
          cache.evictCertificate(id(data, "supersededBy"));
        }
      }
      case Topics.REGISTRY_PRODUCT -> {
        if (!type.equals(EventTypes.PRODUCT_REGISTERED)) {
          cache.evictProduct(id(data, "productId"));
        }
      }
      case Topics.REGISTRY_SUBJECT -> {
        if (!type.equals(EventTypes.SUBJECT_REGISTERED)) {
          cache.evictSubject(id(data, "subjectId"));
        }
      }
      default -> LOG.debugf("event of %s ignored", topic);
    }
  }

  private static UUID id(JsonNode data, String field) {
    return UUID.fromString(data.path(field).asText());
  }
}
