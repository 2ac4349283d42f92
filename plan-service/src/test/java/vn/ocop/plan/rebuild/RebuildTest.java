package vn.ocop.plan.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ocop.contracts.Topics;
import vn.ocop.contracts.rating.IdeaRegistered;
import vn.ocop.contracts.registry.CertificateIssued;
import vn.ocop.contracts.registry.SubjectRegistered;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.plan.support.Api;
import vn.ocop.plan.support.Events;
import vn.ocop.plan.support.FactEvents;
import vn.ocop.plan.support.Tables;
import vn.ocop.plan.support.Tokens;
import vn.ocop.plan.support.Values;

/**
 * Rebuilding the facts from the beginning of the topics gives the same numbers: every indicator,
 * every province, over every window, and the same fact rows. Huế (46), years 2077–2078, belongs to
 * this class; the comparison covers whatever every other test published too.
 */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "plan"))
class RebuildTest {
  static final String PATH = "/api/plan/v1/facts/rebuild";
  static final List<String> FACT_TABLES =
      List.of(
          "certificate_fact",
          "certificate_status_fact",
          "subject_fact",
          "product_fact",
          "idea_fact",
          "business_plan_fact",
          "nomination_fact",
          "promotion_fact",
          "promotion_product");

  @Test
  void aRebuildGivesTheSameNumbersForEveryIndicatorAndProvince() {
    publishAMixOfEvents();
    drainAll();
    Map<String, Object> before = snapshot();

    JsonPath result = Api.as(Tokens.admin()).post(PATH).then().statusCode(200).extract().jsonPath();

    assertThat(snapshot()).isEqualTo(before);
    List<Map<String, Object>> topics = result.getList("topics");
    assertThat(topics)
        .extracting(t -> t.get("topic"))
        .containsExactlyInAnyOrder(
            Topics.REGISTRY_CERTIFICATE,
            Topics.REGISTRY_SUBJECT,
            Topics.REGISTRY_PRODUCT,
            Topics.RATING_REGISTRATION,
            Topics.RATING_DOSSIER,
            Topics.RATING_PROMOTION);
    assertThat(topics)
        .allSatisfy(t -> assertThat(((Number) t.get("events")).longValue()).isPositive());
    assertThat(topics)
        .filteredOn(t -> Topics.REGISTRY_SUBJECT.equals(t.get("topic")))
        .singleElement()
        .satisfies(
            t -> {
              assertThat(((Number) t.get("applied")).longValue()).isPositive();
              assertThat(((Number) t.get("deadLettered")).longValue()).isPositive();
              assertThat(((Number) t.get("skipped")).longValue()).isPositive();
            });
    assertThat(result.getLong("events"))
        .isEqualTo(topics.stream().mapToLong(t -> ((Number) t.get("events")).longValue()).sum());
    assertThat(result.getLong("tookMs")).isNotNegative();

    // Live consumers carry on after the rebuild: a new event is applied, not taken for a replay.
    int before2077 = Values.count("46", Values.years(2077, 2077), "SUBJECTS_NEW");
    String live =
        FactEvents.publishSubject(
            FactEvents.subject(UUID.randomUUID(), "ENTERPRISE", "46", null),
            FactEvents.at(LocalDate.of(2077, 12, 1)));
    FactEvents.awaitApplied(FactEvents.SUBJECTS, List.of(live));
    assertThat(Values.count("46", Values.years(2077, 2077), "SUBJECTS_NEW"))
        .isEqualTo(before2077 + 1);
  }

  @Test
  void onlyAnAdminRebuildsTheFacts() {
    long facts = Tables.count("select count(*) from certificate_fact");
    for (String token : List.of(Tokens.national(), Tokens.provinceOfficer("46"))) {
      Api.as(token).post(PATH).then().statusCode(403).body("code", equalTo("FORBIDDEN"));
    }
    assertThat(Tables.count("select count(*) from certificate_fact")).isEqualTo(facts);
  }

  /** Every kind of event, redeliveries and poison included. */
  private static void publishAMixOfEvents() {
    String commune =
        Tables.strings("select code from commune where province_code = '46' order by code limit 1")
            .get(0);
    SubjectRegistered subject = FactEvents.subject(UUID.randomUUID(), "COOPERATIVE", "46", commune);
    UUID product = UUID.randomUUID();
    LocalDate day = LocalDate.of(2077, 5, 5);
    CertificateIssued first =
        FactEvents.certificate(product, subject.subjectId(), "46", commune, 3, day, "NEW");
    CertificateIssued second =
        FactEvents.certificate(
            product, subject.subjectId(), "46", commune, 4, day.plusYears(1), "UPGRADE");
    IdeaRegistered idea =
        FactEvents.idea(subject.subjectId(), "COOPERATIVE", "46", commune, 4, day);
    FactEvents.publishSubject(subject, FactEvents.at(day));
    FactEvents.publishProduct(
        FactEvents.product(product, subject.subjectId(), 4, 1, "46", commune));
    FactEvents.publishCertificate(first);
    FactEvents.publishCertificate(second);
    FactEvents.publishStatus(first, "SUPERSEDED", day.plusYears(1));
    FactEvents.publishStatus(second, "REVOKED", day.plusYears(1).plusMonths(2));
    FactEvents.publishIdea(idea);
    FactEvents.publishPlanReview(
        FactEvents.planReview(UUID.randomUUID(), idea, "APPROVED", day.plusMonths(1)));
    FactEvents.publishNomination(
        FactEvents.nomination(product, "46", "CENTRAL"), FactEvents.at(day.plusMonths(2)));
    FactEvents.publishPromotion(
        FactEvents.promotion("46", "SALES_POINT", day.plusMonths(3), List.of(product)));
    // A poison record: dead-lettered live, skipped by the rebuild.
    Events.send(Topics.REGISTRY_SUBJECT, UUID.randomUUID().toString(), "not an event");
    // The same event twice.
    String again =
        Events.envelope(
            UUID.randomUUID().toString(),
            vn.ocop.contracts.EventTypes.SUBJECT_REGISTERED,
            FactEvents.at(day),
            FactEvents.subject(UUID.randomUUID(), "ENTERPRISE", "46", null));
    Events.send(Topics.REGISTRY_SUBJECT, "again", again);
    Events.send(Topics.REGISTRY_SUBJECT, "again", again);
  }

  private static void drainAll() {
    Events.drain(Topics.REGISTRY_SUBJECT, FactEvents.SUBJECTS);
    Events.drain(Topics.REGISTRY_PRODUCT, FactEvents.PRODUCTS);
    Events.drain(Topics.REGISTRY_CERTIFICATE, FactEvents.CERTIFICATES);
    Events.drain(Topics.RATING_REGISTRATION, FactEvents.REGISTRATIONS);
    Events.drain(Topics.RATING_DOSSIER, FactEvents.DOSSIERS);
    Events.drain(Topics.RATING_PROMOTION, FactEvents.PROMOTIONS);
  }

  /** Every indicator by province over several windows, the national totals, and row counts. */
  private static Map<String, Object> snapshot() {
    Map<String, Object> snapshot = new LinkedHashMap<>();
    List<int[]> windows = new ArrayList<>();
    windows.add(new int[] {2000, 2100});
    windows.add(new int[] {2077, 2077});
    windows.add(new int[] {2021, 2025});
    windows.add(new int[] {2061, 2072});
    for (int[] w : windows) {
      Map<String, Map<String, BigDecimal>> byProvince =
          Values.allByProvince(Values.years(w[0], w[1]));
      Map<String, Map<String, BigDecimal>> normalized = new LinkedHashMap<>();
      byProvince.forEach((province, values) -> normalized.put(province, Values.normalized(values)));
      snapshot.put("byProvince " + w[0] + "-" + w[1], normalized);
    }
    for (String table : FACT_TABLES) {
      snapshot.put(table, Tables.count("select count(*) from " + table));
    }
    snapshot.put(
        "certificate statuses",
        Tables.strings(
            "select certificate_id || status || coalesce(cast(status_changed_at as varchar), '')"
                + " || coalesce(superseded_by::text, '') || dossier_kind || province_code"
                + " from certificate_fact order by 1"));
    snapshot.put(
        "subjects",
        Tables.strings(
            "select subject_id || subject_type || province_code || coalesce(commune_code, '')"
                + " || coalesce(cast(registered_on as varchar), '') from subject_fact order by 1"));
    return snapshot;
  }
}
