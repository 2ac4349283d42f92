package vn.ocop.registry.openapi;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.platform.openapi.DocumentCheck;

/**
 * The document this service serves is the committed openapi/registry-service.yaml (the SDKs are
 * generated from it), and it documents every operation completely.
 */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "registry"))
class OpenApiDocumentTest {
  private static final String SERVICE = "registry-service";

  private static final Set<String> OWN_ERROR_FORMAT = Set.of();

  @Test
  void theServedDocumentIsTheCommittedOne() {
    DocumentCheck.assertSameAsCommitted(served(), SERVICE);
  }

  @Test
  void everyOperationHasItsIdTagTextsExamplesAndProblemAnswers() {
    DocumentCheck.assertComplete(served(), OWN_ERROR_FORMAT);
  }

  private static String served() {
    return given()
        .queryParam("format", "yaml")
        .when()
        .get("/q/openapi")
        .then()
        .statusCode(200)
        .extract()
        .asString();
  }
}
