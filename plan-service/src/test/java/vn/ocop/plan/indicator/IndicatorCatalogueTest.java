package vn.ocop.plan.indicator;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.devstack.TestTokens;
import vn.ocop.plan.support.Api;

/** The indicator catalogue, seeded as data. */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "plan"))
class IndicatorCatalogueTest {

  @Test
  void theCatalogueListsTheCertificateIndicatorsWithTheirCountingRules() {
    JsonPath page =
        Api.as(TestTokens.subjectMember("member", "66", UUID.randomUUID()))
            .get("/api/plan/v1/indicators")
            .then()
            .statusCode(200)
            .body("pager.total", equalTo(4))
            .extract()
            .jsonPath();

    List<Map<String, Object>> items = page.getList("items");
    assertThat(items)
        .extracting(i -> i.get("code"))
        .containsExactly(
            "PRODUCTS_3STAR_PLUS", "PRODUCTS_3STAR", "PRODUCTS_4STAR", "PRODUCTS_5STAR");
    assertThat(items.get(0))
        .containsEntry("nameVi", "Số sản phẩm đạt OCOP từ 3 sao trở lên")
        .containsEntry("unit", "COUNT")
        .containsEntry("computation", "EVENT")
        .containsEntry("sourceEventType", "vn.ocop.certificate.issued.v1")
        .containsEntry("minStarClass", 3)
        .containsEntry("maxStarClass", 5);
    assertThat((String) items.get(0).get("description"))
        .contains("Distinct products")
        .contains("decision date falls in the year");
  }

  @Test
  void theCatalogueNeedsAToken() {
    given()
        .get("/api/plan/v1/indicators")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .body("code", equalTo("UNAUTHENTICATED"));
  }
}
