package vn.ocop.plan.access;

import static org.hamcrest.Matchers.equalTo;

import io.restassured.path.json.JsonPath;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ocop.devstack.TestTokens;
import vn.ocop.devstack.scope.Actor;
import vn.ocop.devstack.scope.Side;
import vn.ocop.plan.support.Api;
import vn.ocop.plan.support.PlanData;
import vn.ocop.plan.support.Tables;

/**
 * The own and foreign sides of the plan service's scope tests: two provinces no other test class
 * writes in (Đà Nẵng, the own side, and Quảng Ninh, the foreign one), a commune of each, an
 * approved plan, a draft report and an entered value of the own province, and a token per {@link
 * Actor} bound to either side. Records that an allowed call consumes (a draft approved, a report
 * submitted) are made again only once the previous one is used up, so that refused calls cost
 * nothing.
 */
final class PlanSides {
  /** Đà Nẵng and a ward of it: the own side. */
  static final String OWN_PROVINCE = "48";

  static final String OWN_COMMUNE = "20194";

  /** Another ward of Đà Nẵng, for a commune officer who is not the own commune's. */
  static final String OTHER_OWN_COMMUNE = "20197";

  /** Quảng Ninh and a ward of it: the foreign side. */
  static final String FOREIGN_PROVINCE = "22";

  static final String FOREIGN_COMMUNE = "06652";

  static final String PLANS = "/api/plan/v1/provinces/{code}/plans";
  static final String REPORTS = "/api/plan/v1/provinces/{code}/reports";

  final String ownPlan;
  final String ownReport;
  final String foreignPlan;

  private String draftPlan;
  private String amendablePlan;
  private String draftReport;
  private String submittedReport;
  private final Map<Actor, String> ownTokens = new EnumMap<>(Actor.class);
  private final Map<Actor, String> foreignTokens = new EnumMap<>(Actor.class);

  private PlanSides() {
    ownPlan = PlanData.approved(OWN_PROVINCE, plan(OWN_COMMUNE, "Kế hoạch OCOP Đà Nẵng"));
    foreignPlan =
        PlanData.approved(FOREIGN_PROVINCE, plan(FOREIGN_COMMUNE, "Kế hoạch OCOP Quảng Ninh"));
    ownReport = report();
    for (Side side : Side.values()) {
      for (Actor actor : Actor.values()) {
        if (actor != Actor.PUBLIC) {
          (side == Side.OWN ? ownTokens : foreignTokens).put(actor, bind(actor, side));
        }
      }
    }
  }

  static PlanSides create() {
    return new PlanSides();
  }

  String token(Actor actor, Side side) {
    return (side == Side.OWN ? ownTokens : foreignTokens).get(actor);
  }

  static String officer(String province) {
    return TestTokens.token(
        "scope.officer." + province, Set.of("province-officer"), Map.of("province", province));
  }

  static String communeOfficer(String province, String commune) {
    return TestTokens.token(
        "scope.commune." + commune,
        Set.of("commune-officer"),
        Map.of("province", province, "commune", commune));
  }

  /** A 2026–2030 plan with a province-wide and a commune target. */
  static Map<String, Object> plan(String commune, String title) {
    Map<String, Object> communeTarget =
        new java.util.HashMap<>(PlanData.target("PRODUCTS_3STAR_PLUS", 2026, "AT_LEAST", 3));
    communeTarget.put("communeCode", commune);
    return PlanData.plan(
        title,
        2026,
        2030,
        List.of(PlanData.target("PRODUCTS_3STAR_PLUS", 2026, "AT_LEAST", 40), communeTarget));
  }

  /** The own province's draft plan, a new one once the last was approved or deleted. */
  String draftPlan() {
    if (draftPlan == null || !status("plan", draftPlan).equals("DRAFT")) {
      draftPlan =
          PlanData.create(OWN_PROVINCE, plan(OWN_COMMUNE, "Dự thảo kế hoạch")).getString("id");
    }
    return draftPlan;
  }

  long rowVersion(String table, String id) {
    return Tables.count("select row_version from " + table + " where id = cast(? as uuid)", id);
  }

  /** An approved plan of the own province whose lineage has no draft yet (amendable). */
  String amendablePlan() {
    if (amendablePlan == null
        || Tables.count(
                "select count(*) from plan where status = 'DRAFT' and lineage_id ="
                    + " (select lineage_id from plan where id = cast(? as uuid))",
                amendablePlan)
            > 0) {
      amendablePlan = PlanData.approved(OWN_PROVINCE, plan(OWN_COMMUNE, "Kế hoạch năm"));
    }
    return amendablePlan;
  }

  /** The next year without a report of the own province (reports are one per year and period). */
  static int freeReportYear() {
    return (int)
            Tables.count(
                "select coalesce(max(year), 1999) from progress_report where province_code = ?",
                OWN_PROVINCE)
        + 1;
  }

  /** A new annual report of the own province, drafted by its officer; returns its id. */
  static String report() {
    return Api.as(officer(OWN_PROVINCE))
        .contentType("application/json")
        .body("{\"year\":" + freeReportYear() + ",\"period\":\"FY\"}")
        .post(REPORTS, OWN_PROVINCE)
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  /** The own province's draft report, a new one once the last was submitted. */
  String draftReport() {
    if (draftReport == null || !status("progress_report", draftReport).equals("DRAFT")) {
      draftReport = report();
    }
    return draftReport;
  }

  /** A report of the own province awaiting the national office, a new one once decided. */
  String submittedReport() {
    if (submittedReport == null
        || !status("progress_report", submittedReport).equals("SUBMITTED")) {
      String id = report();
      Api.as(officer(OWN_PROVINCE))
          .post("/api/plan/v1/reports/{id}/submit", id)
          .then()
          .statusCode(200)
          .body("status", equalTo("SUBMITTED"));
      submittedReport = id;
    }
    return submittedReport;
  }

  static String status(String table, String id) {
    List<String> status =
        Tables.strings("select status from " + table + " where id = cast(? as uuid)", id);
    return status.isEmpty() ? "GONE" : status.get(0);
  }

  static JsonPath plan(String id) {
    return Api.as(officer(OWN_PROVINCE))
        .get("/api/plan/v1/plans/{id}", id)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private String bind(Actor actor, Side side) {
    boolean own = side == Side.OWN;
    String province = own ? OWN_PROVINCE : FOREIGN_PROVINCE;
    String user = "scope." + actor.name().toLowerCase() + "." + province;
    return switch (actor) {
      case ADMIN -> TestTokens.admin("scope.admin");
      case NATIONAL_OFFICER -> TestTokens.nationalOfficer("scope.national");
      case PROVINCE_OFFICER -> officer(province);
      case COMMUNE_OFFICER -> communeOfficer(province, own ? OWN_COMMUNE : FOREIGN_COMMUNE);
      case COUNCIL_MEMBER, ADVISOR ->
          TestTokens.token(user, Set.of(actor.role()), Map.of("province", province));
      case SUBJECT_MEMBER ->
          TestTokens.token(
              user,
              Set.of(actor.role()),
              Map.of("province", province, "subject_id", java.util.UUID.randomUUID().toString()));
      case PUBLIC -> throw new IllegalArgumentException("the public has no token");
    };
  }
}
