package vn.ocop.rating.support;

import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.ocop.contracts.registry.SubjectRegistered;
import vn.ocop.devstack.Await;
import vn.ocop.devstack.TestKafka;
import vn.ocop.devstack.TestTokens;

/** Builds the records of the cycle's steps (rounds, ideas, plans) through the API. */
public final class StepRecords {
  public static final String CYCLES = "/api/rating/v1/cycles";
  public static final String IDEAS = "/api/rating/v1/ideas";
  public static final String PLANS = "/api/rating/v1/business-plans";
  public static final String PROMOTIONS = "/api/rating/v1/promotions";
  public static final String EA_TU = "24121";
  public static final String HOA_THANG = "24124";

  private StepRecords() {}

  public static String communeOfficer(String provinceCode, String communeCode) {
    return TestTokens.token(
        "commune." + communeCode,
        Set.of("commune-officer"),
        Map.of("province", provinceCode, "commune", communeCode));
  }

  public static String subjectMember(String provinceCode, UUID subjectId) {
    return TestTokens.subjectMember(
        "member." + subjectId.toString().substring(0, 8), provinceCode, subjectId);
  }

  /** A subject the registry announced, present in the read model. */
  public static UUID registerSubject(String provinceCode) {
    UUID subjectId = UUID.randomUUID();
    Registry.publishSubject(
        UUID.randomUUID(),
        new SubjectRegistered(
            subjectId,
            "COOPERATIVE",
            "TAX_CODE",
            "6001234567",
            "Hợp tác xã Nông nghiệp Ea Tu",
            provinceCode,
            null,
            null,
            null,
            null,
            null,
            null,
            null));
    awaitSubject(subjectId);
    return subjectId;
  }

  public static void awaitSubject(UUID subjectId) {
    Await.untilTrue(
        "subject " + subjectId + " in the read model",
        () ->
            Tables.count(
                    "select count(*) from subject_ref where subject_id = ?", List.of(subjectId))
                == 1);
  }

  /** A round at PROMOTION with the usual calendar, in a year and round no other test used. */
  public static String openCycle(String provinceCode) {
    return openCycle(provinceCode, Map.of());
  }

  public static String openCycle(String provinceCode, Map<String, Object> extra) {
    Map<String, Object> body = new HashMap<>(Fixtures.nextSlot());
    body.putAll(extra);
    return Api.as(Api.officer(provinceCode))
        .body(body)
        .post(CYCLES)
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  public static long cycleVersion(String provinceCode, String cycleId) {
    return ((Number)
            Api.as(Api.officer(provinceCode))
                .get(CYCLES + "/{id}", cycleId)
                .then()
                .statusCode(200)
                .extract()
                .path("version"))
        .longValue();
  }

  /** Moves a round step by step until it is at {@code step}. */
  public static void advanceTo(String provinceCode, String cycleId, String step) {
    String current =
        Api.as(Api.officer(provinceCode))
            .get(CYCLES + "/{id}", cycleId)
            .then()
            .extract()
            .path("step");
    List<String> order =
        List.of(
            "PROMOTION",
            "IDEA_REGISTRATION",
            "BUSINESS_PLANS",
            "IMPLEMENTATION",
            "EVALUATION",
            "TRADE_PROMOTION",
            "CLOSED");
    for (int i = order.indexOf(current) + 1; i <= order.indexOf(step); i++) {
      Api.as(Api.officer(provinceCode))
          .body(Map.of("step", order.get(i), "version", cycleVersion(provinceCode, cycleId)))
          .post(CYCLES + "/{id}/step", cycleId)
          .then()
          .statusCode(200)
          .body("step", equalTo(order.get(i)));
    }
  }

  public static Map<String, Object> ideaForm(String cycleId, String communeCode) {
    Map<String, Object> form = new HashMap<>();
    if (cycleId != null) {
      form.put("cycleId", cycleId);
    }
    form.put("productName", "Cà phê bột nguyên chất Ea Tu");
    form.put("productSet", 13);
    form.put("description", "Cà phê rang xay từ vườn Robusta của hợp tác xã");
    form.put("rawMaterials", "Cà phê Robusta trồng tại xã Ea Tu");
    form.put("expectedMarket", "Tỉnh Đắk Lắk");
    form.put("communeCode", communeCode);
    return form;
  }

  public static String registerIdea(String subjectToken, String cycleId, String communeCode) {
    return Api.as(subjectToken)
        .body(ideaForm(cycleId, communeCode))
        .post(IDEAS)
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  public static void reviewIdea(
      String officerToken, String ideaId, String decision, String reason) {
    Map<String, Object> body = new HashMap<>();
    body.put("decision", decision);
    body.put("reason", reason);
    body.put("version", version(officerToken, IDEAS, ideaId));
    Api.as(officerToken)
        .body(body)
        .post(IDEAS + "/{id}/review", ideaId)
        .then()
        .statusCode(200)
        .body("status", equalTo(decision));
  }

  public static Map<String, Object> planForm(String ideaId) {
    Map<String, Object> form = new HashMap<>();
    if (ideaId != null) {
      form.put("ideaId", ideaId);
    }
    form.put("summary", "Đầu tư dây chuyền rang xay và đóng gói cà phê bột");
    form.put("investmentVnd", 850_000_000L);
    form.put("capitalSources", "Vốn tự có 60%, vay 40%");
    form.put("productionCapacity", "20 tấn mỗi năm");
    form.put("targetMarket", "Siêu thị trong tỉnh");
    form.put("timeline", "Quý 3 lắp đặt, quý 4 sản xuất");
    form.put("requestedSupport", List.of("TRAINING", "BRANDING_PACKAGING"));
    return form;
  }

  public static String submitPlan(String subjectToken, String ideaId) {
    return Api.as(subjectToken)
        .body(planForm(ideaId))
        .post(PLANS)
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  public static long version(String token, String base, String id) {
    return ((Number)
            Api.as(token).get(base + "/{id}", id).then().statusCode(200).extract().path("version"))
        .longValue();
  }

  /** The outbox rows of an aggregate, oldest first, as {type, payload data}. */
  public static List<Map.Entry<String, JsonNode>> events(String key) {
    List<Map.Entry<String, JsonNode>> events = new ArrayList<>();
    for (Map<String, Object> row :
        Tables.query(
            "select event_type, topic, payload from outbox_event where message_key = ? order by seq",
            List.of(key))) {
      JsonNode envelope = TestKafka.json((String) row.get("payload"));
      events.add(Map.entry((String) row.get("event_type"), envelope.get("data")));
    }
    return events;
  }

  /** Rows of the tables a step request could write to. */
  public static Map<String, Long> snapshot() {
    Map<String, Long> counts = new java.util.LinkedHashMap<>(Tables.snapshot());
    for (String table :
        List.of(
            "cycle_step_window",
            "product_idea",
            "business_plan",
            "plan_support",
            "plan_milestone",
            "promotion_activity",
            "promotion_product",
            "step_record_history",
            "step_record_change")) {
      counts.put(table, Tables.count(table));
    }
    return counts;
  }
}
