package vn.ocop.registry.expiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.ocop.registry.support.CertificateFixtures.certificate;
import static vn.ocop.registry.support.CertificateFixtures.runExpiry;
import static vn.ocop.registry.support.Fixtures.DAK_LAK;
import static vn.ocop.registry.support.Fixtures.NATIONAL;
import static vn.ocop.registry.support.Fixtures.OFFICER_01;
import static vn.ocop.registry.support.Fixtures.OFFICER_66;
import static vn.ocop.registry.support.Fixtures.as;
import static vn.ocop.registry.support.Fixtures.productOf;
import static vn.ocop.registry.support.Fixtures.subjectInDakLak;
import static vn.ocop.registry.support.Fixtures.subjectInHaNoi;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.devstack.TestTokens;

/**
 * The reminder feed: who sees which reminders, the filters, the order and paging. The reminders are
 * recorded once, by engine runs on far-future days no other test uses; every query is limited to
 * their due dates.
 */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "registry"))
class ReminderFeedTest {
  private static final LocalDate VALID_TO = LocalDate.of(2111, 6, 30);
  private static final String FEED = "/api/registry/v1/reminders";

  private static UUID subjectA;
  private static UUID subjectB;
  private static UUID productA;
  private static UUID certificateA1;

  /** Once per class; not @BeforeAll, which runs before RestAssured knows the test port. */
  @BeforeEach
  void recordReminders() {
    if (certificateA1 != null) {
      return;
    }
    runExpiry(VALID_TO.minusDays(181));
    subjectA = subjectInDakLak();
    subjectB = subjectInDakLak();
    productA = productOf(OFFICER_66, subjectA);
    certificateA1 = certificate(productA, VALID_TO, "ISSUED", "PROVINCE", 4);
    certificate(productA, VALID_TO.plusDays(10), "ISSUED");
    certificate(productOf(OFFICER_66, subjectB), VALID_TO.plusDays(5), "ISSUED");
    certificate(productOf(OFFICER_01, subjectInHaNoi()), VALID_TO.plusDays(3), "ISSUED");
    // 180-day reminders for all four, then the 90-day one of A1 only.
    runExpiry(VALID_TO.minusDays(170));
    runExpiry(VALID_TO.minusDays(90));
  }

  @Test
  void nationalOfficersSeeEveryProvinceNewestDueFirst() {
    JsonPath feed = feed(as(NATIONAL)).body("pager.total", equalTo(5)).extract().jsonPath();

    assertThat(feed.getList("items.dueDate", String.class))
        .containsExactly(
            VALID_TO.minusDays(90).toString(),
            VALID_TO.plusDays(10).minusDays(180).toString(),
            VALID_TO.plusDays(5).minusDays(180).toString(),
            VALID_TO.plusDays(3).minusDays(180).toString(),
            VALID_TO.minusDays(180).toString());
    Map<String, Object> first = feed.getMap("items[0]");
    String productName =
        as(NATIONAL).get("/api/registry/v1/products/" + productA).then().extract().path("name");
    assertThat(first)
        .containsEntry("certificateId", certificateA1.toString())
        .containsEntry("productId", productA.toString())
        .containsEntry("productName", productName)
        .containsEntry("subjectId", subjectA.toString())
        .containsEntry("subjectName", "HTX Cà phê Ea Tu")
        .containsEntry("starClass", 4)
        .containsEntry("validTo", VALID_TO.toString())
        .containsEntry("certificateStatus", "EXPIRING")
        .containsEntry("currentProvinceCode", DAK_LAK)
        .containsEntry("daysBefore", 90)
        .containsEntry("late", false);
    assertThat(feed.getBoolean("items[4].late")).as("recorded 10 days after its due date").isTrue();

    feed(as(NATIONAL).queryParam("provinceCode", "01"))
        .body("pager.total", equalTo(1))
        .body("items[0].currentProvinceCode", equalTo("01"));
    feed(as(NATIONAL).queryParam("daysBefore", "90"))
        .body("pager.total", equalTo(1))
        .body("items[0].certificateId", equalTo(certificateA1.toString()));
    feed(as(NATIONAL).queryParam("subjectId", subjectB.toString())).body("pager.total", equalTo(1));
    feed(as(NATIONAL).queryParam("pageSize", "2").queryParam("page", "2"))
        .body("items.size()", equalTo(2))
        .body("pager.total", equalTo(5))
        .body("pager.prevPage", equalTo(1))
        .body("pager.nextPage", equalTo(3));
  }

  @Test
  void provinceOfficersSeeTheirProvinceOnly() {
    feed(as(OFFICER_66))
        .body("pager.total", equalTo(4))
        .body("items.currentProvinceCode", org.hamcrest.Matchers.everyItem(equalTo(DAK_LAK)));
    feed(as(OFFICER_66).queryParam("provinceCode", "01")).body("pager.total", equalTo(0));
    feed(as(OFFICER_01)).body("pager.total", equalTo(1));
  }

  @Test
  void aSubjectMemberSeesTheirSubjectsRemindersOnly() {
    String member = TestTokens.subjectMember("member.a", DAK_LAK, subjectA);
    List<String> subjects =
        feed(as(member)).body("pager.total", equalTo(3)).extract().path("items.subjectId");
    assertThat(subjects).containsOnly(subjectA.toString());

    as(member)
        .get("/api/registry/v1/subjects/" + subjectA + "/reminders")
        .then()
        .statusCode(200)
        .body("pager.total", equalTo(3));
    as(member)
        .get("/api/registry/v1/subjects/" + subjectB + "/reminders")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    as(OFFICER_01)
        .get("/api/registry/v1/subjects/" + subjectA + "/reminders")
        .then()
        .statusCode(404);
    as(OFFICER_66)
        .queryParam("daysBefore", "180")
        .get("/api/registry/v1/subjects/" + subjectB + "/reminders")
        .then()
        .statusCode(200)
        .body("pager.total", equalTo(1))
        .body("items[0].daysBefore", equalTo(180));
  }

  @Test
  void badFiltersAreRefusedNamingTheParameter() {
    refused(as(NATIONAL).queryParam("daysBefore", "45"), "daysBefore", "OneOf");
    refused(as(NATIONAL).queryParam("from", "2026-13-01"), "from", "Date");
    refused(
        as(NATIONAL).queryParam("from", "2026-06-01").queryParam("to", "2026-05-01"),
        "to",
        "NotBeforeFrom");
    refused(as(NATIONAL).queryParam("subjectId", "not-a-uuid"), "subjectId", "UUID");
    refused(as(NATIONAL).queryParam("provinceCode", "6"), "provinceCode", "Pattern");
  }

  /** The feed limited to this test's due dates. */
  private static io.restassured.response.ValidatableResponse feed(RequestSpecification request) {
    return request
        .queryParam("from", VALID_TO.minusDays(200).toString())
        .queryParam("to", VALID_TO.toString())
        .get(FEED)
        .then()
        .statusCode(200);
  }

  private static void refused(RequestSpecification request, String field, String rule) {
    request
        .get(FEED)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo(field))
        .body("errors[0].rule", equalTo(rule));
  }
}
