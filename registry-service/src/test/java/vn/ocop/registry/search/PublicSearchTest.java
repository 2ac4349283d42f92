package vn.ocop.registry.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.ocop.registry.support.Fixtures.OFFICER_66;
import static vn.ocop.registry.support.Fixtures.productOf;
import static vn.ocop.registry.support.Fixtures.subjectInDakLak;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.registry.support.RegistryRows;
import vn.ocop.registry.support.RegistryRows.Place;

/**
 * GET /public/products: certified products by folded words and by filters. Every subject of this
 * class carries a made-up word (the marker) so that the queries see this class's rows only.
 */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "registry"))
class PublicSearchTest {
  private static String marker;

  @Inject SearchTextBackfill backfill;

  @BeforeEach
  void registerTheProductsOnce() {
    if (marker != null) {
      return;
    }
    // Letters Vietnamese does not use: no query word of the tests can be part of the marker.
    StringBuilder word = new StringBuilder("qz");
    for (int i = 0; i < 8; i++) {
      word.append("fjqwxz".charAt(ThreadLocalRandom.current().nextInt(6)));
    }
    String m = word.toString();
    LocalDate today = RegistryRows.today();

    UUID daklak = RegistryRows.subject("HTX Ea Tu Đắk Lắk " + m, Place.BUON_MA_THUOT);
    UUID coffee = product(daklak, "Cà phê rang xay Buôn Ma Thuột", 13, Place.BUON_MA_THUOT, 4);
    product(daklak, "Mật ong hoa cà phê", 4, Place.BUON_MA_THUOT, 3);
    UUID revoked = RegistryRows.product(daklak, "Cà phê chồn", 13, Place.BUON_MA_THUOT);
    RegistryRows.certificate(revoked, 4, today.minusYears(1), today.plusYears(2), "REVOKED");
    RegistryRows.product(daklak, "Cà phê chưa chứng nhận", 13, Place.BUON_MA_THUOT);
    UUID expired = RegistryRows.product(daklak, "Tiêu đen Chư Sê", 10, Place.BUON_MA_THUOT);
    RegistryRows.certificate(expired, 3, today.minusYears(3), today.minusDays(2), "ISSUED");
    UUID upgraded = RegistryRows.product(daklak, "Ca cao lên men", 13, Place.BUON_MA_THUOT);
    RegistryRows.certificate(upgraded, 3, today.minusYears(2), today.plusYears(1), "SUPERSEDED");
    RegistryRows.certificate(upgraded, 4, today.minusMonths(2), today.plusYears(3), "ISSUED");

    UUID eaPok = RegistryRows.subject("HTX Cà phê Ea Pốk " + m, Place.BUON_MA_THUOT);
    product(eaPok, "Bột ca cao Ea Pốk", 13, Place.BUON_MA_THUOT, 4);

    UUID phanThiet = RegistryRows.subject("Công ty Hải sản " + m, Place.MUI_NE);
    product(phanThiet, "Nước mắm Phan Thiết", 9, Place.MUI_NE, 3);

    UUID daknong = RegistryRows.subject("Hộ kinh doanh Chè " + m, Place.NGHIA_DUC);
    product(daknong, "Trà Shan tuyết Đắk Nông", 11, Place.NGHIA_DUC, 5);

    UUID longAn = RegistryRows.subject("HTX Nón lá " + m, Place.TAN_AN);
    product(longAn, "Nón lá Tân An", 21, Place.TAN_AN, 3);
    UUID tayNinh = RegistryRows.subject("HTX Muối " + m, Place.TAY_NINH_CITY);
    product(tayNinh, "Muối tôm Tây Ninh", 10, Place.TAY_NINH_CITY, 4);

    assertThat(coffee).isNotNull();
    marker = m;
  }

  @Test
  void queryIsAccentAndCaseInsensitive() {
    // Products whose own name holds more of the words first, then higher stars: the cocoa powder
    // is found through its subject's name ("HTX Cà phê Ea Pốk").
    List<String> expected =
        List.of("Cà phê rang xay Buôn Ma Thuột", "Mật ong hoa cà phê", "Bột ca cao Ea Pốk");
    assertThat(names(search().queryParam("q", "CA PHE " + marker))).isEqualTo(expected);
    assertThat(names(search().queryParam("q", "cà phê " + marker))).isEqualTo(expected);
    assertThat(names(search().queryParam("q", "Cà Phê " + marker))).isEqualTo(expected);
    assertThat(names(search().queryParam("q", "nuoc mam " + marker)))
        .containsExactly("Nước mắm Phan Thiết");
    assertThat(names(search().queryParam("q", "NUOC-MAM phan thiet")))
        .contains("Nước mắm Phan Thiết");
  }

  @Test
  void dMatchesĐAndWordsMatchTheSubjectName() {
    // "dak lak" is in the subject's name only: every in-force product of that subject.
    assertThat(names(search().queryParam("q", "dak lak " + marker)))
        .containsExactlyInAnyOrder(
            "Cà phê rang xay Buôn Ma Thuột", "Mật ong hoa cà phê", "Ca cao lên men");
    assertThat(names(search().queryParam("q", "Đắk Nông " + marker)))
        .containsExactly("Trà Shan tuyết Đắk Nông");
    assertThat(names(search().queryParam("q", "dak nong " + marker)))
        .containsExactly("Trà Shan tuyết Đắk Nông");
  }

  @Test
  void onlyInForceCertificatesUnlessAStatusIsAsked() {
    assertThat(names(search().queryParam("q", marker)))
        .hasSize(8)
        .doesNotContain("Cà phê chồn", "Cà phê chưa chứng nhận", "Tiêu đen Chư Sê");
    assertThat(names(search().queryParam("q", marker).queryParam("status", "REVOKED")))
        .containsExactly("Cà phê chồn");
    assertThat(names(search().queryParam("q", marker).queryParam("status", "expired")))
        .containsExactly("Tiêu đen Chư Sê");
    assertThat(
            names(
                search()
                    .queryParam("q", marker)
                    .queryParam("status", "EXPIRED")
                    .queryParam("status", "REVOKED")))
        .containsExactlyInAnyOrder("Cà phê chồn", "Tiêu đen Chư Sê");
  }

  @Test
  void productIsListedOnceWithItsNewestCertificate() {
    JsonPath page =
        search()
            .queryParam("q", "ca cao len men " + marker)
            .get("/public/products")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();

    assertThat(page.getList("items")).hasSize(1);
    assertThat(page.getInt("items[0].starClass")).isEqualTo(4);
    assertThat(page.getString("items[0].status")).isEqualTo("ISSUED");
    assertThat(page.getString("items[0].productSetName")).isEqualTo("Cà phê, ca cao");
    assertThat(page.getString("items[0].productGroupName")).isEqualTo("Thực phẩm");
    assertThat(page.getString("items[0].subjectName")).isEqualTo("HTX Ea Tu Đắk Lắk " + marker);
    assertThat(page.getString("items[0].subjectType")).isEqualTo("COOPERATIVE");
    assertThat(page.getString("items[0].provinceName")).isEqualTo("Đắk Lắk");
    assertThat(page.getString("items[0].validTo"))
        .isEqualTo(RegistryRows.today().plusYears(3).toString());
    @SuppressWarnings("unchecked")
    Map<String, Object> item = (Map<String, Object>) page.getList("items").get(0);
    assertThat(item)
        .doesNotContainKeys("identifier", "phone", "representative", "address", "email");
  }

  @Test
  void provinceOnTheCurrentMapMatchesRecordsOfBothMaps() {
    assertThat(names(search().queryParam("q", marker).queryParam("provinceCode", "68")))
        .containsExactlyInAnyOrder("Nước mắm Phan Thiết", "Trà Shan tuyết Đắk Nông");
    // Current 80 (Tây Ninh) took in old 80 (Long An) and old 72 (Tây Ninh).
    assertThat(
            names(
                search()
                    .queryParam("q", marker)
                    .queryParam("provinceCode", "80")
                    .queryParam("map", "2025-07")))
        .containsExactlyInAnyOrder("Nón lá Tân An", "Muối tôm Tây Ninh");
  }

  @Test
  void provinceOnThePreMergerMapMatchesRecordsCreatedWithThatCode() {
    assertThat(
            names(
                search()
                    .queryParam("q", marker)
                    .queryParam("provinceCode", "80")
                    .queryParam("map", "2025-03")))
        .containsExactly("Nón lá Tân An");
    JsonPath page =
        search()
            .queryParam("q", marker)
            .queryParam("provinceCode", "67")
            .queryParam("map", "2025-03")
            .get("/public/products")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(page.getList("items.name", String.class)).containsExactly("Trà Shan tuyết Đắk Nông");
    assertThat(page.getString("items[0].provinceCode")).isEqualTo("68");
    assertThat(page.getString("items[0].provinceName")).isEqualTo("Lâm Đồng");
    assertThat(page.getString("items[0].recordedOnPreMergerMap.mapVersion")).isEqualTo("2025-03");
    assertThat(page.getString("items[0].recordedOnPreMergerMap.provinceCode")).isEqualTo("67");
    assertThat(page.getString("items[0].recordedOnPreMergerMap.provinceName"))
        .isEqualTo("Đắk Nông");
  }

  @Test
  void starClassProductSetAndGroupFilter() {
    assertThat(names(search().queryParam("q", marker).queryParam("starClass", "5")))
        .containsExactly("Trà Shan tuyết Đắk Nông");
    assertThat(names(search().queryParam("q", marker).queryParam("productSet", "13")))
        .containsExactlyInAnyOrder(
            "Cà phê rang xay Buôn Ma Thuột", "Ca cao lên men", "Bột ca cao Ea Pốk");
    assertThat(names(search().queryParam("q", marker).queryParam("productGroup", "4")))
        .containsExactly("Nón lá Tân An");
    assertThat(
            names(
                search()
                    .queryParam("q", marker)
                    .queryParam("productGroup", "1")
                    .queryParam("starClass", "3")))
        .containsExactlyInAnyOrder("Mật ong hoa cà phê", "Nước mắm Phan Thiết");
  }

  @Test
  void resultsArePaged() {
    JsonPath first =
        search()
            .queryParam("q", marker)
            .queryParam("pageSize", 3)
            .get("/public/products")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    JsonPath third =
        search()
            .queryParam("q", marker)
            .queryParam("pageSize", 3)
            .queryParam("page", 3)
            .get("/public/products")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();

    assertThat(first.getList("items")).hasSize(3);
    assertThat(first.getLong("pager.total")).isEqualTo(8);
    assertThat(first.getInt("pager.pageCount")).isEqualTo(3);
    assertThat(first.getInt("pager.nextPage")).isEqualTo(2);
    assertThat(third.getList("items")).hasSize(2);
    assertThat(third.get("pager.nextPage") == null).isTrue();
    // Highest stars first when no phrase ranks: the 5-star tea leads.
    assertThat(first.getString("items[0].name")).isEqualTo("Trà Shan tuyết Đắk Nông");
  }

  @Test
  void unknownFilterValuesAreBadRequestsNamingTheParameter() {
    refused(Map.of("provinceCode", "67"), "provinceCode", "KnownProvince");
    refused(Map.of("provinceCode", "67", "map", "2025-07"), "provinceCode", "KnownProvince");
    refused(Map.of("provinceCode", "99", "map", "2025-03"), "provinceCode", "KnownProvince");
    refused(Map.of("map", "2024-01"), "map", "KnownMap");
    refused(Map.of("starClass", "6"), "starClass", "StarClass");
    refused(Map.of("starClass", "2"), "starClass", "StarClass");
    refused(Map.of("starClass", "four"), "starClass", "Number");
    refused(Map.of("productSet", "27"), "productSet", "KnownProductSet");
    refused(Map.of("productSet", "0"), "productSet", "KnownProductSet");
    refused(Map.of("productGroup", "7"), "productGroup", "KnownProductGroup");
    refused(Map.of("status", "ACTIVE"), "status", "KnownStatus");
    refused(Map.of("q", "c".repeat(201)), "q", "Size");

    given()
        .queryParam("starClass", "9")
        .queryParam("productSet", "99")
        .get("/public/products")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("starClass"))
        .body("errors.field", hasItem("productSet"))
        .body("detail", equalTo("The request breaks 2 rules"));
  }

  @Test
  void searchTextIsKeptByTheRegistryOnEveryWrite() {
    UUID subject = subjectInDakLak();
    UUID product = productOf(OFFICER_66, subject);

    assertThat(RegistryRows.text("select search_text from subject where id = ?", subject))
        .isEqualTo("htx ca phe ea tu");
    assertThat(RegistryRows.text("select search_text from product where id = ?", product))
        .startsWith("ca phe bot ea tu so ");
  }

  @Test
  void rowsWrittenWithoutSearchTextAreFoldedByTheBackfill() throws Exception {
    UUID subject =
        RegistryRows.subject("Tổ hợp tác Dệt thổ cẩm Ê Đê " + marker, Place.BUON_MA_THUOT);
    UUID product = RegistryRows.product(subject, "Khăn thổ cẩm ĐẮK LẮK", 22, Place.BUON_MA_THUOT);
    RegistryRows.update("update subject set search_text = null where id = ?", subject);
    RegistryRows.update("update product set search_text = null where id = ?", product);

    assertThat(backfill.fill("subject")).isPositive();
    assertThat(backfill.fill("product")).isPositive();

    assertThat(RegistryRows.text("select search_text from subject where id = ?", subject))
        .isEqualTo("to hop tac det tho cam e de " + marker);
    assertThat(RegistryRows.text("select search_text from product where id = ?", product))
        .isEqualTo("khan tho cam dak lak");
    assertThat(backfill.fill("product")).isZero();
  }

  private static RequestSpecification search() {
    return given();
  }

  private static UUID product(UUID subject, String name, int set, Place place, int stars) {
    UUID product = RegistryRows.product(subject, name, set, place);
    RegistryRows.certificateInForce(product, stars);
    return product;
  }

  static List<String> names(RequestSpecification request) {
    return request
        .get("/public/products")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items.name", String.class);
  }

  private static void refused(Map<String, String> parameters, String field, String rule) {
    given()
        .queryParams(parameters)
        .get("/public/products")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("code", equalTo("VALIDATION_FAILED"))
        .body("errors[0].field", equalTo(field))
        .body("errors[0].rule", equalTo(rule));
  }
}
