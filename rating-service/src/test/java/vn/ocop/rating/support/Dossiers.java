package vn.ocop.rating.support;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.ocop.contracts.EventTypes;
import vn.ocop.contracts.Topics;
import vn.ocop.contracts.registry.CertificateIssued;
import vn.ocop.contracts.registry.CertificateStatusChanged;
import vn.ocop.contracts.registry.ProductRegistered;
import vn.ocop.contracts.registry.SubjectRegistered;
import vn.ocop.devstack.Await;
import vn.ocop.devstack.TestKafka;
import vn.ocop.devstack.TestTokens;

/** Subjects' drafts, certificates from the registry and evidence files, for the dossier tests. */
public final class Dossiers {
  public static final String DOSSIERS = "/api/rating/v1/dossiers";

  private Dossiers() {}

  /** A subject and one of its products in a commune, announced by the registry. */
  public static Registry.Product productInCommune(String provinceCode, String communeCode) {
    UUID subjectId = UUID.randomUUID();
    UUID productId = UUID.randomUUID();
    String name = "Cà phê bột " + productId.toString().substring(0, 6);
    Registry.publishSubject(
        UUID.randomUUID(),
        new SubjectRegistered(
            subjectId,
            "COOPERATIVE",
            "TAX_CODE",
            "6001234567",
            "HTX Ea Tu",
            provinceCode,
            communeCode,
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
            name,
            13,
            "Cà phê, ca cao",
            1,
            provinceCode,
            communeCode,
            "ACTIVE",
            null,
            null,
            null,
            null));
    Registry.awaitProduct(productId);
    return new Registry.Product(subjectId, productId, name, provinceCode);
  }

  /** The registry issues a certificate for the product and the read model learns it. */
  public static UUID issueCertificate(
      Registry.Product product, int stars, String status, LocalDate validTo) {
    UUID certificateId = UUID.randomUUID();
    sendIssued(UUID.randomUUID(), certificateId, certificateId, product, stars, status, validTo);
    awaitCertificate(certificateId, status);
    return certificateId;
  }

  /**
   * Publishes a certificate's issue as the registry would, under the given event id and Kafka key
   * (the certificate's id, unless a test needs another record on the same partition).
   */
  public static void sendIssued(
      UUID eventId,
      UUID key,
      UUID certificateId,
      Registry.Product product,
      int stars,
      String status,
      LocalDate validTo) {
    CertificateIssued issued =
        new CertificateIssued(
            certificateId,
            null,
            product.productId(),
            product.subjectId(),
            product.provinceCode(),
            null,
            13,
            1,
            stars,
            new BigDecimal("75.00"),
            "123/QĐ-UBND",
            validTo.minusYears(3),
            "UBND tỉnh",
            "PROVINCE",
            validTo.minusYears(3),
            validTo,
            "NEW",
            null,
            status,
            "IMPORT",
            "2025",
            product.provinceCode(),
            36);
    TestKafka.send(
        Topics.REGISTRY_CERTIFICATE,
        key.toString(),
        Registry.envelope(eventId, EventTypes.CERTIFICATE_ISSUED, certificateId, issued));
  }

  public static void changeCertificateStatus(
      Registry.Product product, UUID certificateId, int stars, LocalDate validTo, String to) {
    CertificateStatusChanged changed =
        new CertificateStatusChanged(
            certificateId,
            product.productId(),
            product.subjectId(),
            product.provinceCode(),
            product.provinceCode(),
            stars,
            validTo.minusYears(3),
            validTo,
            "ISSUED",
            to,
            "test",
            null,
            null,
            null,
            Instant.now(),
            "registry");
    TestKafka.send(
        Topics.REGISTRY_CERTIFICATE,
        certificateId.toString(),
        Registry.envelope(
            UUID.randomUUID(), EventTypes.CERTIFICATE_STATUS_CHANGED, certificateId, changed));
    awaitCertificate(certificateId, to);
  }

  public static void awaitCertificate(UUID certificateId, String status) {
    Await.untilTrue(
        "certificate " + certificateId + " " + status + " in the read model",
        () ->
            Tables.count(
                    "select count(*) from certificate_ref where certificate_id = ? and status = ?",
                    List.of(certificateId, status))
                == 1);
  }

  public static String subject(Registry.Product product) {
    return TestTokens.subjectMember(
        "member." + product.subjectId().toString().substring(0, 8),
        product.provinceCode(),
        product.subjectId());
  }

  public static String communeOfficer(String provinceCode, String communeCode) {
    return TestTokens.token(
        "commune." + communeCode,
        Set.of("commune-officer"),
        Map.of("province", provinceCode, "commune", communeCode));
  }

  /** Opens a dossier; returns the answer's id. */
  public static String open(String token, String cycleId, Registry.Product product, String kind) {
    return Api.as(token)
        .body(Map.of("cycleId", cycleId, "productId", product.productId().toString(), "kind", kind))
        .post(DOSSIERS)
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  /** Uploads a file; returns the evidence id. */
  public static String upload(
      String token, String dossierId, byte[] content, String title, String... criteria) {
    return Api.as(token)
        .contentType("application/pdf")
        .header("X-File-Name", "tai-lieu.pdf")
        .queryParam("title", title)
        .queryParam("kind", "TEST_REPORT")
        .queryParam("criterion", (Object[]) criteria)
        .body(content)
        .post(DOSSIERS + "/{id}/evidence", dossierId)
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  public static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
