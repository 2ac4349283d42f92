package vn.ocop.registry.access;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static vn.ocop.registry.support.Fixtures.BUON_MA_THUOT;
import static vn.ocop.registry.support.Fixtures.DAK_LAK;
import static vn.ocop.registry.support.Fixtures.NATIONAL;
import static vn.ocop.registry.support.Fixtures.OFFICER_01;
import static vn.ocop.registry.support.Fixtures.OFFICER_66;
import static vn.ocop.registry.support.Fixtures.as;
import static vn.ocop.registry.support.Fixtures.cooperative;
import static vn.ocop.registry.support.Fixtures.productOf;
import static vn.ocop.registry.support.Fixtures.subjectInDakLak;
import static vn.ocop.registry.support.Fixtures.subjectInHaNoi;
import static vn.ocop.registry.support.Fixtures.taxCode;
import static vn.ocop.registry.support.Problems.assertRefused;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.devstack.TestTokens;

/** Who may do what: tokens, roles and the province / subject scope of every endpoint. */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "registry"))
class AccessTest {

  @Test
  void requestWithoutATokenIsUnauthenticatedAndWritesNothing() {
    assertRefused(
        given().contentType(ContentType.JSON),
        "/api/registry/v1/subjects",
        cooperative(taxCode(), DAK_LAK, BUON_MA_THUOT),
        401,
        "UNAUTHENTICATED",
        null,
        null);
    given()
        .get("/api/registry/v1/subjects")
        .then()
        .statusCode(401)
        .header("WWW-Authenticate", startsWith("Bearer"))
        .contentType("application/problem+json")
        .body("code", equalTo("UNAUTHENTICATED"));
  }

  @Test
  void tokenOfAnotherIssuerIsUnauthenticated() {
    String forged =
        TestTokens.sign(
            java.util.Map.of(
                "iss", "https://elsewhere.example",
                "sub", "intruder",
                "upn", "intruder",
                "groups", List.of("admin"),
                "exp", java.time.Instant.now().plusSeconds(600).getEpochSecond()));
    as(forged)
        .get("/api/registry/v1/subjects")
        .then()
        .statusCode(401)
        .body("code", equalTo("UNAUTHENTICATED"));
  }

  @Test
  void roleThatMayNotRegisterIsForbiddenAndWritesNothing() {
    assertRefused(
        as(TestTokens.councilMember("council", DAK_LAK)),
        "/api/registry/v1/subjects",
        cooperative(taxCode(), null, BUON_MA_THUOT),
        403,
        "FORBIDDEN",
        null,
        null);
    assertRefused(
        as(TestTokens.subjectMember("member", DAK_LAK, UUID.randomUUID())),
        "/api/registry/v1/products",
        "{\"subjectId\":\"" + UUID.randomUUID() + "\",\"name\":\"Mật ong\",\"productSet\":4}",
        403,
        "FORBIDDEN",
        null,
        null);
  }

  @Test
  void officerOfAnotherProvinceSeesNeitherTheSubjectNorItsProduct() {
    UUID own = subjectInHaNoi();
    UUID subject = subjectInDakLak();
    UUID product = productOf(OFFICER_66, subject);

    as(OFFICER_01)
        .get("/api/registry/v1/subjects/" + subject)
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("code", equalTo("NOT_FOUND"));
    as(OFFICER_01)
        .get("/api/registry/v1/products/" + product)
        .then()
        .statusCode(404)
        .body("code", equalTo("NOT_FOUND"));

    List<String> subjectsSeen =
        as(OFFICER_01)
            .queryParam("pageSize", 200)
            .get("/api/registry/v1/subjects")
            .then()
            .statusCode(200)
            .extract()
            .path("items.provinceCode");
    assertThat(subjectsSeen).containsOnly("01");
    as(OFFICER_01).get("/api/registry/v1/subjects/" + own).then().statusCode(200);
    List<String> productsOfForeignProvince =
        as(OFFICER_01)
            .queryParam("provinceCode", DAK_LAK)
            .get("/api/registry/v1/products")
            .then()
            .statusCode(200)
            .extract()
            .path("items.id");
    assertThat(productsOfForeignProvince).isEmpty();
  }

  @Test
  void nationalOfficerSeesEveryProvince() {
    UUID inDakLak = subjectInDakLak();
    UUID inHaNoi = subjectInHaNoi();
    as(NATIONAL).get("/api/registry/v1/subjects/" + inDakLak).then().statusCode(200);
    as(NATIONAL).get("/api/registry/v1/subjects/" + inHaNoi).then().statusCode(200);
    List<String> provinces =
        as(NATIONAL)
            .queryParam("pageSize", 200)
            .get("/api/registry/v1/subjects")
            .then()
            .statusCode(200)
            .extract()
            .path("items.provinceCode");
    assertThat(provinces).contains("01", "66");
  }

  @Test
  void subjectMemberSeesOnlyTheirOwnSubjectAndProducts() {
    UUID own = subjectInDakLak();
    UUID neighbour = subjectInDakLak();
    UUID ownProduct = productOf(OFFICER_66, own);
    UUID neighbourProduct = productOf(OFFICER_66, neighbour);
    String member = TestTokens.subjectMember("member", DAK_LAK, own);

    as(member).get("/api/registry/v1/subjects/" + own).then().statusCode(200);
    as(member).get("/api/registry/v1/subjects/" + neighbour).then().statusCode(404);
    as(member).get("/api/registry/v1/products/" + ownProduct).then().statusCode(200);
    as(member).get("/api/registry/v1/products/" + neighbourProduct).then().statusCode(404);
    List<String> listed =
        as(member)
            .get("/api/registry/v1/products")
            .then()
            .statusCode(200)
            .body("pager.total", equalTo(1))
            .extract()
            .path("items.id");
    assertThat(listed).containsExactly(ownProduct.toString());
  }

  @Test
  void unknownIdAnswersNotFound() {
    as(NATIONAL)
        .get("/api/registry/v1/subjects/" + UUID.randomUUID())
        .then()
        .statusCode(404)
        .body("code", equalTo("NOT_FOUND"));
  }

  @Test
  void pageSizeIsClampedAndPagerLinksThePages() {
    subjectInHaNoi();
    subjectInHaNoi();
    as(OFFICER_01)
        .queryParam("page", 1)
        .queryParam("pageSize", 1)
        .get("/api/registry/v1/subjects")
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(1))
        .body("pager.page", equalTo(1))
        .body("pager.nextPage", equalTo(2));
    as(OFFICER_01)
        .queryParam("pageSize", 5000)
        .get("/api/registry/v1/subjects")
        .then()
        .statusCode(200)
        .body("pager.pageSize", equalTo(200));
  }
}
