package vn.ocop.registry.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.ocop.registry.support.ImportFiles.CSV;
import static vn.ocop.registry.support.ImportFiles.row;
import static vn.ocop.registry.support.ImportFiles.upload;
import static vn.ocop.registry.support.ImportFiles.with;
import static vn.ocop.registry.support.ImportFiles.withoutCertificate;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import vn.ocop.contracts.EventTypes;
import vn.ocop.contracts.Topics;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.devstack.TestKafka;
import vn.ocop.devstack.TestTokens;
import vn.ocop.registry.support.Db;
import vn.ocop.registry.support.ImportFiles;
import vn.ocop.registry.support.Rows;

/** 10,000 rows import in one request, with every record's event, and re-import creates nothing. */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "registry"))
class ImportVolumeTest {
  private static final int SUBJECTS = 4_000;
  private static final int PRODUCTS = 10_000;
  private static final int CERTIFICATES = 8_000;

  @Test
  void tenThousandRowsImportInOneRequestWithTheirEvents() {
    String username = "bulk." + UUID.randomUUID();
    String token = TestTokens.nationalOfficer(username);
    byte[] file = ImportFiles.utf8(ImportFiles.csv(rows()));

    upload(token, CSV, file, "")
        .statusCode(201)
        .body("outcome", equalTo("CREATED"))
        .body("totals.rows", equalTo(PRODUCTS))
        .body("totals.rejectedRows", equalTo(0))
        .body("totals.subjectsCreated", equalTo(SUBJECTS))
        .body("totals.productsCreated", equalTo(PRODUCTS))
        .body("totals.certificatesCreated", equalTo(CERTIFICATES));

    assertThat(Db.count("select count(*) from subject where created_by = ?", username))
        .isEqualTo(SUBJECTS);
    assertThat(Db.count("select count(*) from product where created_by = ?", username))
        .isEqualTo(PRODUCTS);
    assertThat(
            Db.count(
                "select count(*) from certificate c join subject s on s.id = c.subject_id"
                    + " where s.created_by = ? and c.origin = 'IMPORT'",
                username))
        .isEqualTo(CERTIFICATES);
    assertThat(
            Db.count(
                "select count(*) from certificate_status_history where changed_by = ?", username))
        .isEqualTo(CERTIFICATES);
    assertThat(
            Db.count(
                "select count(*) from subject where created_by = ? and map_version = '2025-03'"
                    + " and district_code is not null",
                username))
        .isGreaterThan(1000);
    // One event per record, each keyed by its record.
    assertThat(
            Db.count(
                "select count(*) from outbox_event o join subject s on o.message_key = s.id::text"
                    + " where s.created_by = ? and o.event_type = ?",
                username,
                EventTypes.SUBJECT_REGISTERED))
        .isEqualTo(SUBJECTS);
    assertThat(
            Db.count(
                "select count(*) from outbox_event o join product p on o.message_key = p.id::text"
                    + " where p.created_by = ? and o.event_type = ?",
                username,
                EventTypes.PRODUCT_REGISTERED))
        .isEqualTo(PRODUCTS);
    assertThat(
            Db.count(
                "select count(*) from outbox_event o join certificate c on o.message_key ="
                    + " c.id::text join subject s on s.id = c.subject_id where s.created_by = ?"
                    + " and o.event_type = ?",
                username,
                EventTypes.CERTIFICATE_ISSUED))
        .isEqualTo(CERTIFICATES);

    // A sample reaches Kafka: the first subject, a product and the last certificate.
    String subject =
        (String)
            Rows.list("select id from subject where created_by = ? order by name limit 1", username)
                .get(0)
                .get("id");
    Map<String, Object> certificate =
        Rows.list(
                "select c.id, c.product_id, c.status, c.star_class from certificate c join"
                    + " subject s on s.id = c.subject_id where s.created_by = ?"
                    + " order by c.decision_number desc limit 1",
                username)
            .get(0);
    JsonNode subjectEvent =
        TestKafka.json(
            TestKafka.awaitRecord(Topics.REGISTRY_SUBJECT, r -> subject.equals(r.key())).value());
    assertThat(subjectEvent.path("type").asText()).isEqualTo(EventTypes.SUBJECT_REGISTERED);
    String product = (String) certificate.get("product_id");
    JsonNode productEvent =
        TestKafka.json(
            TestKafka.awaitRecord(Topics.REGISTRY_PRODUCT, r -> product.equals(r.key())).value());
    assertThat(productEvent.path("data").path("productId").asText()).isEqualTo(product);
    JsonNode certificateEvent =
        TestKafka.json(
            TestKafka.awaitRecord(
                    Topics.REGISTRY_CERTIFICATE, r -> certificate.get("id").equals(r.key()))
                .value());
    assertThat(certificateEvent.path("data").path("origin").asText()).isEqualTo("IMPORT");
    assertThat(certificateEvent.path("data").path("status").asText())
        .isEqualTo(certificate.get("status"));
    assertThat(certificateEvent.path("data").path("starClass").asText())
        .isEqualTo(certificate.get("star_class"));

    // The same file again: found with one query per table, nothing new.
    long writes = Db.writes();
    upload(token, CSV, file, "")
        .statusCode(200)
        .body("outcome", equalTo("UNCHANGED"))
        .body("totals.subjectsExisting", equalTo(SUBJECTS))
        .body("totals.productsExisting", equalTo(PRODUCTS))
        .body("totals.certificatesExisting", equalTo(CERTIFICATES));
    assertThat(Db.writes()).isEqualTo(writes);
  }

  /**
   * 4,000 subjects of every type on both maps (every third on the pre-merger map, with its
   * district), 2 or 3 products each, 4 of 5 products certified at 3 to 5 stars.
   */
  private static List<Map<String, String>> rows() {
    List<Map<String, Object>> current =
        Rows.list(
            "select code, province_code from admin_unit where map_version = '2025-07'"
                + " and level = 'COMMUNE' order by code");
    List<Map<String, Object>> preMerger =
        Rows.list(
            "select code, province_code, district_code from admin_unit"
                + " where map_version = '2025-03' and level = 'COMMUNE' order by code");
    Set<String> identifiers = new HashSet<>();
    String run = Long.toString(System.nanoTime(), 36);
    List<Map<String, String>> rows = new ArrayList<>(PRODUCTS);
    int productRow = 0;
    for (int s = 0; s < SUBJECTS; s++) {
      boolean old = s % 3 == 0;
      Map<String, Object> commune =
          old ? preMerger.get((s * 7) % preMerger.size()) : current.get((s * 7) % current.size());
      String[] typeAndId = typeAndIdentifier(s, identifiers);
      Map<String, String> subject =
          with(
              row(),
              "map_version",
              old ? "2025-03" : "2025-07",
              "subject_type",
              typeAndId[0],
              "subject_identifier",
              typeAndId[1],
              "subject_name",
              String.format("Chủ thể %s số %05d", run, s),
              "province_code",
              (String) commune.get("province_code"),
              "district_code",
              old ? (String) commune.get("district_code") : "",
              "commune_code",
              (String) commune.get("code"));
      int products = s % 2 == 0 ? 3 : 2;
      for (int p = 0; p < products; p++, productRow++) {
        Map<String, String> product =
            with(
                subject,
                "product_name",
                "Sản phẩm " + (p + 1) + " của chủ thể " + s,
                "product_set",
                Integer.toString(1 + (productRow % 26)),
                "certificate_decision_number",
                String.format("%s-%06d/QĐ-UBND", run, productRow));
        rows.add(
            productRow % 5 == 4 ? withoutCertificate(product) : certified(product, productRow));
      }
    }
    return rows;
  }

  private static Map<String, String> certified(Map<String, String> row, int n) {
    int stars = n % 50 == 0 ? 5 : n % 4 == 0 ? 4 : 3;
    String score =
        switch (stars) {
          case 5 -> "92.5";
          case 4 -> "75.25";
          default -> "58";
        };
    LocalDate decided = LocalDate.of(2020, 1, 1).plusDays(n % 2000);
    return with(
        row,
        "star_class",
        Integer.toString(stars),
        "score",
        score,
        "certificate_decision_date",
        decided.toString(),
        "valid_from",
        decided.toString(),
        "certificate_issuing_level",
        stars == 5 ? "CENTRAL" : "PROVINCE");
  }

  private static String[] typeAndIdentifier(int s, Set<String> taken) {
    String type =
        switch (s % 10) {
          case 0, 1, 2, 3 -> "COOPERATIVE";
          case 4, 5 -> "ENTERPRISE";
          case 6, 7, 8 -> "HOUSEHOLD_BUSINESS";
          default -> "COOPERATIVE_GROUP";
        };
    if (type.equals("COOPERATIVE_GROUP")) {
      return new String[] {type, ""};
    }
    String identifier;
    do {
      long random = ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
      identifier = type.equals("HOUSEHOLD_BUSINESS") ? "0" + random + "1" : Long.toString(random);
    } while (!taken.add(identifier));
    return new String[] {type, identifier};
  }
}
