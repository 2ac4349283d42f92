package vn.ocop.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.ocop.devstack.DevStackTestResource;

/** Health, metrics and the API document, open to operators and the gateway. */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "plan"))
class OperationsTest {

  @Test
  void theServiceReportsItselfReady() {
    given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
  }

  @Test
  void metricsArePublishedInPrometheusFormat() {
    given().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
  }

  @Test
  void theApiDocumentNamesEveryOperation() {
    given()
        .queryParam("format", "json")
        .get("/q/openapi")
        .then()
        .statusCode(200)
        .body("openapi", equalTo("3.0.3"))
        .body("info.title", equalTo("OCOP plan service"))
        .body(
            "paths.collect { it.value.collect { op -> op.value.operationId } }.flatten()",
            hasItems(
                "listIndicators",
                "getIndicator",
                "createIndicator",
                "enterValue",
                "listEnteredValues",
                "rebuildFacts",
                "getProvinceActuals",
                "getNationalActuals",
                "createReport",
                "listReports",
                "listAllReports",
                "getReport",
                "updateReport",
                "refreshReportFigures",
                "submitReport",
                "approveReport",
                "returnReport",
                "exportReport",
                "createPlan",
                "listPlans",
                "getPlan",
                "updatePlan",
                "deletePlan",
                "approvePlan",
                "amendPlan",
                "listPlanVersions",
                "getNationalProgress",
                "getProvinceProgress",
                "getCommuneProgress",
                "listProgressItems",
                "getNationalProgressSeries",
                "getProvinceProgressSeries",
                "exportNationalProgress",
                "exportProvinceProgress",
                "getNationalProgressChart"))
        // Targets live in plans now: the old endpoints are gone.
        .body("paths.keySet()", not(hasItem("/api/plan/v1/provinces/{provinceCode}/targets")));
    given().get("/q/swagger-ui/").then().statusCode(200);
  }
}
