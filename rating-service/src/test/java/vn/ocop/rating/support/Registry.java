package vn.ocop.rating.support;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import vn.ocop.contracts.CloudEvent;
import vn.ocop.contracts.EventTypes;
import vn.ocop.contracts.Topics;
import vn.ocop.contracts.registry.ProductRegistered;
import vn.ocop.contracts.registry.SubjectRegistered;
import vn.ocop.devstack.Await;
import vn.ocop.devstack.TestKafka;

/** Plays the registry service: publishes its subject and product events as CloudEvent JSON. */
public final class Registry {
  private Registry() {}

  /** A subject and one of its products, as the registry announced them. */
  public record Product(UUID subjectId, UUID productId, String name, String provinceCode) {}

  /** Registers a subject and a product in a province and waits until the read model has both. */
  public static Product registerProduct(String provinceCode, String name) {
    UUID subjectId = UUID.randomUUID();
    UUID productId = UUID.randomUUID();
    publishSubject(
        UUID.randomUUID(),
        new SubjectRegistered(
            subjectId,
            "COOPERATIVE",
            "TAX_CODE",
            "6001234567",
            "Hợp tác xã Nông nghiệp Ea Tu",
            provinceCode,
            null,
            null,
            null,
            null,
            null,
            null,
            null));
    publishProduct(
        UUID.randomUUID(),
        new ProductRegistered(
            productId,
            subjectId,
            name,
            13,
            "Cà phê, ca cao",
            1,
            provinceCode,
            null,
            "ACTIVE",
            null,
            null,
            null,
            null));
    awaitProduct(productId);
    return new Product(subjectId, productId, name, provinceCode);
  }

  public static void publishSubject(UUID eventId, SubjectRegistered subject) {
    TestKafka.send(
        Topics.REGISTRY_SUBJECT,
        subject.subjectId().toString(),
        envelope(eventId, EventTypes.SUBJECT_REGISTERED, subject.subjectId(), subject));
  }

  public static void publishProduct(UUID eventId, ProductRegistered product) {
    TestKafka.send(
        Topics.REGISTRY_PRODUCT,
        product.productId().toString(),
        envelope(eventId, EventTypes.PRODUCT_REGISTERED, product.productId(), product));
  }

  public static String envelope(UUID eventId, String type, UUID subject, Object data) {
    return TestKafka.toJson(
        new CloudEvent<>(
            CloudEvent.SPEC_VERSION,
            eventId.toString(),
            "/ocop/registry-service",
            type,
            subject.toString(),
            OffsetDateTime.now(ZoneOffset.UTC),
            CloudEvent.JSON,
            data));
  }

  public static void awaitProduct(UUID productId) {
    Await.untilTrue(
        "product " + productId + " in the read model",
        () ->
            Tables.count(
                    "select count(*) from product_ref where product_id = ?", List.of(productId))
                == 1);
  }
}
