package vn.ocop.registry.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static vn.ocop.registry.support.CertificateFixtures.rows;
import static vn.ocop.registry.support.Fixtures.ADMIN;
import static vn.ocop.registry.support.Fixtures.BUON_MA_THUOT;
import static vn.ocop.registry.support.Fixtures.NATIONAL;
import static vn.ocop.registry.support.Fixtures.OFFICER_01;
import static vn.ocop.registry.support.Fixtures.OFFICER_66;
import static vn.ocop.registry.support.Fixtures.as;
import static vn.ocop.registry.support.Fixtures.cooperative;
import static vn.ocop.registry.support.Fixtures.subjectInDakLak;
import static vn.ocop.registry.support.Fixtures.taxCode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.devstack.TestTokens;
import vn.ocop.registry.certificate.CertificateIssuer;
import vn.ocop.registry.subject.Subject;
import vn.ocop.registry.support.CertificateFixtures;
import vn.ocop.registry.support.Fixtures;

/** The registry's audit trail: API writes, consumer writes, rollbacks and the history's scope. */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "registry"))
class RegistryAuditTest {
  static final String HISTORY = "/api/registry/v1/audit/{type}/{id}";

  @Inject EntityManager entityManager;

  private static void problem(Response response, int status, String code) {
    response
        .then()
        .statusCode(status)
        .contentType("application/problem+json")
        .body("code", equalTo(code));
  }

  private static String requestId() {
    return "audit-test-" + UUID.randomUUID();
  }

  private static List<Map<String, Object>> entries(String column, Object value) {
    return rows(
        "select record_type, cast(record_id as varchar) as record_id, action, actor,"
            + " array_to_string(actor_roles, ',') as roles, request_id, operation, province_code,"
            + " cast(before as text) as before, cast(after as text) as after"
            + " from audit_entry where "
            + column
            + " = ? order by seq",
        value);
  }

  @Test
  void registeringAndUpdatingASubjectRecordsWhoWhenAndTheChangedValues() {
    String created = requestId();
    String id =
        as(OFFICER_66)
            .header("X-Request-Id", created)
            .body(cooperative(taxCode(), null, BUON_MA_THUOT))
            .post("/api/registry/v1/subjects")
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    List<Map<String, Object>> creation = entries("request_id", created);
    assertThat(creation)
        .filteredOn(entry -> "Subject".equals(entry.get("record_type")))
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.get("record_id")).isEqualTo(id);
              assertThat(entry.get("action")).isEqualTo("CREATE");
              assertThat(entry.get("actor")).isEqualTo("officer.daklak");
              assertThat(entry.get("roles")).isEqualTo("province-officer");
              assertThat(entry.get("operation").toString()).startsWith("POST ");
              assertThat(entry.get("province_code")).isEqualTo("66");
              assertThat(entry.get("before")).isNull();
              JsonPath after = JsonPath.from(entry.get("after").toString());
              assertThat(after.getString("name")).isEqualTo("HTX Cà phê Ea Tu");
              assertThat(after.getString("communeCode")).isEqualTo(BUON_MA_THUOT);
            });

    String updated = requestId();
    as(OFFICER_66)
        .header("X-Request-Id", updated)
        .body("{\"version\":0,\"name\":\"HTX Nông nghiệp Ea Tu\"}")
        .patch("/api/registry/v1/subjects/" + id)
        .then()
        .statusCode(200);

    Map<String, Object> update =
        entries("request_id", updated).stream()
            .filter(entry -> "Subject".equals(entry.get("record_type")))
            .findFirst()
            .orElseThrow();
    assertThat(update.get("action")).isEqualTo("UPDATE");
    assertThat(update.get("operation")).isEqualTo("PATCH updateSubject");
    JsonPath before = JsonPath.from(update.get("before").toString());
    JsonPath after = JsonPath.from(update.get("after").toString());
    assertThat(before.getString("name")).isEqualTo("HTX Cà phê Ea Tu");
    assertThat(after.getString("name")).isEqualTo("HTX Nông nghiệp Ea Tu");
    assertThat(after.getMap("")).doesNotContainKeys("identifier", "type", "representative");
  }

  @Test
  void aRejectedRequestWritesNoEntry() {
    String requestId = requestId();
    as(OFFICER_66)
        .header("X-Request-Id", requestId)
        .body("{\"type\":\"COOPERATIVE\",\"identifier\":\"12\",\"name\":\"\"}")
        .post("/api/registry/v1/subjects")
        .then()
        .statusCode(400);
    assertThat(entries("request_id", requestId)).isEmpty();
  }

  @Test
  void aWriteRolledBackAfterItsFlushLeavesNoEntry() {
    UUID id = subjectInDakLak();

    assertThatThrownBy(
            () ->
                QuarkusTransaction.requiringNew()
                    .run(
                        () -> {
                          entityManager.remove(entityManager.find(Subject.class, id));
                          entityManager.flush();
                          throw new IllegalStateException("the caller gives up");
                        }))
        .hasMessageContaining("gives up");

    assertThat(entries("record_id", id.toString()))
        .extracting(entry -> entry.get("action"))
        .containsExactly("CREATE");
    assertThat(rows("select id from subject where id = ?", id)).hasSize(1);
  }

  @Test
  void aCertificateIssuedFromAnEventIsAuditedAsTheConsumerUnderTheEventId() {
    UUID subject = subjectInDakLak();
    UUID product = Fixtures.productOf(OFFICER_66, subject);

    UUID certificate =
        CertificateFixtures.issue(
            CertificateFixtures.decision(
                product, subject, 4, LocalDate.now().minusDays(1), "NEW", "PROVINCE"));

    Map<String, Object> entry =
        entries("record_id", certificate.toString()).stream()
            .filter(e -> "Certificate".equals(e.get("record_type")))
            .findFirst()
            .orElseThrow();
    assertThat(entry.get("action")).isEqualTo("CREATE");
    assertThat(entry.get("actor")).isEqualTo("system:" + CertificateIssuer.CONSUMER);
    assertThat(entry.get("roles")).isEqualTo("");
    assertThat(entry.get("operation")).isEqualTo(CertificateIssuer.CONSUMER);
    assertThat(
            rows(
                "select event_id from consumed_event where consumer = ? and event_id = ?",
                CertificateIssuer.CONSUMER,
                entry.get("request_id")))
        .hasSize(1);
    assertThat(JsonPath.from(entry.get("after").toString()).getInt("starClass")).isEqualTo(4);
  }

  @Test
  void theExpiryRunAuditsEachCertificateItMoves() {
    UUID product = Fixtures.productOf(OFFICER_66, subjectInDakLak());
    LocalDate asOf = CertificateFixtures.today();
    UUID certificate = CertificateFixtures.certificate(product, asOf.minusDays(1), "ISSUED");

    CertificateFixtures.runExpiry(asOf);

    Map<String, Object> entry = entries("record_id", certificate.toString()).get(0);
    assertThat(entry.get("record_type")).isEqualTo("Certificate");
    assertThat(entry.get("action")).isEqualTo("UPDATE");
    assertThat(entry.get("actor")).isEqualTo("admin");
    assertThat(entry.get("province_code")).isEqualTo("66");
    assertThat(JsonPath.from(entry.get("before").toString()).getString("status"))
        .isEqualTo("ISSUED");
    assertThat(JsonPath.from(entry.get("after").toString()).getString("status"))
        .isEqualTo("EXPIRED");
  }

  @Test
  void officersReadTheHistoryOfTheirProvinceOnly() {
    UUID id = subjectInDakLak();

    as(OFFICER_66)
        .get(HISTORY, "Subject", id)
        .then()
        .statusCode(200)
        .body("pager.total", equalTo(1))
        .body("items[0].action", equalTo("CREATE"))
        .body("items[0].actor", equalTo("officer.daklak"))
        .body("items[0].after.provinceCode", equalTo("66"))
        .body("items[0].chainSeq", org.hamcrest.Matchers.nullValue());
    as(NATIONAL).get(HISTORY, "Subject", id).then().statusCode(200).body("pager.total", equalTo(1));
    problem(as(OFFICER_01).get(HISTORY, "Subject", id), 404, "NOT_FOUND");
    problem(
        as(TestTokens.councilMember("member.x", "66")).get(HISTORY, "Subject", id),
        403,
        "FORBIDDEN");
    as(ADMIN)
        .get("/api/registry/v1/audit/chain/verification")
        .then()
        .statusCode(200)
        .body("intact", equalTo(true))
        .body("entriesChecked", equalTo(0));
  }
}
