package vn.ocop.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The steps of an OCOP cycle as a province officer, a council and the registry see them, through
 * the gateway. Each step asserts the data it gets back.
 */
public final class Ocop {
  public static final String DAK_LAK = "66";
  public static final String OFFICER = "daklak.officer";
  public static final List<String> COUNCIL =
      List.of("daklak.chair", "daklak.member1", "daklak.member2");

  /** A commune of Đắk Lắk on the current map. */
  public static final String COMMUNE = "24133";

  private Ocop() {}

  public static String registerCooperative(String name) {
    String taxCode = Api.newTaxCode();
    Response response =
        Api.created(
            Api.as(OFFICER)
                .body(
                    Map.of(
                        "type",
                        "COOPERATIVE",
                        "identifier",
                        taxCode,
                        "name",
                        name,
                        "communeCode",
                        COMMUNE,
                        "representative",
                        "Y Bhim Niê",
                        "womanLed",
                        false,
                        "ethnicMinorityLed",
                        true))
                .post("/api/registry/v1/subjects"));
    assertThat(response.<String>path("identifierKind")).isEqualTo("TAX_CODE");
    assertThat(response.<String>path("identifier")).isEqualTo(taxCode);
    assertThat(response.<String>path("provinceCode")).isEqualTo(DAK_LAK);
    return response.path("id");
  }

  public static String registerCoffee(String subjectId, String name) {
    Response response =
        Api.created(
            Api.as(OFFICER)
                .body(
                    Map.of(
                        "subjectId",
                        subjectId,
                        "name",
                        name,
                        "productSet",
                        13,
                        "description",
                        "Cà phê Robusta rang xay từ vùng nguyên liệu Buôn Ma Thuột"))
                .post("/api/registry/v1/products"));
    assertThat(response.<Integer>path("productSet")).isEqualTo(13);
    assertThat(response.<String>path("productSetName")).isEqualTo("Cà phê, ca cao");
    assertThat(response.<Integer>path("productGroup")).isEqualTo(1);
    assertThat(response.<String>path("subjectId")).isEqualTo(subjectId);
    assertThat(response.<String>path("provinceCode")).isEqualTo(DAK_LAK);
    return response.path("id");
  }

  public static String openCycle(int round) {
    Response response =
        Api.created(
            Api.as(OFFICER)
                .body(
                    Map.of(
                        "year", Api.today().getYear(), "round", round, "startAtStep", "EVALUATION"))
                .post("/api/rating/v1/cycles"));
    assertThat(response.<String>path("provinceCode")).isEqualTo(DAK_LAK);
    assertThat(response.<String>path("status")).isEqualTo("OPEN");
    // Cycles opened after 6 July 2025 run under Decision 148 as amended by 1489.
    assertThat(response.<String>path("ruleSetVersion")).contains("1489");
    return response.path("id");
  }

  public static String createCouncil(String name) {
    Response response =
        Api.created(
            Api.as(OFFICER)
                .body(
                    Map.of(
                        "name",
                        name,
                        "level",
                        "PROVINCE",
                        "provinceCode",
                        DAK_LAK,
                        "members",
                        List.of(
                            Map.of("username", COUNCIL.get(0), "role", "CHAIR"),
                            Map.of("username", COUNCIL.get(1), "role", "MEMBER"),
                            Map.of("username", COUNCIL.get(2), "role", "MEMBER"))))
                .post("/api/rating/v1/councils"));
    return response.path("id");
  }

  /**
   * Creates an evaluation dossier. The rating service learns of the product from the registry's
   * events, not by calling it, so it may answer 422 until the event arrives.
   */
  public static String createDossier(String cycleId, String productId) {
    Response response =
        Api.await(
            "the rating service to know product " + productId,
            () ->
                Api.as(OFFICER)
                    .body(
                        Map.of(
                            "cycleId",
                            cycleId,
                            "productId",
                            productId,
                            "kind",
                            "NEW",
                            "submit",
                            true))
                    .post("/api/rating/v1/dossiers"),
            r -> r.statusCode() != 422,
            Duration.ofSeconds(30));
    response.then().statusCode(201);
    assertThat(response.<String>path("status")).isEqualTo("SUBMITTED");
    assertThat(response.<String>path("productId")).isEqualTo(productId);
    return response.path("id");
  }

  /** The demo commune officer of {@link #COMMUNE}, who pre-reviews dossiers under Decision 1489. */
  public static final String COMMUNE_OFFICER = "daklak.commune";

  /** The rule set in force for cycles opened today. */
  public static final String RULE_SET = "QD148-2023+QD1489-2025";

  /**
   * Takes a submitted dossier to its council: the commune's pre-review forwards it (Decision 1489),
   * then an OPEN session of the council with every member present takes it, and each member
   * declares no conflict of interest before seeing it.
   */
  public static void assignCouncil(String dossierId, String councilId) {
    Api.as(COMMUNE_OFFICER)
        .body(
            Map.of(
                "minutesNumber",
                "12/BB-UBND",
                "minutesDate",
                Api.today().toString(),
                "findings",
                List.of(
                    Map.of(
                        "criterionCode",
                        "A1a",
                        "finding",
                        "Nguyên liệu cà phê trồng tại xã",
                        "satisfied",
                        true)),
                "chairmanOpinion",
                "FORWARD"))
        .post("/api/rating/v1/dossiers/" + dossierId + "/commune-review")
        .then()
        .log()
        .ifValidationFails()
        .statusCode(201);
    String sessionId =
        Api.created(
                Api.as(OFFICER)
                    .body(
                        Map.of(
                            "councilId",
                            councilId,
                            "heldOn",
                            Api.today().toString(),
                            "place",
                            "Hội trường Sở Nông nghiệp và Môi trường tỉnh Đắk Lắk"))
                    .post("/api/rating/v1/sessions"))
            .path("id");
    Api.as(OFFICER)
        .body(Map.of("presentMembers", COUNCIL))
        .post("/api/rating/v1/sessions/" + sessionId + "/open")
        .then()
        .statusCode(200);
    Response response =
        Api.as(OFFICER)
            .body(Map.of("dossierId", dossierId))
            .post("/api/rating/v1/sessions/" + sessionId + "/dossiers");
    response.then().statusCode(200);
    assertThat(response.<String>path("status")).isEqualTo("IN_EVALUATION");
    for (String member : COUNCIL) {
      Api.as(member)
          .body(Map.of("declaration", "NONE"))
          .post("/api/rating/v1/sessions/" + sessionId + "/dossiers/" + dossierId + "/declarations")
          .then()
          .statusCode(201);
    }
  }

  /** A member ticks answers on the coffee sheet (set 13) worth the whole {@code total}. */
  public static void score(String member, String dossierId, String total) {
    Api.as(member)
        .body(
            Map.of(
                "productSet",
                13,
                "answers",
                Sheets.answersFor(RULE_SET, 13, Integer.parseInt(total))))
        .put("/api/rating/v1/dossiers/" + dossierId + "/score-sheets/mine")
        .then()
        .statusCode(200)
        .body("total", org.hamcrest.Matchers.comparesEqualTo(new BigDecimal(total)));
  }

  /** Scores with the three council members and returns the dossier as the officer sees it. */
  public static Response evaluate(String dossierId, String... totals) {
    for (int i = 0; i < totals.length; i++) {
      score(COUNCIL.get(i), dossierId, totals[i]);
    }
    Response dossier = Api.as(OFFICER).get("/api/rating/v1/dossiers/" + dossierId);
    dossier.then().statusCode(200);
    assertThat(dossier.<String>path("status")).isEqualTo("EVALUATED");
    return dossier;
  }

  public static Response recognise(String dossierId, String decisionNumber, LocalDate date) {
    return recognise(dossierId, decisionNumber, date, java.util.UUID.randomUUID().toString());
  }

  /** Records the decision under a request id chosen by the caller (as the gateway sets one). */
  public static Response recognise(
      String dossierId, String decisionNumber, LocalDate date, String requestId) {
    return Api.as(OFFICER)
        .header("X-Request-Id", requestId)
        .body(
            Map.of(
                "decisionNumber",
                decisionNumber,
                "decisionDate",
                date.toString(),
                "issuingBody",
                "UBND tỉnh Đắk Lắk"))
        .post("/api/rating/v1/dossiers/" + dossierId + "/recognition");
  }

  /** The certificates the registry holds for a product, as the officer sees them. */
  public static List<Map<String, Object>> certificates(String productId) {
    return Api.as(OFFICER)
        .queryParam("productId", productId)
        .get("/api/registry/v1/certificates")
        .then()
        .statusCode(200)
        .extract()
        .path("items");
  }

  /** Plan-service's actual "products rated 3★ or more" for Đắk Lắk in a year. */
  public static int productsRated3StarsOrMore(int year) {
    Integer value =
        Api.as(OFFICER)
            .queryParam("year", year)
            .get("/api/plan/v1/provinces/" + DAK_LAK + "/actuals")
            .then()
            .statusCode(200)
            .extract()
            .path("indicators.find { it.code == 'PRODUCTS_3STAR_PLUS' }.value");
    return value == null ? 0 : value;
  }
}
