package vn.ocop.plan.product;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import vn.ocop.contracts.EventTypes;
import vn.ocop.contracts.Topics;
import vn.ocop.contracts.registry.ProductRegistered;
import vn.ocop.contracts.registry.ProductState;
import vn.ocop.contracts.registry.ProductUpdated;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.plan.support.DeadLetters;
import vn.ocop.plan.support.Events;
import vn.ocop.plan.support.FactEvents;
import vn.ocop.plan.support.Tables;

/** Products from the registry's product topic: their latest state stands, once per product. */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "plan"))
class ProductEventsTest {

  @Test
  void aProductTakesTheStateOfItsLatestEventWhateverTheOrderTheyArriveIn() {
    List<String> communes = communesOf("11", 2);
    UUID product = UUID.randomUUID();
    UUID subject = UUID.randomUUID();
    String registered =
        FactEvents.publishProduct(
            FactEvents.product(product, subject, 14, 2, "11", communes.get(0)));
    FactEvents.awaitApplied(FactEvents.PRODUCTS, List.of(registered));
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    // A status change (discontinued) that moved it to another commune, then an older edit.
    String changed =
        Events.publish(
            Topics.REGISTRY_PRODUCT,
            product,
            EventTypes.PRODUCT_STATUS_CHANGED,
            now.plusMinutes(5),
            new ProductUpdated(
                product,
                subject,
                state(15, 2, communes.get(0), "REGISTERED"),
                state(15, 2, communes.get(1), "DISCONTINUED"),
                List.of("status", "communeCode")));
    String older =
        Events.publish(
            Topics.REGISTRY_PRODUCT,
            product,
            EventTypes.PRODUCT_UPDATED,
            now.plusMinutes(1),
            new ProductUpdated(
                product,
                subject,
                state(14, 2, communes.get(0), "REGISTERED"),
                state(16, 2, communes.get(0), "REGISTERED"),
                List.of("productSet")));
    FactEvents.awaitApplied(FactEvents.PRODUCTS, List.of(changed, older));

    assertThat(
            Tables.count(
                "select count(*) from product_fact where product_id = ? and product_set = 15"
                    + " and product_group = 2 and commune_code = ? and status = 'DISCONTINUED'"
                    + " and state_event_id = ? and subject_id = ?",
                product,
                communes.get(1),
                changed,
                subject))
        .isEqualTo(1);
  }

  @Test
  void aRedeliveredRegistrationIsAppliedOnce() {
    ProductRegistered product =
        FactEvents.product(UUID.randomUUID(), UUID.randomUUID(), 1, 1, "11", null);
    String eventId = UUID.randomUUID().toString();
    String value =
        Events.envelope(
            eventId, EventTypes.PRODUCT_REGISTERED, OffsetDateTime.now(ZoneOffset.UTC), product);
    RecordMetadata first =
        Events.send(Topics.REGISTRY_PRODUCT, product.productId().toString(), value);
    Events.sendTo(
        Topics.REGISTRY_PRODUCT, first.partition(), product.productId().toString(), value);
    Events.drain(Topics.REGISTRY_PRODUCT, FactEvents.PRODUCTS);

    assertThat(
            Tables.count(
                "select count(*) from consumed_event where consumer = ? and event_id = ?",
                FactEvents.PRODUCTS,
                eventId))
        .isEqualTo(1);
    assertThat(
            Tables.count(
                "select count(*) from product_fact where product_id = ? and state_event_id = ?",
                product.productId(),
                eventId))
        .isEqualTo(1);
  }

  @Test
  void aProductOfAnUnknownGroupIsDeadLetteredAndWritesNothing() {
    ProductRegistered product =
        FactEvents.product(UUID.randomUUID(), UUID.randomUUID(), 1, 9, "11", null);
    String eventId = UUID.randomUUID().toString();
    String value =
        Events.envelope(
            eventId, EventTypes.PRODUCT_REGISTERED, OffsetDateTime.now(ZoneOffset.UTC), product);
    Events.send(Topics.REGISTRY_PRODUCT, product.productId().toString(), value);

    ConsumerRecord<String, String> letter = DeadLetters.awaitValue(value);

    assertThat(DeadLetters.header(letter, "dead-letter-reason")).contains("product group 9");
    assertThat(Tables.consumed(FactEvents.PRODUCTS, eventId)).isFalse();
    assertThat(
            Tables.count(
                "select count(*) from product_fact where product_id = ?", product.productId()))
        .isZero();
  }

  private static ProductState state(int set, int group, String commune, String status) {
    return new ProductState(
        "Mật ong",
        null,
        set,
        "Bộ " + set,
        group,
        "2025-07",
        "11",
        null,
        commune,
        "11",
        status,
        null);
  }

  static List<String> communesOf(String province, int count) {
    return Tables.strings(
        "select code from commune where province_code = ? order by code limit " + count, province);
  }
}
