package vn.ocop.rating;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.rating.support.Api;
import vn.ocop.rating.support.Problems;

/** The evaluation sheets published under each rule set. */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "rating"))
class CriteriaSheetsEndpointTest {
  private static final String SHEETS = "/api/rating/v1/rule-sets/{version}/sheets";

  @Test
  void theRuleSetsNameTheirCriteriaForwardingAndCommuneReview() {
    Api.as(Api.member("anyone", "66"))
        .get("/api/rating/v1/rule-sets")
        .then()
        .statusCode(200)
        .body("criteriaVersion", contains("QD148-2023", "QD148-2023"))
        .body("[0].forwarding.fromLevel", contains("DISTRICT", "PROVINCE"))
        .body("[0].forwarding.minScore", contains(70, 90))
        .body("[0].communePreReview", equalTo(false))
        .body("[1].forwarding.toLevel", contains("CENTRAL"))
        .body("[1].communePreReview", equalTo(true));
  }

  @Test
  void the26SheetsAreListedWithGroupsMaximaAndCorrections() {
    Api.as(Api.officer("66"))
        .get(SHEETS, "QD148-2023+QD1489-2025")
        .then()
        .statusCode(200)
        .body("$", hasSize(26))
        .body("productSet[0]", equalTo(1))
        .body("name[0]", equalTo("Rau, củ, quả, hạt tươi"))
        .body("productGroup[25]", equalTo(6))
        .body("maxPoints", everyItem(equalTo(100)))
        .body("correctionsCount[2]", equalTo(4))
        .body("correctionsCount[0]", equalTo(0));
  }

  @Test
  void aSheetIsPublishedWithOptionsMinimumsAlternativesAndCorrections() {
    Api.as(Api.nationalOfficer())
        .get(SHEETS + "/{productSet}", "QD148-2023", 26)
        .then()
        .statusCode(200)
        .body(
            "productSetName",
            equalTo("Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch"))
        .body("parts.code", contains("A", "B", "C"))
        .body(
            "parts[2].sections.find { it.code == 'C8' }.criteria.alternative",
            contains("community", "site"))
        .body(
            "parts[0].sections.find { it.code == 'A3' }.criteria.find { it.code == 'A3e' }.mandatoryFromStar",
            equalTo(4))
        .body(
            "parts[0].sections.find { it.code == 'A3' }.criteria.find { it.code == 'A3c' }.communeReview",
            equalTo(true))
        .body("corrections.kind", hasItems("alternatives", "sectionAsCriterion"));
    Api.as(Api.member("anyone", "66"))
        .get(SHEETS + "/{productSet}", "QD148-2023", 17)
        .then()
        .statusCode(200)
        .body(
            "parts[0].sections[0].criteria.find { it.code == 'A1d' }.options[1].points", equalTo(1))
        .body(
            "corrections.find { it.id == 'S17-L18-points' }.source",
            org.hamcrest.Matchers.containsString("'l'"));
  }

  @Test
  void unknownVersionsAndSetsAre404AndATokenIsNeeded() {
    Problems.problem(Api.as(Api.admin()).get(SHEETS, "QD1-1999"), 404, "NOT_FOUND");
    Problems.problem(
        Api.as(Api.admin()).get(SHEETS + "/{productSet}", "QD148-2023", 27), 404, "NOT_FOUND");
    Problems.problem(Api.anonymous().get(SHEETS, "QD148-2023"), 401, "UNAUTHENTICATED");
  }
}
