package vn.ocop.plan.indicator;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.devstack.TestTokens;
import vn.ocop.plan.support.Api;
import vn.ocop.plan.support.FactEvents;
import vn.ocop.plan.support.Tables;
import vn.ocop.plan.support.Tokens;
import vn.ocop.plan.support.Values;

/**
 * The indicator catalogue: seeded as data, each indicator saying how it is computed; extensible.
 */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "plan"))
class IndicatorCatalogueTest {
  static final String PATH = "/api/plan/v1/indicators";

  @Test
  void theCatalogueListsEveryIndicatorWithHowItsActualIsComputed() {
    JsonPath page =
        Api.as(TestTokens.subjectMember("member", "66", UUID.randomUUID()))
            .queryParam("pageSize", 200)
            .get(PATH)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();

    List<Map<String, Object>> items = page.getList("items");
    assertThat(items)
        .extracting(i -> i.get("code"))
        .containsSubsequence(
            "PRODUCTS_3STAR_PLUS",
            "PRODUCTS_3STAR",
            "PRODUCTS_4STAR",
            "PRODUCTS_5STAR",
            "PRODUCTS_4STAR_PLUS",
            "PRODUCTS_NEW_3STAR_PLUS",
            "PRODUCTS_REEVALUATED_3STAR_PLUS",
            "PRODUCTS_UPGRADED_3STAR_PLUS",
            "PRODUCTS_NOMINATED_5STAR",
            "SUBJECTS_PARTICIPATING",
            "SUBJECTS_PARTICIPATING_COOPERATIVE",
            "SUBJECTS_PARTICIPATING_COOPERATIVE_GROUP",
            "SUBJECTS_PARTICIPATING_ENTERPRISE",
            "SUBJECTS_PARTICIPATING_HOUSEHOLD",
            "SUBJECTS_NEW",
            "IDEAS_REGISTERED",
            "BUSINESS_PLANS_APPROVED",
            "CERTIFICATES_EXPIRING",
            "CERTIFICATES_EXPIRED",
            "CERTIFICATES_REVOKED",
            "SALES_POINTS",
            "TRADE_FAIRS",
            "ECOMMERCE_LISTINGS",
            "SHARE_4STAR_PLUS",
            "SHARE_COOPERATIVES",
            "SHARE_ENTERPRISES",
            "CRAFT_VILLAGES",
            "CRAFT_VILLAGES_WITH_OCOP",
            "SHARE_CRAFT_VILLAGES_WITH_OCOP");
    assertThat(items)
        .allSatisfy(
            i ->
                assertThat(i)
                    .containsKeys("measure", "ruleVi", "ruleEn", "sourceEventTypes", "unit"));
    Map<String, Map<String, Object>> byCode =
        items.stream()
            .collect(java.util.stream.Collectors.toMap(i -> (String) i.get("code"), i -> i));
    assertThat(byCode.get("PRODUCTS_3STAR_PLUS"))
        .containsEntry("nameVi", "Số sản phẩm đạt OCOP từ 3 sao trở lên")
        .containsEntry("measure", "CERTIFIED_PRODUCTS")
        .containsEntry("computation", "EVENT")
        .containsEntry("sourceEventType", "vn.ocop.certificate.issued.v1")
        .containsEntry("sourceEventTypes", List.of("vn.ocop.certificate.issued.v1"))
        .containsEntry("minStarClass", 3)
        .containsEntry("maxStarClass", 5);
    assertThat((String) byCode.get("PRODUCTS_3STAR_PLUS").get("ruleEn"))
        .contains("Distinct products")
        .contains("3★–5★");
    assertThat(byCode.get("PRODUCTS_UPGRADED_3STAR_PLUS"))
        .containsEntry("dossierKinds", List.of("UPGRADE"));
    assertThat(byCode.get("CERTIFICATES_REVOKED"))
        .containsEntry("measure", "CERTIFICATES_BY_STATUS")
        .containsEntry("certificateStatuses", List.of("REVOKED"));
    assertThat(byCode.get("SUBJECTS_PARTICIPATING_ENTERPRISE"))
        .containsEntry("subjectTypes", List.of("ENTERPRISE"));
    assertThat(byCode.get("SHARE_4STAR_PLUS"))
        .containsEntry("unit", "PERCENT")
        .containsEntry("measure", "RATIO")
        .containsEntry("numeratorCode", "PRODUCTS_4STAR_PLUS")
        .containsEntry("denominatorCode", "PRODUCTS_3STAR_PLUS")
        .containsEntry("sourceEventTypes", List.of("vn.ocop.certificate.issued.v1"));
    assertThat(byCode.get("CRAFT_VILLAGES"))
        .containsEntry("measure", "ENTERED")
        .containsEntry("computation", "MANUAL")
        .containsEntry("sourceEventTypes", List.of());
    assertThat(byCode.get("SHARE_CRAFT_VILLAGES_WITH_OCOP")).containsEntry("computation", "MANUAL");
    assertThat((String) byCode.get("CRAFT_VILLAGES").get("ruleVi")).contains("Do tỉnh nhập");
  }

  @Test
  void oneIndicatorIsReadByItsCode() {
    Api.as(Tokens.provinceOfficer("66"))
        .get(PATH + "/{code}", "SALES_POINTS")
        .then()
        .statusCode(200)
        .body("measure", equalTo("PROMOTIONS"))
        .body("promotionKinds", equalTo(List.of("SALES_POINT")))
        .body("sourceEventTypes[0]", equalTo("vn.ocop.promotion.recorded.v1"));
    Api.as(Tokens.provinceOfficer("66"))
        .get(PATH + "/{code}", "NO_SUCH_THING")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("code", equalTo("NOT_FOUND"));
  }

  @Test
  void anAdminAddsAnIndicatorWhoseActualIsComputedAtOnce() {
    String code = "FOOD_5STAR_" + suffix();
    Api.as(Tokens.admin())
        .contentType("application/json")
        .body(
            "{\"code\":\""
                + code
                + "\",\"nameVi\":\"Số sản phẩm thực phẩm đạt 5 sao\",\"nameEn\":\"Food products"
                + " rated 5 stars\",\"measure\":\"CERTIFIED_PRODUCTS\",\"minStarClass\":5,"
                + "\"maxStarClass\":5,\"productGroups\":[1],\"dossierKinds\":[\"NEW\",\"NEW\"]}")
        .post(PATH)
        .then()
        .statusCode(201)
        .header("Location", org.hamcrest.Matchers.endsWith("/api/plan/v1/indicators/" + code))
        .body("code", equalTo(code))
        .body("unit", equalTo("COUNT"))
        .body("computation", equalTo("EVENT"))
        .body("productGroups", equalTo(List.of(1)))
        .body("dossierKinds", equalTo(List.of("NEW")))
        .body("createdBy", equalTo("quan-tri"))
        .body("ruleEn", org.hamcrest.Matchers.containsString("product group 1"));

    String ratio = "SHARE_" + code;
    Api.as(Tokens.admin())
        .contentType("application/json")
        .body(
            "{\"code\":\""
                + ratio
                + "\",\"nameVi\":\"Tỷ lệ\",\"nameEn\":\"Share\",\"measure\":\"RATIO\","
                + "\"numeratorCode\":\""
                + code
                + "\",\"denominatorCode\":\"PRODUCTS_3STAR_PLUS\"}")
        .post(PATH)
        .then()
        .statusCode(201)
        .body("unit", equalTo("PERCENT"))
        .body("sourceEventTypes", equalTo(List.of("vn.ocop.certificate.issued.v1")));

    LocalDate day = LocalDate.of(2076, 8, 8);
    FactEvents.awaitApplied(
        FactEvents.CERTIFICATES,
        List.of(
            FactEvents.publishCertificate(
                FactEvents.certificate(
                    UUID.randomUUID(), UUID.randomUUID(), "42", null, 5, day, "NEW")),
            // Another product group: not counted.
            FactEvents.publishCertificate(
                withGroup(
                    FactEvents.certificate(
                        UUID.randomUUID(), UUID.randomUUID(), "42", null, 5, day, "NEW"),
                    2)),
            FactEvents.publishCertificate(
                FactEvents.certificate(
                    UUID.randomUUID(), UUID.randomUUID(), "42", null, 3, day, "NEW"))));

    assertThat(Values.normalized(Values.ofProvince("42", Values.years(2076, 2076), code, ratio)))
        .containsEntry(code, new java.math.BigDecimal("1"))
        .containsEntry(ratio, new java.math.BigDecimal("33.33"));
  }

  @Test
  void anEnteredIndicatorMayBeAPercentage() {
    String code = "ONLINE_SHARE_" + suffix();
    Api.as(Tokens.admin())
        .contentType("application/json")
        .body(
            "{\"code\":\""
                + code
                + "\",\"nameVi\":\"Tỷ lệ sản phẩm bán trực tuyến\",\"nameEn\":\"Share sold"
                + " online\",\"measure\":\"ENTERED\",\"unit\":\"PERCENT\"}")
        .post(PATH)
        .then()
        .statusCode(201)
        .body("computation", equalTo("MANUAL"))
        .body("unit", equalTo("PERCENT"));
    Api.as(Tokens.provinceOfficer("42"))
        .contentType("application/json")
        .body("{\"indicatorCode\":\"" + code + "\",\"year\":2076,\"value\":101}")
        .put("/api/plan/v1/provinces/{code}/entered-values", "42")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("value"))
        .body("errors[0].rule", equalTo("Max"));
    Api.as(Tokens.provinceOfficer("42"))
        .contentType("application/json")
        .body("{\"indicatorCode\":\"" + code + "\",\"year\":2076,\"value\":62.5}")
        .put("/api/plan/v1/provinces/{code}/entered-values", "42")
        .then()
        .statusCode(201);
    assertThat(Values.value("42", Values.years(2076, 2076), code)).isEqualByComparingTo("62.5");
  }

  @Test
  void badIndicatorsAreRefusedNamingFieldAndRuleAndNothingIsWritten() {
    long before = Tables.count("select count(*) from indicator");
    record Case(String body, int status, String code, String field, String rule) {}
    String name = "\"nameVi\":\"Chỉ tiêu\",\"nameEn\":\"Indicator\"";
    List<Case> cases =
        List.of(
            new Case(
                "{\"code\":\"X_" + suffix() + "\"," + name + ",\"measure\":\"HAPPINESS\"}",
                400,
                "MALFORMED_REQUEST",
                "measure",
                "type"),
            new Case(
                "{\"code\":\"X_"
                    + suffix()
                    + "\","
                    + name
                    + ",\"measure\":\"NEW_SUBJECTS\",\"dossierKinds\":[\"NEW\"]}",
                400,
                "VALIDATION_FAILED",
                "dossierKinds",
                "AllowedForMeasure"),
            new Case(
                "{\"code\":\"X_"
                    + suffix()
                    + "\","
                    + name
                    + ",\"measure\":\"PROMOTIONS\",\"minStarClass\":3}",
                400,
                "VALIDATION_FAILED",
                "minStarClass",
                "AllowedForMeasure"),
            new Case(
                "{\"code\":\"X_"
                    + suffix()
                    + "\","
                    + name
                    + ",\"measure\":\"CERTIFIED_PRODUCTS\",\"minStarClass\":5,\"maxStarClass\":3}",
                400,
                "VALIDATION_FAILED",
                "maxStarClass",
                "NotBelowMinStarClass"),
            new Case(
                "{\"code\":\"X_"
                    + suffix()
                    + "\","
                    + name
                    + ",\"measure\":\"CERTIFICATES_BY_STATUS\"}",
                400,
                "VALIDATION_FAILED",
                "certificateStatuses",
                "RequiredForMeasure"),
            new Case(
                "{\"code\":\"X_"
                    + suffix()
                    + "\","
                    + name
                    + ",\"measure\":\"RATIO\",\"numeratorCode\":\"PRODUCTS_4STAR\"}",
                400,
                "VALIDATION_FAILED",
                "denominatorCode",
                "RequiredForMeasure"),
            new Case(
                "{\"code\":\"X_"
                    + suffix()
                    + "\","
                    + name
                    + ",\"measure\":\"RATIO\",\"unit\":\"COUNT\",\"numeratorCode\":\"PRODUCTS_4STAR\","
                    + "\"denominatorCode\":\"PRODUCTS_3STAR_PLUS\"}",
                400,
                "VALIDATION_FAILED",
                "unit",
                "MatchesMeasure"),
            new Case(
                "{\"code\":\"X_"
                    + suffix()
                    + "\","
                    + name
                    + ",\"measure\":\"CERTIFIED_PRODUCTS\",\"productGroups\":[7]}",
                400,
                "VALIDATION_FAILED",
                "productGroups[0]",
                "Max"),
            new Case(
                "{\"code\":\"X_"
                    + suffix()
                    + "\","
                    + name
                    + ",\"measure\":\"CERTIFIED_PRODUCTS\",\"dossierKinds\":[\"RENEWAL\"]}",
                400,
                "MALFORMED_REQUEST",
                "dossierKinds[0]",
                "type"),
            new Case(
                "{\"code\":\"lower_case\"," + name + ",\"measure\":\"ENTERED\"}",
                400,
                "VALIDATION_FAILED",
                "code",
                "Pattern"),
            new Case(
                "{\"code\":\"X_"
                    + suffix()
                    + "\","
                    + name
                    + ",\"measure\":\"RATIO\",\"numeratorCode\":\"NO_SUCH_INDICATOR\","
                    + "\"denominatorCode\":\"PRODUCTS_3STAR_PLUS\"}",
                422,
                "UNPROCESSABLE",
                "numeratorCode",
                "exists"),
            new Case(
                "{\"code\":\"SELF_SHARE\","
                    + name
                    + ",\"measure\":\"RATIO\",\"numeratorCode\":\"PRODUCTS_3STAR\","
                    + "\"denominatorCode\":\"SELF_SHARE\"}",
                422,
                "UNPROCESSABLE",
                "denominatorCode",
                "acyclic"),
            new Case(
                "{\"code\":\"PRODUCTS_3STAR_PLUS\"," + name + ",\"measure\":\"ENTERED\"}",
                409,
                "INDICATOR_EXISTS",
                null,
                null));
    for (Case c : cases) {
      var response =
          Api.as(Tokens.admin())
              .contentType("application/json")
              .body(c.body())
              .post(PATH)
              .then()
              .statusCode(c.status())
              .contentType("application/problem+json")
              .body("code", equalTo(c.code()));
      if (c.field() != null) {
        response
            .body("errors", hasSize(1))
            .body("errors[0].field", equalTo(c.field()))
            .body("errors[0].rule", equalTo(c.rule()));
      }
    }
    for (String token : List.of(Tokens.national(), Tokens.provinceOfficer("42"))) {
      Api.as(token)
          .contentType("application/json")
          .body("{\"code\":\"X_" + suffix() + "\"," + name + ",\"measure\":\"ENTERED\"}")
          .post(PATH)
          .then()
          .statusCode(403)
          .body("code", equalTo("FORBIDDEN"));
    }
    assertThat(Tables.count("select count(*) from indicator")).isEqualTo(before);
  }

  @Test
  void theCatalogueNeedsAToken() {
    given()
        .get(PATH)
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .body("code", equalTo("UNAUTHENTICATED"));
  }

  private static vn.ocop.contracts.registry.CertificateIssued withGroup(
      vn.ocop.contracts.registry.CertificateIssued c, int group) {
    return new vn.ocop.contracts.registry.CertificateIssued(
        c.certificateId(),
        c.decisionId(),
        c.productId(),
        c.subjectId(),
        c.provinceCode(),
        c.communeCode(),
        c.productSet(),
        group,
        c.starClass(),
        c.score(),
        c.decisionNumber(),
        c.decisionDate(),
        c.issuingBody(),
        c.issuingLevel(),
        c.validFrom(),
        c.validTo(),
        c.dossierKind(),
        c.oldStatus(),
        c.status(),
        c.origin(),
        c.mapVersion(),
        c.currentProvinceCode(),
        c.validityMonths());
  }

  private static String suffix() {
    return UUID.randomUUID().toString().substring(0, 8).toUpperCase().replace('-', '_');
  }
}
