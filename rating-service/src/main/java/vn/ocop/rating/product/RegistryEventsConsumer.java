package vn.ocop.rating.product;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import vn.ocop.contracts.EventTypes;
import vn.ocop.contracts.registry.ProductRegistered;
import vn.ocop.contracts.registry.SubjectRegistered;
import vn.ocop.platform.inbox.InboundEvents;

/**
 * Keeps the product read model in step with the registry: subject and product events are applied
 * once each (a redelivery changes nothing), in partition order.
 */
@ApplicationScoped
public class RegistryEventsConsumer {
  static final String SUBJECTS = "rating.subject-read-model";
  static final String PRODUCTS = "rating.product-read-model";
  private static final Logger LOG = Logger.getLogger(RegistryEventsConsumer.class);

  private final InboundEvents inbound;
  private final ProductCatalogue catalogue;

  RegistryEventsConsumer(InboundEvents inbound, ProductCatalogue catalogue) {
    this.inbound = inbound;
    this.catalogue = catalogue;
  }

  @Incoming("registry-subjects")
  @Blocking(ordered = true)
  public void onSubject(ConsumerRecord<String, String> record) {
    inbound.apply(
        record,
        SUBJECTS,
        SubjectRegistered.class,
        event -> {
          if (EventTypes.SUBJECT_REGISTERED.equals(event.type())) {
            catalogue.upsert(event.data(), Instant.now());
          } else {
            LOG.debugf("%s: ignoring event type %s", SUBJECTS, event.type());
          }
        });
  }

  @Incoming("registry-products")
  @Blocking(ordered = true)
  public void onProduct(ConsumerRecord<String, String> record) {
    inbound.apply(
        record,
        PRODUCTS,
        ProductRegistered.class,
        event -> {
          if (EventTypes.PRODUCT_REGISTERED.equals(event.type())) {
            catalogue.upsert(event.data(), Instant.now());
          } else {
            LOG.debugf("%s: ignoring event type %s", PRODUCTS, event.type());
          }
        });
  }
}
