package vn.ocop.registry.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.ocop.registry.access.ScopeSides.FOREIGN_COMMUNE;
import static vn.ocop.registry.access.ScopeSides.FOREIGN_PROVINCE;
import static vn.ocop.registry.access.ScopeSides.OWN_COMMUNE;
import static vn.ocop.registry.access.ScopeSides.OWN_PROVINCE;
import static vn.ocop.registry.support.Fixtures.as;
import static vn.ocop.registry.support.Fixtures.taxCode;
import static vn.ocop.registry.support.Problems.assertRefused;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.devstack.scope.Actor;
import vn.ocop.devstack.scope.Side;
import vn.ocop.registry.support.CertificateFixtures;
import vn.ocop.registry.support.Db;
import vn.ocop.registry.support.Fixtures;
import vn.ocop.registry.support.ImportFiles;

/**
 * The OWASP API Top 10 items that are the registry's: object-level authorisation through ids in
 * bodies and filters (API1), function-level authorisation (API5), mass assignment of server-owned
 * fields (API3) and resource consumption (API4: page sizes, text lengths, upload size). Every
 * refusal is problem+json naming the field and rule, and writes nothing.
 */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "registry"))
class OwaspApiTest {
  private static final String SUBJECTS = "/api/registry/v1/subjects";
  private static final String PRODUCTS = "/api/registry/v1/products";

  private static ScopeSides sides;

  @BeforeEach
  void createTheSidesOnce() {
    if (sides == null) {
      sides = ScopeSides.create();
    }
  }

  private static String own(Actor actor) {
    return sides.token(actor, Side.OWN);
  }

  private static String foreign(Actor actor) {
    return sides.token(actor, Side.FOREIGN);
  }

  // API1: broken object-level authorisation, with the foreign id in a body or a filter.

  @Test
  void foreignOfficerNamingAnOwnSubjectInABodyGetsNotFoundAndWritesNothing() {
    long products = Db.count("select count(*) from product where subject_id = ?", sides.ownSubject);
    assertRefused(
        as(foreign(Actor.PROVINCE_OFFICER)),
        PRODUCTS,
        Fixtures.product(sides.ownSubject, 13),
        404,
        "NOT_FOUND",
        null,
        null);
    assertRefused(
        as(foreign(Actor.PROVINCE_OFFICER)),
        SUBJECTS,
        Fixtures.cooperative(taxCode(), OWN_PROVINCE, OWN_COMMUNE),
        404,
        "NOT_FOUND",
        null,
        null);
    assertThat(Db.count("select count(*) from product where subject_id = ?", sides.ownSubject))
        .isEqualTo(products);
  }

  @Test
  void foreignCallersFilteringByOwnIdsSeeNothingOfThem() {
    for (Actor actor : List.of(Actor.PROVINCE_OFFICER, Actor.SUBJECT_MEMBER, Actor.ADVISOR)) {
      JsonPath products =
          get(foreign(actor), PRODUCTS, Map.of("subjectId", sides.ownSubject.toString()));
      assertThat(products.getList("items")).as(actor + " products").isEmpty();
      assertThat(products.getLong("pager.total")).isZero();
      JsonPath certificates =
          get(
              foreign(actor),
              "/api/registry/v1/certificates",
              Map.of("productId", sides.ownProduct.toString()));
      assertThat(certificates.getList("items")).as(actor + " certificates").isEmpty();
      JsonPath reminders =
          get(
              foreign(actor),
              "/api/registry/v1/reminders",
              Map.of("subjectId", sides.ownSubject.toString()));
      assertThat(reminders.getList("items")).as(actor + " reminders").isEmpty();
      JsonPath subjects = get(foreign(actor), SUBJECTS, Map.of("provinceCode", OWN_PROVINCE));
      assertThat(subjects.getList("items")).as(actor + " subjects").isEmpty();
    }
    // The same filters show the records to the own side: the filters do work.
    assertThat(
            get(
                    own(Actor.PROVINCE_OFFICER),
                    "/api/registry/v1/reminders",
                    Map.of("subjectId", sides.ownSubject.toString()))
                .getList("items.certificateId", String.class))
        .containsExactly(sides.ownCertificate.toString());
  }

  @Test
  void foreignOfficerImportingOwnProvinceRowsIsRefusedRowByRow() {
    long writes = Db.writes();
    long imports = Db.count("select count(*) from registry_import");
    ImportFiles.upload(
            foreign(Actor.PROVINCE_OFFICER),
            ImportFiles.CSV,
            ImportFiles.utf8(ScopeSides.ownImportFile()),
            "")
        .statusCode(422)
        .contentType("application/problem+json")
        .body("code", equalTo("IMPORT_ROWS_INVALID"))
        .body("errors.field", hasItem("rows[2].province_code"))
        .body("errors.rule", hasItem("ProvinceScope"))
        .body("report.outcome", equalTo("REJECTED"));
    assertThat(Db.writes()).as("nothing written").isEqualTo(writes);
    assertThat(Db.count("select count(*) from registry_import")).isEqualTo(imports);
    as(foreign(Actor.PROVINCE_OFFICER))
        .queryParam("format", "csv")
        .queryParam("provinceCode", OWN_PROVINCE)
        .get("/api/registry/v1/exports")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("code", equalTo("NOT_FOUND"));
  }

  // API5: broken function-level authorisation.

  @Test
  void subjectMemberCannotDoAnOfficersWrite() {
    assertRefused(
        as(own(Actor.SUBJECT_MEMBER)),
        PRODUCTS,
        Fixtures.product(sides.ownSubject, 13),
        403,
        "FORBIDDEN",
        null,
        null);
    assertRefused(
        as(own(Actor.SUBJECT_MEMBER)),
        PRODUCTS + "/" + sides.ownProduct + "/status",
        "{\"version\":0,\"status\":\"DISCONTINUED\",\"reason\":\"Tự ngừng\"}",
        403,
        "FORBIDDEN",
        null,
        null);
    String name = subjectColumn("name");
    long version = sides.ownSubjectVersion();
    as(own(Actor.SUBJECT_MEMBER))
        .body("{\"version\":%d,\"name\":\"HTX đổi tên trái phép\"}".formatted(version))
        .patch(SUBJECTS + "/" + sides.ownSubject)
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("code", equalTo("SUBJECT_FIELDS_OFFICER_ONLY"));
    assertThat(subjectColumn("name")).isEqualTo(name);
    assertThat(sides.ownSubjectVersion()).isEqualTo(version);
    assertThat(productColumn(sides.ownProduct, "status")).isEqualTo("REGISTERED");
  }

  @Test
  void councilMemberAdvisorAndCommuneOfficerCannotRunAdministrativeOperations() {
    assertRefused(
        as(own(Actor.COUNCIL_MEMBER)),
        "/api/registry/v1/expiry-runs",
        "",
        403,
        "FORBIDDEN",
        null,
        null);
    UUID certificate = sides.ownCertificate("ISSUED");
    assertRefused(
        as(own(Actor.ADVISOR)),
        "/api/registry/v1/certificates/" + certificate + "/suspension",
        "{\"reason\":\"Hậu kiểm\",\"decisionNumber\":\"9/QĐ-UBND\",\"version\":0}",
        403,
        "FORBIDDEN",
        null,
        null);
    assertThat(CertificateFixtures.status(certificate)).isEqualTo("ISSUED");
    assertThat(CertificateFixtures.historyRows(certificate)).isEqualTo(1);
    long writes = Db.writes();
    ImportFiles.upload(
            own(Actor.COMMUNE_OFFICER),
            ImportFiles.CSV,
            ImportFiles.utf8(ScopeSides.ownImportFile()),
            "")
        .statusCode(403)
        .contentType("application/problem+json")
        .body("code", equalTo("FORBIDDEN"));
    assertThat(Db.writes()).isEqualTo(writes);
  }

  // API3: mass assignment of read-only and server-owned fields.

  @Test
  void serverOwnedFieldsInARegistrationAreIgnored() {
    UUID injectedId = UUID.randomUUID();
    String body =
        """
        {"type":"COOPERATIVE","identifier":"%s","name":"HTX Chè Tam Đường",\
        "communeCode":"%s","representative":"Lò Văn Pọm","womanLed":false,\
        "ethnicMinorityLed":true,"id":"%s","version":9,"createdAt":"2001-01-01T00:00:00Z",\
        "createdBy":"intruder","currentProvinceCode":"%s","mapVersion":"2025-03",\
        "districtCode":"105","status":"CERTIFIED","isAdmin":true}"""
            .formatted(taxCode(), OWN_COMMUNE, injectedId, FOREIGN_PROVINCE);
    UUID id =
        UUID.fromString(
            as(own(Actor.PROVINCE_OFFICER))
                .body(body)
                .post(SUBJECTS)
                .then()
                .statusCode(201)
                .body("provinceCode", equalTo(OWN_PROVINCE))
                .extract()
                .path("id"));
    assertThat(id).isNotEqualTo(injectedId);
    assertThat(Db.count("select count(*) from subject where id = ?", injectedId)).isZero();
    Map<String, Object> row =
        CertificateFixtures.rows(
                "select version, created_by, current_province_code, province_code, map_version,"
                    + " district_code, created_at from subject where id = ?",
                id)
            .get(0);
    assertThat(row)
        .containsEntry("version", 0L)
        .containsEntry("created_by", "scope.officer." + OWN_PROVINCE)
        .containsEntry("current_province_code", OWN_PROVINCE)
        .containsEntry("province_code", OWN_PROVINCE)
        .containsEntry("map_version", "2025-07")
        .containsEntry("district_code", null);
    assertThat(((java.sql.Timestamp) row.get("created_at")).toInstant())
        .isAfter(java.time.Instant.now().minus(Duration.ofMinutes(5)));

    UUID product =
        UUID.fromString(
            as(own(Actor.PROVINCE_OFFICER))
                .body(
                    """
                    {"subjectId":"%s","name":"Chè Shan tuyết Tả Phìn","productSet":11,\
                    "id":"%s","provinceCode":"%s","communeCode":"%s","status":"DISCONTINUED",\
                    "version":5,"currentProvinceCode":"%s","starClass":5}"""
                        .formatted(
                            id, injectedId, FOREIGN_PROVINCE, FOREIGN_COMMUNE, FOREIGN_PROVINCE))
                .post(PRODUCTS)
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    assertThat(product).isNotEqualTo(injectedId);
    assertThat(productColumn(product, "province_code")).isEqualTo(OWN_PROVINCE);
    assertThat(productColumn(product, "current_province_code")).isEqualTo(OWN_PROVINCE);
    assertThat(productColumn(product, "commune_code")).isEqualTo(OWN_COMMUNE);
    assertThat(productColumn(product, "status")).isEqualTo("REGISTERED");
    assertThat(Db.count("select version from product where id = ?", product)).isZero();
  }

  @Test
  void anUpdateCannotMoveARecordToAnotherSubjectOrProvinceNorSetItsStatus() {
    UUID product = sides.ownProduct();
    as(own(Actor.PROVINCE_OFFICER))
        .body(
            """
            {"version":0,"name":"Cà phê Lai Châu rang mộc","subjectId":"%s",\
            "provinceCode":"%s","currentProvinceCode":"%s","status":"DISCONTINUED"}"""
                .formatted(sides.foreignSubject, FOREIGN_PROVINCE, FOREIGN_PROVINCE))
        .patch(PRODUCTS + "/" + product)
        .then()
        .statusCode(200)
        .body("name", equalTo("Cà phê Lai Châu rang mộc"));
    assertThat(productColumn(product, "subject_id")).isEqualTo(sides.ownSubject.toString());
    assertThat(productColumn(product, "current_province_code")).isEqualTo(OWN_PROVINCE);
    assertThat(productColumn(product, "status")).isEqualTo("REGISTERED");

    // A subject member's contact change cannot carry the type or the province along.
    as(own(Actor.SUBJECT_MEMBER))
        .body(
            """
            {"version":%d,"phone":"0213 387 1111","type":"ENTERPRISE",\
            "provinceCode":"%s","currentProvinceCode":"%s","createdBy":"intruder"}"""
                .formatted(sides.ownSubjectVersion(), FOREIGN_PROVINCE, FOREIGN_PROVINCE))
        .patch(SUBJECTS + "/" + sides.ownSubject)
        .then()
        .statusCode(200);
    assertThat(subjectColumn("phone")).isEqualTo("02133871111");
    assertThat(subjectColumn("type")).isEqualTo("COOPERATIVE");
    assertThat(subjectColumn("current_province_code")).isEqualTo(OWN_PROVINCE);
    assertThat(subjectColumn("created_by")).isEqualTo("scope.officer." + OWN_PROVINCE);
  }

  @Test
  void aDecisionOnACertificateCannotSetItsStatusStarsOrDates() {
    UUID certificate = sides.ownCertificate("ISSUED");
    Map<String, Object> before = certificateRow(certificate);
    as(own(Actor.PROVINCE_OFFICER))
        .body(
            """
            {"reason":"Hậu kiểm không đạt","decisionNumber":"12/QĐ-UBND","version":0,\
            "status":"REVOKED","starClass":5,"score":99.5,"validTo":"2099-12-31",\
            "provinceCode":"%s"}"""
                .formatted(FOREIGN_PROVINCE))
        .post("/api/registry/v1/certificates/" + certificate + "/suspension")
        .then()
        .statusCode(200)
        .body("status", equalTo("SUSPENDED"));
    Map<String, Object> after = certificateRow(certificate);
    assertThat(after.get("status")).isEqualTo("SUSPENDED");
    assertThat(after)
        .containsEntry("star_class", before.get("star_class"))
        .containsEntry("score", before.get("score"))
        .containsEntry("valid_to", before.get("valid_to"))
        .containsEntry("current_province_code", OWN_PROVINCE);
  }

  // API4: unrestricted resource consumption.

  @Test
  void pageSizeOverTheCapIsClampedAndThePagerSaysSo() {
    JsonPath subjects = get(Fixtures.NATIONAL, SUBJECTS, Map.of("pageSize", "100000", "page", "1"));
    assertThat(subjects.getInt("pager.pageSize")).isEqualTo(200);
    assertThat(subjects.getList("items")).hasSizeLessThanOrEqualTo(200);
    JsonPath search =
        get(null, "/public/products", Map.of("pageSize", "5000", "provinceCode", OWN_PROVINCE));
    assertThat(search.getInt("pager.pageSize")).isEqualTo(200);
    JsonPath units =
        get(Fixtures.NATIONAL, "/api/registry/v1/admin-units", Map.of("pageSize", "9999"));
    assertThat(units.getInt("pager.pageSize")).isEqualTo(200);
    assertThat(units.getList("items")).hasSize(200);
    assertThat(units.getLong("pager.total")).isGreaterThan(200);
  }

  @Test
  void overLongTextIsRefusedNamingTheFieldAndNothingIsWritten() {
    String officer = own(Actor.PROVINCE_OFFICER);
    assertRefused(
        as(officer),
        SUBJECTS,
        Fixtures.cooperative(taxCode(), null, OWN_COMMUNE)
            .replace("HTX Cà phê Ea Tu", "HTX " + "x".repeat(400)),
        400,
        "VALIDATION_FAILED",
        "name",
        "Size");
    assertRefused(
        as(officer),
        PRODUCTS,
        """
        {"subjectId":"%s","name":"Chè","productSet":11,"description":"%s"}"""
            .formatted(sides.ownSubject, "d".repeat(4001)),
        400,
        "VALIDATION_FAILED",
        "description",
        "Size");
    UUID certificate = sides.ownCertificate("ISSUED");
    assertRefused(
        as(officer),
        "/api/registry/v1/certificates/" + certificate + "/revocation",
        "{\"reason\":\"%s\",\"decisionNumber\":\"1/QĐ\",\"version\":0}".formatted("r".repeat(501)),
        400,
        "VALIDATION_FAILED",
        "reason",
        "Size");
    assertThat(CertificateFixtures.status(certificate)).isEqualTo("ISSUED");
    long version = sides.ownSubjectVersion();
    as(own(Actor.SUBJECT_MEMBER))
        .body("{\"version\":%d,\"email\":\"%s@example.vn\"}".formatted(version, "e".repeat(300)))
        .patch(SUBJECTS + "/" + sides.ownSubject)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.find { it.field == 'email' }.rule", equalTo("Size"));
    assertThat(sides.ownSubjectVersion()).isEqualTo(version);
    io.restassured.RestAssured.given()
        .queryParam("q", "ca phe ".repeat(40))
        .get("/public/products")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("q"))
        .body("errors.rule", hasItem("Size"));
  }

  @Test
  void anUploadOverTheLimitIsRefusedBeforeItsBodyIsRead() {
    long writes = Db.writes();
    String answer =
        ImportFiles.postHeadersOnly(own(Actor.PROVINCE_OFFICER), ImportFiles.CSV, 21L << 20);
    assertThat(answer).startsWith("HTTP/1.1 413").contains("application/problem+json");
    assertThat(answer).contains("\"code\":\"IMPORT_TOO_LARGE\"").contains("\"rule\":\"MaxBytes\"");
    assertThat(Db.writes()).isEqualTo(writes);
  }

  private static JsonPath get(String token, String path, Map<String, String> query) {
    var request = token == null ? io.restassured.RestAssured.given() : as(token);
    return request.queryParams(query).get(path).then().statusCode(200).extract().jsonPath();
  }

  private static String subjectColumn(String column) {
    return String.valueOf(
        CertificateFixtures.rows(
                "select " + column + " from subject where id = ?", sides.ownSubject)
            .get(0)
            .get(column));
  }

  private static String productColumn(UUID product, String column) {
    return String.valueOf(
        CertificateFixtures.rows("select " + column + " from product where id = ?", product)
            .get(0)
            .get(column));
  }

  private static Map<String, Object> certificateRow(UUID certificate) {
    return CertificateFixtures.rows(
            "select status, star_class, score, valid_to, current_province_code"
                + " from certificate where id = ?",
            certificate)
        .get(0);
  }
}
