package vn.ocop.devstack.openapi;

import static io.restassured.RestAssured.given;

import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.ocop.platform.openapi.DocumentCheck;

/**
 * The document a service serves is its committed {@code openapi/<service>.yaml} (the SDKs are
 * generated from it), and it documents every operation completely. Each service extends it with its
 * own {@code @QuarkusTest} setup.
 */
public abstract class CommittedDocumentTest {
  private final String service;
  private final Set<String> ownErrorFormat;

  /**
   * @param service the module's directory, which names its committed document
   * @param ownErrorFormat operationIds whose errors follow another standard than problem+json
   */
  protected CommittedDocumentTest(String service, Set<String> ownErrorFormat) {
    this.service = service;
    this.ownErrorFormat = Set.copyOf(ownErrorFormat);
  }

  @Test
  void theServedDocumentIsTheCommittedOne() {
    DocumentCheck.assertSameAsCommitted(served(), service);
  }

  @Test
  void everyOperationHasItsIdTagTextsExamplesAndProblemAnswers() {
    DocumentCheck.assertComplete(served(), ownErrorFormat);
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
