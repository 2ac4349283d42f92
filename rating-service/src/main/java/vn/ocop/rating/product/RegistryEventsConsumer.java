package vn.ocop.rating.product;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import vn.ocop.contracts.EventTypes;
import vn.ocop.contracts.registry.ProductRegistered;
import vn.ocop.contracts.registry.ProductState;
import vn.ocop.contracts.registry.ProductUpdated;
import vn.ocop.contracts.registry.SubjectRegistered;
import vn.ocop.contracts.registry.SubjectState;
import vn.ocop.contracts.registry.SubjectUpdated;
import vn.ocop.platform.inbox.InboundEvents;
import vn.ocop.platform.inbox.PoisonEventException;

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
    String type = inbound.parse(record.value(), JsonNode.class).type();
    if (EventTypes.SUBJECT_UPDATED.equals(type)) {
      inbound.apply(
          record,
          SUBJECTS,
          SubjectUpdated.class,
          event -> catalogue.upsert(registered(event.data()), Instant.now()));
      return;
    }
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
    String type = inbound.parse(record.value(), JsonNode.class).type();
    if (EventTypes.PRODUCT_UPDATED.equals(type) || EventTypes.PRODUCT_STATUS_CHANGED.equals(type)) {
      inbound.apply(
          record,
          PRODUCTS,
          ProductUpdated.class,
          event -> catalogue.upsert(registered(event.data()), Instant.now()));
      return;
    }
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

  /** An update carries the whole new state: the read model takes it as a registration would. */
  static SubjectRegistered registered(SubjectUpdated update) {
    SubjectState s = requireAfter(update.after(), "subject", update.subjectId());
    return new SubjectRegistered(
        update.subjectId(),
        s.subjectType(),
        s.identifierKind(),
        s.identifier(),
        s.name(),
        s.provinceCode(),
        s.communeCode(),
        s.mapVersion(),
        s.districtCode(),
        s.currentProvinceCode(),
        s.representative(),
        s.womanLed(),
        s.ethnicMinorityLed());
  }

  static ProductRegistered registered(ProductUpdated update) {
    ProductState p = requireAfter(update.after(), "product", update.productId());
    return new ProductRegistered(
        update.productId(),
        update.subjectId(),
        p.name(),
        p.productSet(),
        p.productSetName(),
        p.productGroup(),
        p.provinceCode(),
        p.communeCode(),
        p.status(),
        p.mapVersion(),
        p.districtCode(),
        p.currentProvinceCode(),
        p.description());
  }

  private static <T> T requireAfter(T after, String what, Object id) {
    if (after == null) {
      throw new PoisonEventException("update of " + what + " " + id + " has no new state", null);
    }
    return after;
  }
}
