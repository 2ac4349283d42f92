package vn.ocop.registry.verification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.contracts.EventTypes;
import vn.ocop.contracts.Topics;
import vn.ocop.contracts.registry.CertificateIssued;
import vn.ocop.contracts.registry.CertificateStatusChanged;
import vn.ocop.contracts.registry.ProductState;
import vn.ocop.contracts.registry.ProductUpdated;
import vn.ocop.contracts.registry.SubjectState;
import vn.ocop.contracts.registry.SubjectUpdated;
import vn.ocop.devstack.Await;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.registry.support.RegistryEvents;
import vn.ocop.registry.support.RegistryRows;
import vn.ocop.registry.support.RegistryRows.Certificate;
import vn.ocop.registry.support.RegistryRows.Place;

/**
 * The verification answers come from memory, and the registry's events keep that memory fresh: a
 * change written to the database alone is not seen (proof that the answer is cached), the same
 * change announced on Kafka is (as the outbox relay would announce it).
 */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "registry"))
class VerificationCacheTest {
  @Inject VerificationCacheEvents events;
  @Inject VerificationCache cache;

  private UUID subject;
  private UUID product;
  private Certificate certificate;

  @BeforeEach
  void certificateInForceAndItsConsumerListening() {
    awaitCacheConsumerAssigned();
    subject = RegistryRows.subject("HTX Cà phê Ea Kao " + UUID.randomUUID(), Place.BUON_MA_THUOT);
    product = RegistryRows.product(subject, "Cà phê hạt Ea Kao", 13, Place.BUON_MA_THUOT);
    certificate = RegistryRows.certificateInForce(product, 4);
  }

  @Test
  void statusChangeIsServedOnlyOnceItsEventArrives() {
    answerCached();
    verify().body("verdict", equalTo("VALID"));

    RegistryRows.update("update certificate set status = 'REVOKED' where id = ?", certificate.id());

    for (int i = 0; i < 3; i++) {
      verify().body("verdict", equalTo("VALID")).body("status", equalTo("ISSUED"));
    }

    publishStatusChanged("ISSUED", "REVOKED");

    awaitVerdict("REVOKED");
    verify().body("message.vi", equalTo("Giấy chứng nhận đã bị thu hồi"));
  }

  @Test
  void productRenameIsServedOnceItsEventArrives() {
    answerCached();
    verify().body("product.name", equalTo("Cà phê hạt Ea Kao"));

    RegistryRows.update(
        "update product set name = 'Cà phê hạt Ea Kao rang mộc' where id = ?", product);
    verify().body("product.name", equalTo("Cà phê hạt Ea Kao"));

    ProductState before = productState("Cà phê hạt Ea Kao");
    ProductState after = productState("Cà phê hạt Ea Kao rang mộc");
    RegistryEvents.send(
        Topics.REGISTRY_PRODUCT,
        product,
        EventTypes.PRODUCT_UPDATED,
        new ProductUpdated(product, subject, before, after, List.of("name")));

    Await.untilTrue(
        "the new product name",
        () -> "Cà phê hạt Ea Kao rang mộc".equals(verify().extract().path("product.name")));
  }

  @Test
  void subjectRenameIsServedOnceItsEventArrives() {
    answerCached();
    String oldName = verify().extract().path("subject.name");

    RegistryRows.update("update subject set name = 'HTX Nông nghiệp Ea Kao' where id = ?", subject);
    verify().body("subject.name", equalTo(oldName));

    RegistryEvents.send(
        Topics.REGISTRY_SUBJECT,
        subject,
        EventTypes.SUBJECT_UPDATED,
        new SubjectUpdated(
            subject,
            subjectState(oldName),
            subjectState("HTX Nông nghiệp Ea Kao"),
            List.of("name")));

    Await.untilTrue(
        "the new subject name",
        () -> "HTX Nông nghiệp Ea Kao".equals(verify().extract().path("subject.name")));
  }

  @Test
  void unknownCodeStaysUnknownUntilACertificateIsIssued() {
    String code = RegistryRows.publicCode();
    given().get("/public/verify/" + code).then().statusCode(404);

    Certificate issued = RegistryRows.certificateInForce(product, 5);
    RegistryRows.update("update certificate set public_code = ? where id = ?", code, issued.id());
    given().get("/public/verify/" + code).then().statusCode(404);

    RegistryEvents.send(
        Topics.REGISTRY_CERTIFICATE,
        issued.id(),
        EventTypes.CERTIFICATE_ISSUED,
        new CertificateIssued(
            issued.id(),
            null,
            product,
            subject,
            "66",
            "24133",
            13,
            1,
            5,
            null,
            "1/QĐ-UBND",
            LocalDate.now(),
            "Ủy ban nhân dân tỉnh Đắk Lắk",
            "PROVINCE",
            LocalDate.now(),
            LocalDate.now().plusYears(3),
            "NEW",
            null,
            "ISSUED",
            "IMPORT",
            "2025-07",
            "66",
            36));

    Await.untilTrue(
        "the new certificate verified",
        () -> given().get("/public/verify/" + code).statusCode() == 200);
    given().get("/public/verify/" + code).then().body("starClass", equalTo(5));
  }

  /**
   * A load is not kept when any eviction happened while it ran (the cache's generation guard), and
   * events of earlier tests may still be arriving: scan until the answer is held.
   */
  private void answerCached() {
    Await.untilTrue(
        "the answer cached",
        () -> {
          verify();
          return cache.fresh(certificate.code()) != null;
        });
  }

  private io.restassured.response.ValidatableResponse verify() {
    return given().get("/public/verify/" + certificate.code()).then().statusCode(200);
  }

  private void awaitVerdict(String verdict) {
    Await.untilTrue("verdict " + verdict, () -> verdict.equals(verify().extract().path("verdict")));
  }

  private void publishStatusChanged(String oldStatus, String newStatus) {
    LocalDate decided = RegistryRows.today().minusYears(1);
    RegistryEvents.send(
        Topics.REGISTRY_CERTIFICATE,
        certificate.id(),
        EventTypes.CERTIFICATE_STATUS_CHANGED,
        new CertificateStatusChanged(
            certificate.id(),
            product,
            subject,
            "66",
            "66",
            4,
            decided,
            decided.plusMonths(36),
            oldStatus,
            newStatus,
            "Vi phạm quy chế quản lý sản phẩm OCOP",
            "77/QĐ-UBND",
            RegistryRows.today(),
            null,
            Instant.now(),
            "officer.daklak"));
  }

  private void awaitCacheConsumerAssigned() {
    RegistryEvents.awaitAssigned(
        "the verification cache consumer",
        events::eventsSeen,
        () -> {
          UUID probe = UUID.randomUUID();
          RegistryEvents.send(
              Topics.REGISTRY_SUBJECT,
              probe,
              EventTypes.SUBJECT_UPDATED,
              new SubjectUpdated(probe, subjectState("probe"), subjectState("probe"), List.of()));
        });
  }

  private static ProductState productState(String name) {
    return new ProductState(
        name,
        null,
        13,
        "Cà phê, ca cao",
        1,
        "2025-07",
        "66",
        null,
        "24133",
        "66",
        "REGISTERED",
        null);
  }

  private static SubjectState subjectState(String name) {
    return new SubjectState(
        "COOPERATIVE",
        "TAX_CODE",
        "6001234567",
        name,
        "2025-07",
        "66",
        null,
        "24133",
        "66",
        "Y Bhim Niê",
        false,
        true);
  }
}
