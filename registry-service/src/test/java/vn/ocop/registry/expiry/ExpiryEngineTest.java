package vn.ocop.registry.expiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.ocop.registry.support.CertificateFixtures.certificate;
import static vn.ocop.registry.support.CertificateFixtures.certificates;
import static vn.ocop.registry.support.CertificateFixtures.events;
import static vn.ocop.registry.support.CertificateFixtures.history;
import static vn.ocop.registry.support.CertificateFixtures.moved;
import static vn.ocop.registry.support.CertificateFixtures.reminded;
import static vn.ocop.registry.support.CertificateFixtures.reminders;
import static vn.ocop.registry.support.CertificateFixtures.runExpiry;
import static vn.ocop.registry.support.CertificateFixtures.status;
import static vn.ocop.registry.support.Fixtures.ADMIN;
import static vn.ocop.registry.support.Fixtures.NATIONAL;
import static vn.ocop.registry.support.Fixtures.OFFICER_66;
import static vn.ocop.registry.support.Fixtures.as;
import static vn.ocop.registry.support.Fixtures.productOf;
import static vn.ocop.registry.support.Fixtures.subjectInDakLak;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import vn.ocop.contracts.EventTypes;
import vn.ocop.contracts.Topics;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.devstack.TestKafka;
import vn.ocop.registry.support.Db;

/**
 * The expiry engine driven through {@code POST /expiry-runs?asOf=}. Each test owns a span of
 * far-future dates, decades from the others', and first runs the engine on its first day before
 * creating its certificates, so that what other tests left behind has already moved and the counts
 * a run answers are this test's own.
 */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "registry"))
class ExpiryEngineTest {

  @Test
  void certificatesMoveOnTheBoundariesOfTheirDates() {
    LocalDate validTo = LocalDate.of(2061, 6, 30);
    LocalDate expiringFrom = validTo.minusDays(180);
    runExpiry(expiringFrom.minusDays(1));
    UUID product = productOf(OFFICER_66, subjectInDakLak());
    UUID issued = certificate(product, validTo, "ISSUED");
    UUID suspended = certificate(product, validTo, "SUSPENDED");
    UUID revoked = certificate(product, validTo, "REVOKED");

    JsonPath dayBefore = runExpiry(expiringFrom.minusDays(1));
    assertThat(dayBefore.getList("transitions.count", Integer.class)).containsOnly(0);
    assertThat(status(issued)).isEqualTo("ISSUED");

    JsonPath day180 = runExpiry(expiringFrom);
    assertThat(moved(day180, "ISSUED", "EXPIRING")).isEqualTo(1);
    assertThat(reminded(day180, 180)).isEqualTo(1);
    assertThat(status(issued)).isEqualTo("EXPIRING");

    JsonPath again = runExpiry(expiringFrom);
    assertThat(again.getList("transitions.count", Integer.class)).containsOnly(0);
    assertThat(again.getList("reminders.count", Integer.class)).containsOnly(0);

    // valid_to is the last day in force.
    JsonPath lastDay = runExpiry(validTo);
    assertThat(lastDay.getList("transitions.count", Integer.class)).containsOnly(0);
    assertThat(status(issued)).isEqualTo("EXPIRING");
    assertThat(status(suspended)).isEqualTo("SUSPENDED");

    JsonPath dayAfter = runExpiry(validTo.plusDays(1));
    assertThat(moved(dayAfter, "EXPIRING", "EXPIRED")).isEqualTo(1);
    assertThat(moved(dayAfter, "SUSPENDED", "EXPIRED")).isEqualTo(1);
    assertThat(moved(dayAfter, "ISSUED", "EXPIRED")).isZero();
    assertThat(status(issued)).isEqualTo("EXPIRED");
    assertThat(status(suspended)).isEqualTo("EXPIRED");
    assertThat(status(revoked)).isEqualTo("REVOKED");
    assertThat(runExpiry(validTo.plusDays(1)).getList("transitions.count", Integer.class))
        .containsOnly(0);

    List<Map<String, Object>> rows = history(issued);
    assertThat(rows)
        .extracting(row -> row.get("old_status") + ">" + row.get("new_status"))
        .containsExactly("null>ISSUED", "ISSUED>EXPIRING", "EXPIRING>EXPIRED");
    assertThat(rows.get(1).get("reason"))
        .isEqualTo("Within 180 days of the end of validity on " + validTo);
    assertThat(rows.get(2).get("reason")).isEqualTo("Validity ended on " + validTo);
    assertThat(rows.get(2).get("changed_by")).isEqualTo("expiry-engine/admin");
    assertThat(history(revoked)).hasSize(1);
    assertThat(events(issued, EventTypes.CERTIFICATE_STATUS_CHANGED)).isEqualTo(2);
    assertThat(events(suspended, EventTypes.CERTIFICATE_STATUS_CHANGED)).isEqualTo(1);
    assertThat(events(revoked, EventTypes.CERTIFICATE_STATUS_CHANGED)).isZero();
    assertThat(reminders(suspended)).isEmpty();
    assertThat(reminders(revoked)).isEmpty();

    JsonNode expired =
        awaitEvent(issued, EventTypes.CERTIFICATE_STATUS_CHANGED, "newStatus", "EXPIRED");
    assertThat(expired.path("oldStatus").asText()).isEqualTo("EXPIRING");
    assertThat(expired.path("validTo").asText()).isEqualTo(validTo.toString());
    assertThat(expired.path("productId").asText()).isEqualTo(product.toString());
    assertThat(expired.path("currentProvinceCode").asText()).isEqualTo("66");
    assertThat(expired.path("reason").asText()).isEqualTo("Validity ended on " + validTo);
  }

  @Test
  void remindersAreRecordedAtOneHundredEightyNinetyAndThirtyDaysOnceEach() {
    LocalDate validTo = LocalDate.of(2071, 6, 30);
    runExpiry(validTo.minusDays(181));
    UUID product = productOf(OFFICER_66, subjectInDakLak());
    UUID onTime = certificate(product, validTo, "ISSUED");
    UUID suspended = certificate(product, validTo, "SUSPENDED");

    assertThat(reminded(runExpiry(validTo.minusDays(180)), 180)).isEqualTo(1);
    assertThat(reminded(runExpiry(validTo.minusDays(179)), 180)).isZero();
    // Entered the window late, 100 days before its end: only the 180-day reminder, late.
    UUID lateEntry = certificate(product, validTo.minusDays(90).plusDays(100), "ISSUED");
    JsonPath day90 = runExpiry(validTo.minusDays(90));
    assertThat(reminded(day90, 90)).isEqualTo(1);
    assertThat(reminded(day90, 180)).isEqualTo(1);
    assertThat(day90.getInt("reminders.find { it.daysBefore == 180 }.late")).isEqualTo(1);
    assertThat(day90.getInt("reminders.find { it.daysBefore == 90 }.late")).isZero();
    // Imported with 20 days left: the 30-day reminder, late, and not the missed 90 or 180.
    UUID imported = certificate(product, validTo.minusDays(30).plusDays(20), "EXPIRING");
    JsonPath day30 = runExpiry(validTo.minusDays(30));
    assertThat(reminded(day30, 30)).isEqualTo(2);
    assertThat(day30.getInt("reminders.find { it.daysBefore == 30 }.late")).isEqualTo(1);
    // The late entrant, 40 days from its end, now owes its 90-day reminder (late).
    assertThat(reminded(day30, 90)).isEqualTo(1);
    assertThat(day30.getInt("reminders.find { it.daysBefore == 90 }.late")).isEqualTo(1);
    JsonPath again = runExpiry(validTo.minusDays(30));
    assertThat(again.getList("reminders.count", Integer.class)).containsOnly(0);

    assertThat(reminders(onTime))
        .extracting(r -> r.get("days_before") + "/" + r.get("due_date") + "/" + r.get("late"))
        .containsExactly(
            "30/" + validTo.minusDays(30) + "/false",
            "90/" + validTo.minusDays(90) + "/false",
            "180/" + validTo.minusDays(180) + "/false");
    assertThat(reminders(imported))
        .extracting(r -> r.get("days_before") + "/" + r.get("late"))
        .containsExactly("30/true");
    assertThat(reminders(lateEntry))
        .extracting(r -> r.get("days_before") + "/" + r.get("late"))
        .containsExactly("90/true", "180/true");
    assertThat(reminders(suspended)).isEmpty();
    assertThat(events(onTime, EventTypes.CERTIFICATE_EXPIRY_REMINDER)).isEqualTo(3);
    assertThat(events(imported, EventTypes.CERTIFICATE_EXPIRY_REMINDER)).isEqualTo(1);

    JsonNode reminder =
        awaitEvent(imported, EventTypes.CERTIFICATE_EXPIRY_REMINDER, "daysBefore", "30");
    assertThat(reminder.path("late").asBoolean()).isTrue();
    assertThat(reminder.path("validTo").asText()).isEqualTo(validTo.minusDays(10).toString());
    assertThat(reminder.path("dueDate").asText()).isEqualTo(validTo.minusDays(40).toString());
    assertThat(reminder.path("productId").asText()).isEqualTo(product.toString());
    assertThat(reminder.path("starClass").asInt()).isEqualTo(3);
  }

  @Test
  void fiveThousandCertificatesExpireInChunksOfTheirOwnTransactions() {
    LocalDate validTo = LocalDate.of(2081, 3, 31);
    runExpiry(validTo.plusDays(1));
    UUID product = productOf(OFFICER_66, subjectInDakLak());
    certificates(product, 5_000, validTo, "ISSUED");

    long started = System.nanoTime();
    JsonPath run = runExpiry(validTo.plusDays(1));
    long millis = (System.nanoTime() - started) / 1_000_000;
    System.out.printf(
        "expiry engine: 5000 certificates ISSUED -> EXPIRED with history and events in %d ms%n",
        millis);

    assertThat(moved(run, "ISSUED", "EXPIRED")).isEqualTo(5_000);
    assertThat(
            Db.count(
                "select count(*) from certificate where product_id = ? and status = 'EXPIRED'",
                product))
        .isEqualTo(5_000);
    assertThat(
            Db.count(
                "select count(*) from certificate_status_history h join certificate c"
                    + " on c.id = h.certificate_id where c.product_id = ?"
                    + " and h.new_status = 'EXPIRED'",
                product))
        .isEqualTo(5_000);
    assertThat(
            Db.count(
                "select count(*) from outbox_event o join certificate c"
                    + " on o.message_key = cast(c.id as varchar) where c.product_id = ?"
                    + " and o.event_type = ?",
                product,
                EventTypes.CERTIFICATE_STATUS_CHANGED))
        .isEqualTo(5_000);
    // Rows written by one transaction share its xmin: ten chunks of 500, not one transaction.
    assertThat(
            Db.count(
                "select count(distinct cast(c.xmin as varchar)) from certificate c"
                    + " where c.product_id = ?",
                product))
        .isEqualTo(10);
  }

  @Test
  void twoRunsAtOnceMoveEachCertificateOnce() throws Exception {
    LocalDate validTo = LocalDate.of(2091, 9, 30);
    runExpiry(validTo.plusDays(1));
    UUID product = productOf(OFFICER_66, subjectInDakLak());
    certificates(product, 1_200, validTo, "EXPIRING");

    CountDownLatch start = new CountDownLatch(1);
    List<CompletableFuture<Response>> runs =
        List.of(ADMIN, NATIONAL).stream()
            .map(
                token ->
                    CompletableFuture.supplyAsync(
                        () -> {
                          try {
                            start.await();
                          } catch (InterruptedException e) {
                            throw new IllegalStateException(e);
                          }
                          return as(token)
                              .queryParam("asOf", validTo.plusDays(1).toString())
                              .post("/api/registry/v1/expiry-runs");
                        }))
            .toList();
    start.countDown();

    int moved = 0;
    for (CompletableFuture<Response> future : runs) {
      Response response = future.get();
      if (response.statusCode() == 409) {
        assertThat(response.jsonPath().getString("code")).isEqualTo("EXPIRY_RUN_IN_PROGRESS");
      } else {
        assertThat(response.statusCode()).isEqualTo(200);
        moved += moved(response.jsonPath(), "EXPIRING", "EXPIRED");
      }
    }
    assertThat(moved).isEqualTo(1_200);
    assertThat(
            Db.count(
                "select count(*) from certificate_status_history h join certificate c"
                    + " on c.id = h.certificate_id where c.product_id = ?"
                    + " and h.new_status = 'EXPIRED'",
                product))
        .isEqualTo(1_200);
    assertThat(
            Db.count(
                "select count(*) from outbox_event o join certificate c"
                    + " on o.message_key = cast(c.id as varchar) where c.product_id = ?",
                product))
        .isEqualTo(1_200);
  }

  @Test
  void onlyNationalRolesRunTheEngineAndTheDateMustBeADate() {
    as(OFFICER_66)
        .post("/api/registry/v1/expiry-runs")
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("code", equalTo("FORBIDDEN"));
    as(ADMIN)
        .queryParam("asOf", "30/06/2061")
        .post("/api/registry/v1/expiry-runs")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("asOf"))
        .body("errors[0].rule", equalTo("Date"));
  }

  private static JsonNode awaitEvent(UUID id, String type, String field, String value) {
    return TestKafka.json(
            TestKafka.awaitRecord(
                    Topics.REGISTRY_CERTIFICATE,
                    r -> {
                      if (!id.toString().equals(r.key())) {
                        return false;
                      }
                      JsonNode event = TestKafka.json(r.value());
                      return type.equals(event.path("type").asText())
                          && value.equals(event.path("data").path(field).asText());
                    })
                .value())
        .path("data");
  }
}
