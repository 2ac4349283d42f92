package vn.ocop.rating;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.devstack.TestKafka;
import vn.ocop.rating.support.Api;
import vn.ocop.rating.support.Problems;

/** Rule sets, health, metrics and the OpenAPI document. */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "rating"))
class ServiceEndpointsTest {

  @Test
  void theRuleSetsArePublishedWithTheirBandsAndLevels() {
    Api.as(Api.member("anyone", "66"))
        .get("/api/rating/v1/rule-sets")
        .then()
        .statusCode(200)
        .body("version", org.hamcrest.Matchers.contains("QD148-2023", "QD148-2023+QD1489-2025"))
        .body("[0].effectiveFrom", equalTo("2023-02-24"))
        .body("[0].effectiveTo", equalTo("2025-07-05"))
        .body("[0].levels.level", org.hamcrest.Matchers.contains("DISTRICT", "PROVINCE", "CENTRAL"))
        .body("[1].effectiveFrom", equalTo("2025-07-06"))
        .body("[1].effectiveTo", nullValue())
        .body("[1].levels[0].level", equalTo("PROVINCE"))
        .body("[1].levels[0].recognises", org.hamcrest.Matchers.contains(3, 4))
        .body("[1].starBands", hasSize(5))
        .body("[1].starBands[3].stars", equalTo(4))
        .body("[1].starBands[3].from", equalTo(70))
        .body("[1].starBands[3].below", equalTo(90))
        .body("[1].starBands[4].below", nullValue())
        .body("[1].certificateValidityMonths", equalTo(36))
        .body("[1].minimumRecognisedStar", equalTo(3))
        .body("[1].council.quorumPercent", equalTo(75));
  }

  @Test
  void theRuleSetsNeedAToken() {
    Problems.problem(Api.anonymous().get("/api/rating/v1/rule-sets"), 401, "UNAUTHENTICATED");
  }

  @Test
  void healthReportsTheDatabaseAndKafka() {
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", org.hamcrest.Matchers.hasItem(containsString("Database")));
  }

  @Test
  void metricsArePublishedForPrometheus() {
    given()
        .get("/q/metrics")
        .then()
        .statusCode(200)
        .body(containsString("ocop_rating_evaluations_completed_total"))
        .body(containsString("http_server_requests_seconds"));
  }

  @Test
  void everyOperationHasAnIdATagASummaryAndProblemAnswers() {
    JsonNode document =
        TestKafka.json(given().queryParam("format", "json").get("/q/openapi").asString());
    assertThat(document.get("openapi").asText()).isEqualTo("3.0.3");
    assertThat(document.at("/info/title").asText()).isEqualTo("OCOP rating service");
    List<String> operationIds = new ArrayList<>();
    for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
      assertThat(path.getKey()).startsWith("/api/rating/v1/");
      for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
        JsonNode op = operation.getValue();
        String where = operation.getKey() + " " + path.getKey();
        assertThat(op.path("operationId").asText()).as(where).isNotBlank();
        assertThat(op.path("summary").asText()).as(where).isNotBlank();
        assertThat(op.path("description").asText()).as(where).isNotBlank();
        assertThat(op.path("tags").size()).as(where).isPositive();
        assertThat(op.at("/responses/401/content/application~1problem+json").isMissingNode())
            .as(where + " documents 401 as problem+json")
            .isFalse();
        if (op.has("requestBody")) {
          // A JSON body or a raw file (evidence uploads): either way, with an example.
          JsonNode content = op.at("/requestBody/content");
          JsonNode body =
              content.has("application/json")
                  ? content.get("application/json")
                  : content.elements().next();
          assertThat(body.path("examples").size())
              .as(where + " has a request example")
              .isPositive();
        }
        operationIds.add(op.get("operationId").asText());
      }
    }
    assertThat(operationIds)
        .doesNotHaveDuplicates()
        .contains(
            "listRuleSets",
            "listCriteriaSheets",
            "getCriteriaSheet",
            "openCycle",
            "getCycle",
            "listCycles",
            "constituteCouncil",
            "getCouncil",
            "createDossier",
            "submitDossier",
            "editDossierCover",
            "returnDossier",
            "withdrawDossier",
            "getDossierHistory",
            "getDossierChanges",
            "uploadEvidence",
            "getEvidenceIndex",
            "downloadEvidence",
            "removeEvidence",
            "recordCommuneReview",
            "getCommuneReview",
            "listCommuneReviews",
            "getDossier",
            "listDossiers",
            "listCouncils",
            "replaceCouncilMembers",
            "planSession",
            "listSessions",
            "getSession",
            "openSession",
            "closeSession",
            "cancelSession",
            "assignDossierToSession",
            "listSessionDossiers",
            "declareConflictOfInterest",
            "listSessionDeclarations",
            "listMySessionDossiers",
            "submitMyScoreSheet",
            "getMyScoreSheet",
            "closeScoringRound",
            "recordRecognitionDecision",
            "getRecognitionDecision",
            "getSessionMinutes",
            "getSessionScoreSummary",
            "getDecisionAnnex",
            "getCouncilLeniency",
            "getProvinceLeniency",
            "advanceCycleStep",
            "rescheduleCycle",
            "registerIdea",
            "getIdea",
            "listIdeas",
            "reviseIdea",
            "reviewIdea",
            "submitBusinessPlan",
            "getBusinessPlan",
            "listBusinessPlans",
            "reviseBusinessPlan",
            "reviewBusinessPlan",
            "givePlanOpinion",
            "declarePlanReady",
            "linkPlanProduct",
            "recordPlanSupport",
            "listPlanSupport",
            "recordPlanMilestone",
            "listPlanMilestones",
            "recordPromotion",
            "getPromotion",
            "listPromotions",
            "listRecognitionDecisions",
            "forwardDossier",
            "getDossierChain",
            "submitSelfAssessment",
            "getSelfAssessment");
    assertThat(document.at("/components/schemas/Problem").isMissingNode()).isFalse();
  }

  @Test
  void swaggerUiIsServed() {
    given().get("/q/swagger-ui/").then().statusCode(200);
  }
}
