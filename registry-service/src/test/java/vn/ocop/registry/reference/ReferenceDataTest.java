package vn.ocop.registry.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.ocop.registry.support.Fixtures.OFFICER_66;
import static vn.ocop.registry.support.Fixtures.as;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.devstack.TestTokens;
import vn.ocop.registry.support.Db;

@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "registry"))
class ReferenceDataTest {

  @Test
  void currentMapHasThirtyFourProvincesAndTheirCommunes() {
    JsonPath provinces =
        as(OFFICER_66)
            .get("/api/registry/v1/provinces")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();

    assertThat(provinces.getList("code")).hasSize(34).startsWith("01", "04").endsWith("96");
    assertThat(provinces.getMap("find { it.code == '66' }"))
        .containsEntry("name", "Đắk Lắk")
        .containsEntry("fullName", "Tỉnh Đắk Lắk")
        .containsEntry("mapVersion", "2025-07");
    assertThat(
            Db.count(
                "select count(*) from admin_unit where map_version = '2025-07' and level ="
                    + " 'COMMUNE'"))
        .isEqualTo(3321);
  }

  @Test
  void communesOfAProvinceAreListedAndAnUnknownProvinceIsNotFound() {
    List<Map<String, Object>> communes =
        as(TestTokens.subjectMember("member", "66", java.util.UUID.randomUUID()))
            .get("/api/registry/v1/provinces/66/communes")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("$");

    assertThat(communes).allSatisfy(c -> assertThat(c).containsEntry("provinceCode", "66"));
    assertThat(communes)
        .anySatisfy(
            c ->
                assertThat(c)
                    .containsEntry("code", "24133")
                    .containsEntry("fullName", "Phường Buôn Ma Thuột"));
    as(OFFICER_66)
        .get("/api/registry/v1/provinces/83/communes")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("code", equalTo("NOT_FOUND"));
  }

  @Test
  void twentySixProductSetsInSixGroups() {
    JsonPath sets =
        as(TestTokens.councilMember("council", "66"))
            .get("/api/registry/v1/product-sets")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();

    assertThat(sets.getList("number", Integer.class))
        .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 26).boxed().toList());
    assertThat(sets.getList("groupNumber", Integer.class)).containsOnly(1, 2, 3, 4, 5, 6);
    assertThat(sets.getMap("find { it.number == 13 }"))
        .containsEntry("name", "Cà phê, ca cao")
        .containsEntry("groupNumber", 1)
        .containsEntry("groupName", "Thực phẩm");
    assertThat(sets.getMap("find { it.number == 25 }"))
        .containsEntry("name", "Động vật cảnh")
        .containsEntry("groupNumber", 5);
  }

  @Test
  void referenceDataNeedsAToken() {
    io.restassured.RestAssured.given()
        .get("/api/registry/v1/product-sets")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .body("code", equalTo("UNAUTHENTICATED"));
  }
}
