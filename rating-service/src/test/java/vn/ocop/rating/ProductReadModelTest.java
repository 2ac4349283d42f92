package vn.ocop.rating;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ocop.contracts.EventTypes;
import vn.ocop.contracts.Topics;
import vn.ocop.contracts.registry.ProductRegistered;
import vn.ocop.contracts.registry.ProductState;
import vn.ocop.contracts.registry.ProductUpdated;
import vn.ocop.contracts.registry.SubjectRegistered;
import vn.ocop.contracts.registry.SubjectState;
import vn.ocop.contracts.registry.SubjectUpdated;
import vn.ocop.devstack.Await;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.devstack.TestKafka;
import vn.ocop.rating.support.Registry;
import vn.ocop.rating.support.Tables;

/** The read model of the registry's subjects and products, fed only by events. */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "rating"))
class ProductReadModelTest {

  @Test
  void registryEventsFillTheReadModel() {
    UUID subjectId = UUID.randomUUID();
    UUID productId = UUID.randomUUID();
    Registry.publishSubject(
        UUID.randomUUID(),
        new SubjectRegistered(
            subjectId,
            "HOUSEHOLD_BUSINESS",
            "PERSONAL_ID",
            "066012345678",
            "Hộ kinh doanh Cà phê H'Mông",
            "66",
            "24181",
            null,
            null,
            null,
            null,
            null,
            null));
    Registry.publishProduct(
        UUID.randomUUID(),
        new ProductRegistered(
            productId,
            subjectId,
            "Cà phê Robusta rang xay",
            13,
            "Cà phê, ca cao",
            1,
            "66",
            "24181",
            "ACTIVE",
            null,
            null,
            null,
            null));
    Registry.awaitProduct(productId);
    Await.untilTrue(
        "subject in the read model",
        () ->
            Tables.count(
                    "select count(*) from subject_ref where subject_id = ?", List.of(subjectId))
                == 1);

    Map<String, Object> product = productRow(productId);
    assertThat(product)
        .containsEntry("subject_id", subjectId)
        .containsEntry("name", "Cà phê Robusta rang xay")
        .containsEntry("product_set", 13)
        .containsEntry("product_group", 1)
        .containsEntry("province_code", "66")
        .containsEntry("commune_code", "24181")
        .containsEntry("status", "ACTIVE");
    Map<String, Object> subject =
        Tables.query("select * from subject_ref where subject_id = ?", List.of(subjectId)).get(0);
    assertThat(subject)
        .containsEntry("name", "Hộ kinh doanh Cà phê H'Mông")
        .containsEntry("subject_type", "HOUSEHOLD_BUSINESS")
        .containsEntry("province_code", "66");
  }

  @Test
  void aRedeliveredProductEventChangesNothing() {
    UUID eventId = UUID.randomUUID();
    UUID productId = UUID.randomUUID();
    UUID subjectId = UUID.randomUUID();
    Registry.publishProduct(
        eventId,
        new ProductRegistered(
            productId,
            subjectId,
            "Mật ong hoa cà phê",
            4,
            "Mật ong",
            1,
            "66",
            null,
            "ACTIVE",
            null,
            null,
            null,
            null));
    Registry.awaitProduct(productId);
    Map<String, Object> first = productRow(productId);

    // The same event again (same id), even carrying other data, is recognised and skipped.
    Registry.publishProduct(
        eventId,
        new ProductRegistered(
            productId,
            subjectId,
            "Renamed by a redelivery",
            4,
            "Mật ong",
            1,
            "42",
            null,
            "ACTIVE",
            null,
            null,
            null,
            null));
    // A later event on the same key is applied after it, so once it is in, the redelivery was seen.
    UUID sentinelEvent = UUID.randomUUID();
    TestKafka.send(
        Topics.REGISTRY_PRODUCT,
        productId.toString(),
        Registry.envelope(
            sentinelEvent,
            "vn.ocop.product.unknown-fact.v1",
            productId,
            new ProductRegistered(
                productId, subjectId, "ignored", 4, "x", 1, "66", null, "X", null, null, null,
                null)));
    Await.untilTrue(
        "the sentinel event consumed",
        () ->
            Tables.count(
                    "select count(*) from consumed_event where event_id = ?",
                    List.of(sentinelEvent.toString()))
                == 1);

    assertThat(productRow(productId)).isEqualTo(first);
    assertThat(
            Tables.count(
                "select count(*) from consumed_event where event_id = ?",
                List.of(eventId.toString())))
        .isEqualTo(1);
  }

  @Test
  void anUnreadableEventGoesToTheDeadLetterTopicAndDoesNotBlockTheNextOne() {
    UUID productId = UUID.randomUUID();
    String key = productId.toString();
    TestKafka.send(Topics.REGISTRY_PRODUCT, key, "this is not a CloudEvent");
    Registry.publishProduct(
        UUID.randomUUID(),
        new ProductRegistered(
            productId,
            UUID.randomUUID(),
            "Rượu cần Buôn Đôn",
            14,
            "Rượu trắng",
            2,
            "66",
            null,
            "ACTIVE",
            null,
            null,
            null,
            null));

    Registry.awaitProduct(productId);
    var dead =
        TestKafka.awaitRecord(
            "ocop.dlq.rating-service",
            record ->
                key.equals(record.key()) && "this is not a CloudEvent".equals(record.value()));
    assertThat(dead.headers().lastHeader("dead-letter-reason")).isNotNull();
  }

  private static Map<String, Object> productRow(UUID productId) {
    return Tables.query("select * from product_ref where product_id = ?", List.of(productId))
        .get(0);
  }

  @Test
  void updatesFromTheRegistryReplaceTheReadModelRowAndScopeByTheCurrentProvince() {
    Registry.Product registered = Registry.registerProduct("66", "Cà phê hạt rang");
    ProductState before =
        new ProductState(
            "Cà phê hạt rang",
            null,
            13,
            "Cà phê, ca cao",
            1,
            "2025-07",
            "66",
            null,
            null,
            "66",
            "REGISTERED",
            null);
    ProductState after =
        new ProductState(
            "Cà phê hạt rang xay mộc",
            null,
            13,
            "Cà phê, ca cao",
            1,
            "2025-07",
            "66",
            null,
            null,
            "66",
            "DISCONTINUED",
            "Ngừng sản xuất");
    TestKafka.send(
        Topics.REGISTRY_PRODUCT,
        registered.productId().toString(),
        Registry.envelope(
            UUID.randomUUID(),
            EventTypes.PRODUCT_STATUS_CHANGED,
            registered.productId(),
            new ProductUpdated(
                registered.productId(),
                registered.subjectId(),
                before,
                after,
                List.of("name", "status", "statusReason"))));
    Await.untilTrue(
        "the update in the read model",
        () -> "DISCONTINUED".equals(productRow(registered.productId()).get("status")));
    assertThat(productRow(registered.productId())).containsEntry("name", "Cà phê hạt rang xay mộc");

    // A subject of the pre-merger map (Phú Yên, 54) is in Đắk Lắk (66) today.
    SubjectState old =
        new SubjectState(
            "COOPERATIVE",
            "TAX_CODE",
            "4400123456",
            "HTX Xuân Phú",
            "2025-03",
            "54",
            "557",
            "22051",
            "66",
            null,
            false,
            false);
    SubjectState renamed =
        new SubjectState(
            "COOPERATIVE",
            "TAX_CODE",
            "4400123456",
            "HTX Nông nghiệp Xuân Phú",
            "2025-03",
            "54",
            "557",
            "22051",
            "66",
            null,
            false,
            false);
    TestKafka.send(
        Topics.REGISTRY_SUBJECT,
        registered.subjectId().toString(),
        Registry.envelope(
            UUID.randomUUID(),
            EventTypes.SUBJECT_UPDATED,
            registered.subjectId(),
            new SubjectUpdated(registered.subjectId(), old, renamed, List.of("name"))));
    Await.untilTrue(
        "the subject update in the read model",
        () ->
            Tables.count(
                    "select count(*) from subject_ref where subject_id = ? and name = ?"
                        + " and province_code = '66'",
                    List.of(registered.subjectId(), "HTX Nông nghiệp Xuân Phú"))
                == 1);
  }
}
