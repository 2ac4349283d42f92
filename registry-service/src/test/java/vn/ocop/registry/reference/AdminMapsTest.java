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
import vn.ocop.registry.support.Db;

@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "registry"))
class AdminMapsTest {
  private static final String UNITS = "/api/registry/v1/admin-units";

  @Test
  void bothMapsAreLoadedInFull() {
    assertThat(count("2025-03", "PROVINCE")).isEqualTo(63);
    assertThat(count("2025-03", "DISTRICT")).isEqualTo(696);
    assertThat(count("2025-03", "COMMUNE")).isEqualTo(10_035);
    assertThat(count("2025-07", "PROVINCE")).isEqualTo(34);
    assertThat(count("2025-07", "COMMUNE")).isEqualTo(3_321);
    assertThat(Db.count("select count(*) from province_succession")).isEqualTo(63);
    // Every new province is the successor of at least one old one, and of nothing else.
    assertThat(
            Db.count(
                "select count(distinct new_code) from province_succession s join admin_unit u"
                    + " on u.map_version = s.new_map and u.level = 'PROVINCE'"
                    + " and u.code = s.new_code"))
        .isEqualTo(34);

    JsonPath maps =
        as(OFFICER_66)
            .get("/api/registry/v1/admin-maps")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(maps.getList("version")).containsExactly("2025-03", "2025-07");
    assertThat(maps.getString("[0].validTo")).isEqualTo("2025-06-30");
    assertThat(maps.getString("[1].validFrom")).isEqualTo("2025-07-01");
    assertThat(maps.getList("[0].levels")).containsExactly("PROVINCE", "DISTRICT", "COMMUNE");
  }

  @Test
  void anOldCommuneIsFoundWithoutAccentsAndNamesItsProvinceToday() {
    JsonPath page =
        as(OFFICER_66)
            .queryParam("map", "2025-03")
            .queryParam("level", "COMMUNE")
            .queryParam("provinceCode", "54")
            .queryParam("q", "xuan phu")
            .get(UNITS)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    List<Map<String, Object>> items = page.getList("items");
    assertThat(items).extracting(u -> u.get("fullName")).contains("Phường Xuân Phú");
    assertThat(items)
        .allSatisfy(
            u -> {
              assertThat(u.get("nameEn").toString()).startsWith("Xuan Phu");
              assertThat(u).containsEntry("provinceCode", "54");
              assertThat(u).containsEntry("mapVersion", "2025-03");
              assertThat(u.get("districtCode").toString()).hasSize(3);
              // Phú Yên became part of Đắk Lắk.
              assertThat(u).containsEntry("currentProvinceCode", "66");
              assertThat(u).containsEntry("currentProvinceName", "Đắk Lắk");
            });
  }

  @Test
  void codesRepeatAcrossMapsWithOtherMeanings() {
    // Old 80 is Long An; new 80 is Tây Ninh, which Long An became part of.
    as(OFFICER_66)
        .get(UNITS + "/2025-03/PROVINCE/80")
        .then()
        .statusCode(200)
        .body("name", equalTo("Long An"))
        .body("currentProvinceCode", equalTo("80"))
        .body("currentProvinceName", equalTo("Tây Ninh"));
    // Old 72 is Tây Ninh, whose code did not survive the merger.
    as(OFFICER_66)
        .get(UNITS + "/2025-03/PROVINCE/72")
        .then()
        .statusCode(200)
        .body("name", equalTo("Tây Ninh"))
        .body("currentProvinceCode", equalTo("80"));
    as(OFFICER_66)
        .get(UNITS + "/2025-07/PROVINCE/72")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @Test
  void successionsListEveryOldProvince() {
    JsonPath list =
        as(OFFICER_66)
            .get("/api/registry/v1/province-successions")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(list.getList("oldCode")).hasSize(63);
    assertThat(list.getMap("find { it.oldCode == '83' }"))
        .containsEntry("oldName", "Bến Tre")
        .containsEntry("newCode", "86")
        .containsEntry("newName", "Vĩnh Long");
  }

  @Test
  void unknownMapIsRefusedNamingTheParameter() {
    as(OFFICER_66)
        .queryParam("map", "2019-01")
        .get(UNITS)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("map"))
        .body("errors[0].rule", equalTo("KnownMap"));
  }

  @Test
  void unitsAreForSignedInCallersOnly() {
    io.restassured.RestAssured.given().get(UNITS).then().statusCode(401);
  }

  private static long count(String map, String level) {
    return Db.count(
        "select count(*) from admin_unit where map_version = ? and level = ?", map, level);
  }
}
