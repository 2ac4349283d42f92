package vn.ocop.registry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ocop.devstack.DevStackTestResource;

/** Health, metrics and the OpenAPI document, all without a token. */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "registry"))
class ServiceEndpointsTest {
  private static final List<String> OPERATIONS =
      List.of(
          "listProvinces",
          "listCommunesOfProvince",
          "listProductSets",
          "registerSubject",
          "getSubject",
          "listSubjects",
          "registerProduct",
          "getProduct",
          "listProducts",
          "getCertificate",
          "listCertificates",
          "suspendCertificate",
          "revokeCertificate",
          "reinstateCertificate",
          "getCertificateHistory",
          "runExpiry",
          "listReminders",
          "listSubjectReminders",
          "getCertificateScans",
          "verifyCertificate",
          "getVerificationQrPng",
          "getVerificationQrSvg",
          "searchCertifiedProducts",
          "importRegistryFile",
          "getImport",
          "getImportTemplate",
          "exportRegistryFile",
          "updateSubject",
          "updateProduct",
          "changeProductStatus",
          "listAdminMaps",
          "searchAdminUnits",
          "getAdminUnit",
          "listProvinceSuccessions",
          "getRegistryRecordHistory",
          "verifyRegistryAuditChain");

  @Test
  void healthIsUpWithTheDatabaseAndKafka() {
    given()
        .get("/q/health")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", org.hamcrest.Matchers.hasItem(containsString("Database")));
  }

  @Test
  void metricsArePublishedForPrometheus() {
    // HTTP timings cover the API only, not the /q endpoints.
    given().get("/api/registry/v1/product-sets").then().statusCode(401);
    given()
        .get("/q/metrics")
        .then()
        .statusCode(200)
        .body(containsString("jvm_memory_used_bytes"))
        .body(containsString("kafka_consumer_"))
        .body(containsString("http_server_requests_seconds"));
  }

  @Test
  void openApiDocumentNamesEveryOperationAndItsProblemAnswers() {
    JsonPath document =
        given()
            .accept("application/json")
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();

    assertThat(document.getString("openapi")).isEqualTo("3.0.3");
    assertThat(document.getString("info.title")).isEqualTo("OCOP registry service");
    Map<String, Map<String, Map<String, Object>>> paths = document.getMap("paths");
    List<Map<String, Object>> operations =
        paths.values().stream().flatMap(p -> p.values().stream()).toList();
    assertThat(operations)
        .extracting(op -> (String) op.get("operationId"))
        .containsExactlyInAnyOrderElementsOf(OPERATIONS);
    paths.forEach(
        (path, byMethod) ->
            byMethod
                .values()
                .forEach(
                    op ->
                        assertThat(isPublic(op))
                            .as("%s is public exactly when under /public", op.get("operationId"))
                            .isEqualTo(path.startsWith("/public/"))));
    for (Map<String, Object> operation : operations) {
      @SuppressWarnings("unchecked")
      Map<String, Map<String, Object>> responses =
          (Map<String, Map<String, Object>>) operation.get("responses");
      if (!isPublic(operation)) {
        assertThat(responses).as("%s", operation.get("operationId")).containsKeys("401", "403");
      }
      responses.entrySet().stream()
          .filter(r -> r.getKey().startsWith("4"))
          .forEach(
              r ->
                  assertThat((Map<String, Object>) r.getValue().get("content"))
                      .as("%s %s", operation.get("operationId"), r.getKey())
                      .containsOnlyKeys("application/problem+json"));
      assertThat(operation.get("summary")).isNotNull();
      assertThat(operation.get("description")).isNotNull();
    }
    assertThat(document.getMap("paths.'/api/registry/v1/subjects'.post.requestBody.content"))
        .containsKey("application/json");
    assertThat(
            document.getMap(
                "paths.'/api/registry/v1/subjects'.post.requestBody.content.'application/json'.examples"))
        .containsKeys("cooperative", "householdBusiness");
  }

  /** An operation that needs no token: its security requirements are an empty list. */
  private static boolean isPublic(Map<String, Object> operation) {
    return operation.get("security") instanceof List<?> requirements && requirements.isEmpty();
  }

  @Test
  void swaggerUiIsServed() {
    given().get("/q/swagger-ui/").then().statusCode(200);
  }
}
