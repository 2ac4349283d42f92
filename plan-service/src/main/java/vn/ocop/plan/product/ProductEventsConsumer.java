package vn.ocop.plan.product;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.ocop.contracts.EventTypes;
import vn.ocop.contracts.Topics;
import vn.ocop.contracts.registry.ProductRegistered;
import vn.ocop.contracts.registry.ProductState;
import vn.ocop.contracts.registry.ProductUpdated;
import vn.ocop.plan.fact.Applier;
import vn.ocop.plan.fact.FactPlace;
import vn.ocop.plan.fact.FactPlaces;
import vn.ocop.plan.fact.FactTopic;
import vn.ocop.plan.fact.LiveFacts;
import vn.ocop.platform.inbox.InboundEvent;
import vn.ocop.platform.inbox.InboundEvents;
import vn.ocop.platform.inbox.PoisonEventException;

/**
 * Reads the registry's product topic ({@code ocop.registry.product.v1}) into product facts: a
 * registration, an edit and a status change (discontinued, resumed) each carry the product's state;
 * the latest by event time stands. Other types are consumed and skipped.
 */
@ApplicationScoped
public class ProductEventsConsumer implements FactTopic {
  public static final String CONSUMER = "plan.product-facts";

  private final InboundEvents inbound;
  private final LiveFacts live;
  private final FactPlaces places;
  private final ProductFacts facts;

  ProductEventsConsumer(
      InboundEvents inbound, LiveFacts live, FactPlaces places, ProductFacts facts) {
    this.inbound = inbound;
    this.live = live;
    this.places = places;
    this.facts = facts;
  }

  @Incoming("products")
  @Blocking(ordered = true)
  public void onProductEvent(ConsumerRecord<String, String> record) {
    live.apply(this, record);
  }

  @Override
  public String topic() {
    return Topics.REGISTRY_PRODUCT;
  }

  @Override
  public String consumer() {
    return CONSUMER;
  }

  @Override
  public List<String> tables() {
    return List.of("product_fact");
  }

  @Override
  public Outcome handle(ConsumerRecord<String, String> record, Applier applier) {
    String type = inbound.parse(record.value(), JsonNode.class).type();
    if (EventTypes.PRODUCT_REGISTERED.equals(type)) {
      InboundEvent<ProductRegistered> event =
          inbound.parse(record.value(), ProductRegistered.class);
      ProductRegistered product = event.data();
      ProductFact.State state =
          state(
              event,
              product.productId(),
              product.subjectId(),
              product.name(),
              product.productSet(),
              product.productGroup(),
              product.status(),
              product.provinceCode(),
              product.currentProvinceCode(),
              product.mapVersion(),
              product.communeCode());
      return Outcome.of(
          applier.apply(
              record,
              CONSUMER,
              ProductRegistered.class,
              e -> facts.record(e, product.productId(), state)));
    }
    if (EventTypes.PRODUCT_UPDATED.equals(type) || EventTypes.PRODUCT_STATUS_CHANGED.equals(type)) {
      InboundEvent<ProductUpdated> event = inbound.parse(record.value(), ProductUpdated.class);
      ProductUpdated updated = event.data();
      ProductState after = updated.after();
      if (after == null) {
        throw new PoisonEventException("product update lacks the state after the change", null);
      }
      ProductFact.State state =
          state(
              event,
              updated.productId(),
              updated.subjectId(),
              after.name(),
              after.productSet(),
              after.productGroup(),
              after.status(),
              after.provinceCode(),
              after.currentProvinceCode(),
              after.mapVersion(),
              after.communeCode());
      return Outcome.of(
          applier.apply(
              record,
              CONSUMER,
              ProductUpdated.class,
              e -> facts.record(e, updated.productId(), state)));
    }
    return Outcome.skipped(applier.apply(record, CONSUMER, JsonNode.class, e -> {}));
  }

  private ProductFact.State state(
      InboundEvent<?> event,
      UUID productId,
      UUID subjectId,
      String name,
      int productSet,
      int productGroup,
      String status,
      String provinceCode,
      String currentProvinceCode,
      String mapVersion,
      String communeCode) {
    if (productId == null || subjectId == null) {
      throw new PoisonEventException("product event lacks productId or subjectId", null);
    }
    if (event.time() == null) {
      throw new PoisonEventException(
          "product event " + event.id() + " has no time: its order is unknown", null);
    }
    if (productGroup < 1 || productGroup > 6) {
      throw new PoisonEventException(
          "product " + productId + " has product group " + productGroup, null);
    }
    FactPlace place =
        places.place(
            "product " + productId, provinceCode, currentProvinceCode, mapVersion, communeCode);
    return new ProductFact.State(subjectId, name, productSet, productGroup, status, place);
  }
}
