package vn.ocop.gateway.openapi;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.gateway.FakeServices;
import vn.ocop.platform.openapi.DocumentCheck;

/**
 * The document this service serves is the committed openapi/gateway.yaml (the SDKs are generated
 * from it), and it documents every operation completely.
 */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "gateway"))
@QuarkusTestResource(FakeServices.class)
class OpenApiDocumentTest {
  private static final String SERVICE = "gateway";

  /** The OAuth 2 token endpoint answers its errors as RFC 6749 §5.2 requires, not problem+json. */
  private static final Set<String> OWN_ERROR_FORMAT = Set.of("issueClientToken");

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
