package vn.ocop.registry.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static vn.ocop.registry.support.Fixtures.NATIONAL;
import static vn.ocop.registry.support.Fixtures.OFFICER_01;
import static vn.ocop.registry.support.Fixtures.OFFICER_66;
import static vn.ocop.registry.support.Fixtures.as;
import static vn.ocop.registry.support.ImportFiles.A_YEAR_AGO;
import static vn.ocop.registry.support.ImportFiles.TODAY;
import static vn.ocop.registry.support.ImportFiles.XLSX;
import static vn.ocop.registry.support.ImportFiles.row;
import static vn.ocop.registry.support.ImportFiles.upload;
import static vn.ocop.registry.support.ImportFiles.uploadCsv;
import static vn.ocop.registry.support.ImportFiles.with;
import static vn.ocop.registry.support.ImportFiles.withoutCertificate;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.ocop.contracts.EventTypes;
import vn.ocop.contracts.Topics;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.devstack.TestKafka;
import vn.ocop.registry.support.Db;
import vn.ocop.registry.support.Fixtures;
import vn.ocop.registry.support.ImportFiles;
import vn.ocop.registry.support.Rows;

/** Bulk import of subjects, products and historical certificates: what is written and reported. */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "registry"))
class ImportTest {

  @Test
  void importWritesSubjectsProductsCertificatesTheirHistoryAndEvents() {
    Map<String, String> coffee = row();
    Map<String, String> secondProduct =
        with(
            withoutCertificate(coffee),
            "product_name",
            "Cà phê hạt rang Ea Tu",
            "product_description",
            "");
    String personalId = Fixtures.personalId();
    Map<String, String> honey =
        with(
            row(),
            "subject_type",
            "Hộ kinh doanh",
            "subject_identifier",
            personalId,
            "subject_name",
            "Hộ kinh doanh Mật ong H'Nga",
            "woman_led",
            "có",
            "product_name",
            "Mật ong hoa cà phê",
            "product_set",
            "4",
            "star_class",
            "3",
            "score",
            "62,25",
            "certificate_decision_date",
            "10/01/2022",
            "valid_from",
            "10/01/2022",
            "certificate_issuing_level",
            "DISTRICT",
            "certificate_issuing_body",
            "Ủy ban nhân dân thành phố Buôn Ma Thuột");
    // A cooperative group of the pre-merger map (Phú Yên, now part of Đắk Lắk), revoked.
    String groupName = "Tổ hợp tác Cá ngừ Đại dương " + System.nanoTime();
    Map<String, String> tuna =
        with(
            row(),
            "map_version",
            "2025-03",
            "subject_type",
            "Tổ hợp tác",
            "subject_identifier",
            "",
            "subject_name",
            groupName,
            "province_code",
            "54",
            "district_code",
            "555",
            "commune_code",
            "22015",
            "product_name",
            "Cá ngừ đại dương đông lạnh",
            "product_set",
            "2",
            "star_class",
            "5",
            "score",
            "90",
            "certificate_decision_date",
            "2023-03-01",
            "valid_from",
            "2023-03-01",
            "valid_to",
            "2026-03-01",
            "certificate_issuing_level",
            "CENTRAL",
            "certificate_status",
            "REVOKED",
            "certificate_status_reason",
            "Không duy trì tiêu chí bắt buộc");

    JsonPath report =
        uploadCsv(OFFICER_66, List.of(coffee, secondProduct, honey, tuna), "")
            .statusCode(201)
            .contentType("application/json")
            .body("outcome", equalTo("CREATED"))
            .body("totals.rows", equalTo(4))
            .body("totals.validRows", equalTo(4))
            .body("totals.rejectedRows", equalTo(0))
            .body("totals.subjectsCreated", equalTo(3))
            .body("totals.subjectsExisting", equalTo(0))
            .body("totals.productsCreated", equalTo(4))
            .body("totals.certificatesCreated", equalTo(3))
            .body("errors.size()", equalTo(0))
            .body("mode", equalTo("ALL_OR_NOTHING"))
            .body("format", equalTo("CSV"))
            .body("createdBy", equalTo("officer.daklak"))
            .extract()
            .jsonPath();
    String importId = report.getString("id");

    // The cooperative, as the file gives it.
    Map<String, Object> cooperative =
        Rows.single("select * from subject where identifier = ?", coffee.get("subject_identifier"));
    assertThat(cooperative)
        .containsEntry("type", "COOPERATIVE")
        .containsEntry("identifier_kind", "TAX_CODE")
        .containsEntry("name", coffee.get("subject_name"))
        .containsEntry("map_version", "2025-07")
        .containsEntry("province_code", "66")
        .containsEntry("district_code", null)
        .containsEntry("commune_code", "24133")
        .containsEntry("current_province_code", "66")
        .containsEntry("address", "Thôn 3, phường Buôn Ma Thuột")
        .containsEntry("representative", "Y Bhim Niê")
        .containsEntry("phone", "0912345678")
        .containsEntry("email", coffee.get("email"))
        .containsEntry("woman_led", "false")
        .containsEntry("ethnic_minority_led", "true")
        .containsEntry("created_by", "officer.daklak");
    String cooperativeId = (String) cooperative.get("id");
    assertThat(
            Rows.list(
                "select name, description, product_set, status, map_version, commune_code,"
                    + " current_province_code from product where subject_id = ?::uuid"
                    + " order by name",
                cooperativeId))
        .containsExactly(
            Map.of(
                "name", "Cà phê bột Ea Tu " + number(coffee),
                "description", "Cà phê Robusta rang xay",
                "product_set", "13",
                "status", "REGISTERED",
                "map_version", "2025-07",
                "commune_code", "24133",
                "current_province_code", "66"),
            nullable(
                "name", "Cà phê hạt rang Ea Tu",
                "description", null,
                "product_set", "13",
                "status", "REGISTERED",
                "map_version", "2025-07",
                "commune_code", "24133",
                "current_province_code", "66"));

    Map<String, Object> coffeeCertificate =
        Rows.single(
            "select * from certificate where subject_id = ?::uuid and decision_number = ?",
            cooperativeId,
            coffee.get("certificate_decision_number"));
    assertThat(coffeeCertificate)
        .containsEntry("origin", "IMPORT")
        .containsEntry("decision_id", null)
        .containsEntry("star_class", "4")
        .containsEntry("score", "78.50")
        .containsEntry("product_set", "13")
        .containsEntry("product_group", "1")
        .containsEntry("issuing_level", "PROVINCE")
        .containsEntry("decision_date", A_YEAR_AGO.toString())
        .containsEntry("valid_from", A_YEAR_AGO.toString())
        .containsEntry("valid_to", A_YEAR_AGO.plusMonths(36).toString())
        .containsEntry("status", "ISSUED")
        .containsEntry("current_province_code", "66");
    assertThat((String) coffeeCertificate.get("public_code")).matches("[a-z2-7]{26}");

    Map<String, Object> household =
        Rows.single("select * from subject where identifier = ?", personalId);
    assertThat(household)
        .containsEntry("type", "HOUSEHOLD_BUSINESS")
        .containsEntry("identifier_kind", "PERSONAL_ID")
        .containsEntry("woman_led", "true");
    assertThat(
            Rows.single(
                "select score, status, issuing_level, decision_date, valid_to from certificate"
                    + " where subject_id = ?::uuid",
                household.get("id")))
        .containsEntry("score", "62.25")
        .containsEntry("status", "EXPIRED")
        .containsEntry("issuing_level", "DISTRICT")
        .containsEntry("decision_date", "2022-01-10")
        .containsEntry("valid_to", "2025-01-10");

    Map<String, Object> group =
        Rows.single("select * from subject where name = ? and identifier_kind = 'NONE'", groupName);
    assertThat(group)
        .containsEntry("type", "COOPERATIVE_GROUP")
        .containsEntry("identifier", null)
        .containsEntry("map_version", "2025-03")
        .containsEntry("province_code", "54")
        .containsEntry("district_code", "555")
        .containsEntry("commune_code", "22015")
        .containsEntry("current_province_code", "66");
    Map<String, Object> tunaCertificate =
        Rows.single("select * from certificate where subject_id = ?::uuid", group.get("id"));
    assertThat(tunaCertificate)
        .containsEntry("status", "REVOKED")
        .containsEntry("map_version", "2025-03")
        .containsEntry("province_code", "54")
        .containsEntry("district_code", "555")
        .containsEntry("current_province_code", "66")
        .containsEntry("star_class", "5")
        .containsEntry("product_set", "2")
        .containsEntry("issuing_level", "CENTRAL");

    // One history row per certificate: null -> its status, reason "import".
    assertThat(
            Rows.list(
                "select h.old_status, h.new_status, h.reason, h.changed_by from"
                    + " certificate_status_history h join certificate c on c.id ="
                    + " h.certificate_id where c.subject_id in (?::uuid, ?::uuid, ?::uuid)"
                    + " order by h.new_status",
                cooperativeId,
                household.get("id"),
                group.get("id")))
        .containsExactly(
            nullable(
                "old_status",
                null,
                "new_status",
                "EXPIRED",
                "reason",
                "import",
                "changed_by",
                "officer.daklak"),
            nullable(
                "old_status",
                null,
                "new_status",
                "ISSUED",
                "reason",
                "import",
                "changed_by",
                "officer.daklak"),
            nullable(
                "old_status",
                null,
                "new_status",
                "REVOKED",
                "reason",
                "import: Không duy trì tiêu chí bắt buộc",
                "changed_by",
                "officer.daklak"));

    // The outbox holds the events a registration one by one writes.
    Map<String, Object> subjectEvent =
        Rows.single(
            "select topic, event_type, payload, request_id from outbox_event where message_key = ?",
            cooperativeId);
    assertThat(subjectEvent)
        .containsEntry("topic", Topics.REGISTRY_SUBJECT)
        .containsEntry("event_type", EventTypes.SUBJECT_REGISTERED);
    assertThat(subjectEvent.get("request_id")).isNotNull();
    JsonNode envelope = TestKafka.json((String) subjectEvent.get("payload"));
    assertThat(envelope.path("specversion").asText()).isEqualTo("1.0");
    assertThat(envelope.path("source").asText()).isEqualTo("/ocop/registry-service");
    assertThat(envelope.path("subject").asText()).isEqualTo(cooperativeId);
    assertThat(envelope.path("data").path("identifier").asText())
        .isEqualTo(coffee.get("subject_identifier"));
    assertThat(envelope.path("data").path("mapVersion").asText()).isEqualTo("2025-07");
    assertThat(
            Db.count(
                "select count(*) from outbox_event o join product p on o.message_key ="
                    + " p.id::text where p.subject_id = ?::uuid and o.event_type = ?",
                cooperativeId,
                EventTypes.PRODUCT_REGISTERED))
        .isEqualTo(2);

    String tunaId = (String) tunaCertificate.get("id");
    ConsumerRecord<String, String> issued =
        TestKafka.awaitRecord(Topics.REGISTRY_CERTIFICATE, r -> tunaId.equals(r.key()));
    JsonNode event = TestKafka.json(issued.value());
    assertThat(event.path("type").asText()).isEqualTo(EventTypes.CERTIFICATE_ISSUED);
    JsonNode data = event.path("data");
    assertThat(data.path("origin").asText()).isEqualTo("IMPORT");
    assertThat(data.path("decisionId").isNull()).isTrue();
    assertThat(data.path("oldStatus").isNull()).isTrue();
    assertThat(data.path("status").asText()).isEqualTo("REVOKED");
    assertThat(data.path("mapVersion").asText()).isEqualTo("2025-03");
    assertThat(data.path("provinceCode").asText()).isEqualTo("54");
    assertThat(data.path("currentProvinceCode").asText()).isEqualTo("66");
    assertThat(data.path("productId").asText()).isEqualTo(tunaCertificate.get("product_id"));
    assertThat(data.path("subjectId").asText()).isEqualTo(group.get("id"));
    assertThat(data.path("validityMonths").asInt()).isEqualTo(36);
    assertThat(data.path("starClass").asInt()).isEqualTo(5);

    // The imported records read like any other through the API.
    as(OFFICER_66)
        .get("/api/registry/v1/certificates/" + tunaId)
        .then()
        .statusCode(200)
        .body("status", equalTo("REVOKED"))
        .body("decisionId", nullValue());
    as(OFFICER_66)
        .get("/api/registry/v1/imports/" + importId)
        .then()
        .statusCode(200)
        .body("id", equalTo(importId))
        .body("totals.certificatesCreated", equalTo(3));
  }

  @Test
  void theSameFileAgainCreatesNothingAndSaysSo() {
    Map<String, String> first = row();
    Map<String, String> second =
        with(
            row(),
            "certificate_status",
            "SUSPENDED",
            "certificate_status_reason",
            "Chờ kết quả hậu kiểm");
    Map<String, String> third = withoutCertificate(row());
    List<Map<String, String>> rows = List.of(first, second, third);
    String firstId = uploadCsv(NATIONAL, rows, "").statusCode(201).extract().path("id");
    long writes = Db.writes();
    long imports = Db.count("select count(*) from registry_import");

    uploadCsv(NATIONAL, rows, "")
        .statusCode(200)
        .body("outcome", equalTo("UNCHANGED"))
        .body("previousImportId", equalTo(firstId))
        .body("totals.subjectsCreated", equalTo(0))
        .body("totals.productsCreated", equalTo(0))
        .body("totals.certificatesCreated", equalTo(0))
        .body("totals.subjectsExisting", equalTo(3))
        .body("totals.productsExisting", equalTo(3))
        .body("totals.certificatesExisting", equalTo(2))
        .body("summary", org.hamcrest.Matchers.startsWith("Nothing new"));
    // The same rows as a workbook: another file, the same records.
    upload(NATIONAL, XLSX, ImportFiles.xlsx(rows), "")
        .statusCode(200)
        .body("outcome", equalTo("UNCHANGED"))
        .body("format", equalTo("XLSX"))
        .body("previousImportId", nullValue())
        .body("totals.certificatesExisting", equalTo(2));

    assertThat(Db.writes()).as("no subject, product, certificate or event").isEqualTo(writes);
    assertThat(Db.count("select count(*) from registry_import")).isEqualTo(imports + 2);
  }

  @Test
  void allOrNothingWritesNothingWhenARowIsInvalidAndAnswersTheReport() {
    long writes = Db.writes();
    long imports = Db.count("select count(*) from registry_import");

    uploadCsv(
            OFFICER_66,
            List.of(row(), with(row(), "subject_identifier", "60012345"), row()),
            "mode=ALL_OR_NOTHING")
        .statusCode(422)
        .contentType("application/problem+json")
        .body("code", equalTo("IMPORT_ROWS_INVALID"))
        .body("status", equalTo(422))
        .body("errors[0].field", equalTo("rows[3].subject_identifier"))
        .body("errors[0].rule", equalTo("TaxCode"))
        .body("report.outcome", equalTo("REJECTED"))
        .body("report.id", nullValue())
        .body("report.totals.rows", equalTo(3))
        .body("report.totals.rejectedRows", equalTo(1))
        .body("report.totals.validRows", equalTo(2))
        .body("report.errors.size()", equalTo(1))
        .body("report.errors[0].row", equalTo(3))
        .body("report.errors[0].column", equalTo("subject_identifier"))
        .body("report.errors[0].rule", equalTo("TaxCode"))
        .body("report.errors[0].value", equalTo("60012345"));

    assertThat(Db.writes()).isEqualTo(writes);
    assertThat(Db.count("select count(*) from registry_import")).isEqualTo(imports);
  }

  @Test
  void validRowsOnlyWritesTheValidRowsAndReportsTheOthers() {
    Map<String, String> good = row();
    Map<String, String> bad = with(row(), "commune_code", "99999");
    Map<String, String> alsoGood = row();

    String id =
        uploadCsv(OFFICER_66, List.of(good, bad, alsoGood), "mode=VALID_ROWS_ONLY")
            .statusCode(201)
            .body("outcome", equalTo("CREATED"))
            .body("mode", equalTo("VALID_ROWS_ONLY"))
            .body("totals.rows", equalTo(3))
            .body("totals.validRows", equalTo(2))
            .body("totals.rejectedRows", equalTo(1))
            .body("totals.subjectsCreated", equalTo(2))
            .body("errors[0].row", equalTo(3))
            .body("errors[0].column", equalTo("commune_code"))
            .body("errors[0].rule", equalTo("KnownCommune"))
            .extract()
            .path("id");

    assertThat(
            Db.count(
                "select count(*) from subject where identifier in (?, ?, ?)",
                good.get("subject_identifier"),
                bad.get("subject_identifier"),
                alsoGood.get("subject_identifier")))
        .isEqualTo(2);
    assertThat(
            Db.count(
                "select count(*) from subject where identifier = ?", bad.get("subject_identifier")))
        .isZero();
    assertThat(
            Rows.single(
                "select rows_total, rows_rejected, subjects_created, province_code, mode, format,"
                    + " created_by from registry_import where id = ?::uuid",
                id))
        .containsEntry("rows_total", "3")
        .containsEntry("rows_rejected", "1")
        .containsEntry("subjects_created", "2")
        .containsEntry("province_code", "66")
        .containsEntry("mode", "VALID_ROWS_ONLY")
        .containsEntry("format", "CSV")
        .containsEntry("created_by", "officer.daklak");
  }

  @Test
  void everyRowRuleIsReportedWithItsRowColumnAndRule() {
    Map<String, String> cooperative = row();
    List<Object[]> cases =
        List.of(
            bad(with(row(), "subject_identifier", "60012345"), "subject_identifier", "TaxCode"),
            bad(
                with(row(), "subject_type", "HOUSEHOLD_BUSINESS", "subject_identifier", "12345"),
                "subject_identifier",
                "PersonalId"),
            bad(with(row(), "subject_type", "COOPERATIVE_GROUP"), "subject_identifier", "Null"),
            bad(with(row(), "subject_type", "HTX ABC"), "subject_type", "SubjectType"),
            bad(with(row(), "subject_name", ""), "subject_name", "NotBlank"),
            bad(with(row(), "subject_name", "x".repeat(301)), "subject_name", "Size"),
            bad(with(row(), "map_version", "2024-01"), "map_version", "KnownMap"),
            bad(with(row(), "province_code", "99"), "province_code", "KnownProvince"),
            bad(with(row(), "commune_code", "99999"), "commune_code", "KnownCommune"),
            bad(with(row(), "province_code", "01"), "commune_code", "CommuneInProvince"),
            bad(with(row(), "district_code", "643"), "district_code", "Null"),
            bad(
                with(
                    row(),
                    "map_version",
                    "2025-03",
                    "district_code",
                    "644",
                    "commune_code",
                    "24118"),
                "district_code",
                "CommuneInDistrict"),
            bad(
                with(
                    row(),
                    "map_version",
                    "2025-03",
                    "district_code",
                    "999",
                    "commune_code",
                    "24118"),
                "district_code",
                "KnownDistrict"),
            bad(with(row(), "woman_led", "maybe"), "woman_led", "Boolean"),
            bad(with(row(), "email", "not-an-email"), "email", "Email"),
            bad(with(row(), "product_name", ""), "product_name", "NotBlank"),
            bad(with(row(), "product_set", "27"), "product_set", "KnownProductSet"),
            bad(with(row(), "product_set", "cà phê"), "product_set", "Integer"),
            bad(
                with(row(), "valid_from", A_YEAR_AGO.minusDays(1).toString()),
                "valid_from",
                "DatesInOrder"),
            bad(
                with(row(), "valid_to", A_YEAR_AGO.minusDays(1).toString()),
                "valid_to",
                "DatesInOrder"),
            bad(
                with(
                    row(),
                    "certificate_decision_date",
                    TODAY.plusDays(2).toString(),
                    "valid_from",
                    TODAY.plusDays(2).toString()),
                "certificate_decision_date",
                "PastOrPresent"),
            bad(
                with(row(), "certificate_decision_date", "2024-02-30"),
                "certificate_decision_date",
                "Date"),
            bad(with(row(), "score", "65"), "score", "StarBand"),
            bad(with(row(), "star_class", "5", "score", "89.99"), "score", "StarBand"),
            bad(with(row(), "star_class", "2", "score", "45"), "star_class", "StarClass"),
            bad(with(row(), "score", "100.5"), "score", "Range"),
            bad(with(row(), "score", "78.555"), "score", "Digits"),
            bad(with(row(), "score", "bảy mươi"), "score", "Decimal"),
            bad(
                with(row(), "certificate_issuing_level", "COMMUNE"),
                "certificate_issuing_level",
                "IssuingLevel"),
            bad(with(row(), "certificate_status", "EXPIRED"), "certificate_status", "ImportStatus"),
            bad(
                with(row(), "certificate_status", "REVOKED"),
                "certificate_status_reason",
                "NotBlank"),
            bad(
                with(row(), "certificate_status_reason", "Vi phạm"),
                "certificate_status_reason",
                "Null"),
            bad(
                with(withoutCertificate(row()), "certificate_decision_number", "12/QĐ-UBND"),
                "certificate_decision_date",
                "NotBlank"),
            // A household's 10-digit tax code, on the current map and without an early
            // certificate: nothing shows a record from before July 2025.
            bad(
                with(
                    withoutCertificate(row()),
                    "subject_type",
                    "HOUSEHOLD_BUSINESS",
                    "subject_identifier",
                    Fixtures.taxCode()),
                "subject_identifier",
                "PersonalId"),
            bad(
                with(row(), "province_code", "01", "commune_code", "00004"),
                "province_code",
                "ProvinceScope"),
            // The pre-merger Long An (80) is part of today's Tây Ninh (80), not of Đắk Lắk.
            bad(
                with(
                    row(),
                    "map_version",
                    "2025-03",
                    "province_code",
                    "80",
                    "commune_code",
                    firstCommuneOf("2025-03", "80")),
                "province_code",
                "ProvinceScope"),
            bad(with(cooperative, "subject_name", "Một tên khác"), "subject_name", "SameSubject"));
    List<Map<String, String>> rows = new java.util.ArrayList<>();
    rows.add(cooperative);
    cases.forEach(c -> rows.add(rowOf(c)));
    long writes = Db.writes();

    JsonPath report =
        uploadCsv(OFFICER_66, rows, "mode=VALID_ROWS_ONLY&dryRun=true")
            .statusCode(200)
            .body("outcome", equalTo("DRY_RUN"))
            .body("id", nullValue())
            .body("totals.rows", equalTo(rows.size()))
            .body("totals.rejectedRows", equalTo(cases.size()))
            .body("totals.validRows", equalTo(1))
            .body("totals.subjectsCreated", equalTo(1))
            .extract()
            .jsonPath();

    for (int i = 0; i < cases.size(); i++) {
      int rowNumber = i + 3;
      String column = (String) cases.get(i)[1];
      String rule = (String) cases.get(i)[2];
      List<Map<String, Object>> errors =
          report.getList("errors.findAll { it.row == " + rowNumber + " }");
      assertThat(errors)
          .as("row %d (%s %s)", rowNumber, column, rule)
          .anySatisfy(
              e -> {
                assertThat(e.get("column")).isEqualTo(column);
                assertThat(e.get("rule")).isEqualTo(rule);
                assertThat((String) e.get("message")).isNotBlank();
              });
    }
    assertThat(Db.writes()).as("a dry run writes nothing").isEqualTo(writes);
  }

  @Test
  void anIdentifierTheRegistryHoldsUnderAnotherNameOrTypeIsRejectedAndTheSameIsReused() {
    String taxCode = Fixtures.taxCode();
    Fixtures.registerSubject(OFFICER_66, Fixtures.cooperative(taxCode, null, "24133"))
        .statusCode(201);
    Map<String, String> sameSubject =
        with(row(), "subject_identifier", taxCode, "subject_name", "htx cà phê ea tu");
    Map<String, String> otherType =
        with(
            row(),
            "subject_identifier",
            taxCode,
            "subject_type",
            "ENTERPRISE",
            "subject_name",
            "HTX Cà phê Ea Tu");
    Map<String, String> otherName = with(row(), "subject_identifier", Fixtures.taxCode());
    Map<String, String> otherNameAgain =
        with(otherName, "subject_name", "Công ty TNHH Khác", "product_name", "Sản phẩm khác");

    uploadCsv(
            OFFICER_66,
            List.of(sameSubject, otherType, otherName, otherNameAgain),
            "mode=VALID_ROWS_ONLY")
        .statusCode(201)
        .body("totals.subjectsExisting", equalTo(1))
        .body("totals.subjectsCreated", equalTo(1))
        .body("totals.productsCreated", equalTo(2))
        .body("totals.rejectedRows", equalTo(2))
        .body("errors[0].row", equalTo(3))
        .body("errors[0].column", equalTo("subject_type"))
        .body("errors[0].rule", equalTo("SameSubject"))
        .body("errors[1].row", equalTo(5))
        .body("errors[1].column", equalTo("subject_name"))
        .body("errors[1].rule", equalTo("SameSubject"));

    // The registered cooperative got the product; its name stays as registered.
    assertThat(
            Rows.single(
                "select s.name, count(p.id) as products from subject s left join product p on"
                    + " p.subject_id = s.id where s.identifier = ? group by s.name",
                taxCode))
        .containsEntry("name", "HTX Cà phê Ea Tu")
        .containsEntry("products", "1");

    // Against the registry: the type differs.
    uploadCsv(OFFICER_66, List.of(with(otherType, "product_name", "Khác")), "")
        .statusCode(422)
        .body("report.errors[0].column", equalTo("subject_type"))
        .body("report.errors[0].rule", equalTo("IdentifierTaken"));
  }

  @Test
  void duplicateRowsAreRejectedAndAProductMayHaveSeveralCertificates() {
    Map<String, String> product = withoutCertificate(row());
    Map<String, String> certified = row();
    Map<String, String> renewed =
        with(
            certified,
            "certificate_decision_number",
            "99/QĐ-UBND-" + System.nanoTime(),
            "certificate_decision_date",
            "2021-05-04",
            "valid_from",
            "2021-05-04",
            "star_class",
            "3",
            "score",
            "69.99");

    uploadCsv(
            NATIONAL,
            List.of(product, product, certified, certified, renewed),
            "mode=VALID_ROWS_ONLY")
        .statusCode(201)
        .body("totals.subjectsCreated", equalTo(2))
        .body("totals.productsCreated", equalTo(2))
        .body("totals.certificatesCreated", equalTo(2))
        .body("totals.rejectedRows", equalTo(2))
        .body("errors[0].row", equalTo(3))
        .body("errors[0].column", equalTo("product_name"))
        .body("errors[0].rule", equalTo("DuplicateRow"))
        .body("errors[1].row", equalTo(5))
        .body("errors[1].column", equalTo("certificate_decision_number"))
        .body("errors[1].rule", equalTo("DuplicateRow"));

    assertThat(
            Rows.list(
                "select c.star_class, c.status from certificate c join subject s on s.id ="
                    + " c.subject_id where s.identifier = ? order by c.valid_from",
                certified.get("subject_identifier")))
        .containsExactly(
            Map.of("star_class", "3", "status", "EXPIRED"),
            Map.of("star_class", "4", "status", "ISSUED"));
  }

  @Test
  void aHouseholdKeepsItsLegacyTaxCodeForRecordsFromBeforeJuly2025() {
    String legacy = Fixtures.taxCode();
    Map<String, String> certifiedEarly =
        with(
            row(),
            "subject_type",
            "HOUSEHOLD_BUSINESS",
            "subject_identifier",
            legacy,
            "subject_name",
            "Hộ kinh doanh Nguyễn Văn An",
            "certificate_decision_date",
            "2024-06-30",
            "valid_from",
            "2024-06-30");
    // Its other product has no certificate: the subject is proven by the first row.
    Map<String, String> uncertified =
        with(withoutCertificate(certifiedEarly), "product_name", "Bánh tráng Hòa Đa");
    String preMerger = Fixtures.taxCode();
    Map<String, String> oldMap =
        with(
            withoutCertificate(row()),
            "map_version",
            "2025-03",
            "subject_type",
            "HOUSEHOLD_BUSINESS",
            "subject_identifier",
            preMerger,
            "province_code",
            "66",
            "commune_code",
            "24118");

    uploadCsv(OFFICER_66, List.of(certifiedEarly, uncertified, oldMap), "")
        .statusCode(201)
        .body("totals.subjectsCreated", equalTo(2))
        .body("totals.productsCreated", equalTo(3));
    assertThat(
            Rows.list(
                "select identifier_kind, map_version, district_code from subject"
                    + " where identifier in (?, ?) order by map_version",
                preMerger,
                legacy))
        .containsExactly(
            Map.of("identifier_kind", "TAX_CODE", "map_version", "2025-03", "district_code", "643"),
            nullable(
                "identifier_kind", "TAX_CODE", "map_version", "2025-07", "district_code", null));
  }

  @Test
  void aWorkbookWithTypedCellsImportsLikeText() {
    Map<String, String> haNoi =
        with(
            row(),
            "province_code",
            "01",
            "commune_code",
            "00004",
            "certificate_decision_date",
            "2025-08-20",
            "valid_from",
            "2025-08-20",
            "woman_led",
            "true",
            "score",
            "91.25",
            "star_class",
            "5",
            "certificate_issuing_level",
            "CENTRAL");
    Map<String, String> dakLak = row();

    upload(NATIONAL, XLSX, ImportFiles.xlsx(List.of(haNoi, dakLak)), "")
        .statusCode(201)
        .body("format", equalTo("XLSX"))
        .body("totals.subjectsCreated", equalTo(2))
        .body("totals.certificatesCreated", equalTo(2));

    assertThat(
            Rows.single(
                "select s.province_code, s.commune_code, s.woman_led, c.decision_date,"
                    + " c.valid_to, c.score, c.star_class from subject s join certificate c on"
                    + " c.subject_id = s.id where s.identifier = ?",
                haNoi.get("subject_identifier")))
        .containsEntry("province_code", "01")
        .containsEntry("commune_code", "00004")
        .containsEntry("woman_led", "true")
        .containsEntry("decision_date", "2025-08-20")
        .containsEntry("valid_to", "2028-08-20")
        .containsEntry("score", "91.25")
        .containsEntry("star_class", "5");
  }

  @Test
  void anImportReportIsVisibleToItsProvinceAndToNationalAccountsOnly() {
    String ofDakLak =
        uploadCsv(OFFICER_66, List.of(row()), "").statusCode(201).extract().path("id");
    String ofNation = uploadCsv(NATIONAL, List.of(row()), "").statusCode(201).extract().path("id");

    as(OFFICER_66).get("/api/registry/v1/imports/" + ofDakLak).then().statusCode(200);
    as(NATIONAL).get("/api/registry/v1/imports/" + ofDakLak).then().statusCode(200);
    as(OFFICER_01)
        .get("/api/registry/v1/imports/" + ofDakLak)
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("code", equalTo("NOT_FOUND"));
    as(OFFICER_66).get("/api/registry/v1/imports/" + ofNation).then().statusCode(404);
    as(Fixtures.ADMIN)
        .get("/api/registry/v1/imports/" + ofNation)
        .then()
        .statusCode(200)
        .body("createdBy", equalTo("national.officer"));
  }

  // ---------------------------------------------------------------------------------------------

  private static Object[] bad(Map<String, String> row, String column, String rule) {
    return new Object[] {row, column, rule};
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> rowOf(Object[] testCase) {
    return (Map<String, String>) testCase[0];
  }

  private static String number(Map<String, String> row) {
    return row.get("subject_name").substring("HTX Cà phê Ea Tu số ".length());
  }

  private static String firstCommuneOf(String map, String province) {
    return (String)
        Rows.list(
                "select code from admin_unit where map_version = ? and level = 'COMMUNE' and"
                    + " province_code = ? order by code limit 1",
                map,
                province)
            .get(0)
            .get("code");
  }

  /** A map that may hold nulls (Map.of refuses them), in the given order. */
  static Map<String, Object> nullable(Object... entries) {
    Map<String, Object> map = new java.util.LinkedHashMap<>();
    for (int i = 0; i < entries.length; i += 2) {
      map.put((String) entries[i], entries[i + 1]);
    }
    return map;
  }
}
