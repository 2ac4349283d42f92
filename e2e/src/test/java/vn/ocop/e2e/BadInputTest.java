package vn.ocop.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Bad input through the gateway: each answer is a 4xx problem+json that names the field and the
 * rule, and nothing is written.
 */
class BadInputTest {

  private static long total(String user, String path, Map<String, ?> query) {
    Number total =
        Api.as(user)
            .queryParams(query)
            .queryParam("pageSize", 1)
            .get(path)
            .then()
            .statusCode(200)
            .extract()
            .path("pager.total");
    return total.longValue();
  }

  private static long subjects() {
    return total(Ocop.OFFICER, "/api/registry/v1/subjects", Map.of());
  }

  private static void assertProblem(Response response, int status, String code) {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.<Integer>path("status")).isEqualTo(status);
    assertThat(response.<String>path("code")).isEqualTo(code);
    assertThat(response.<String>path("title")).isNotBlank();
    assertThat(response.<String>path("requestId")).isNotBlank();
    assertThat(response.asString()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  private static List<String> fields(Response response) {
    return response.path("errors.field");
  }

  @Test
  void malformedJsonIsRejectedAndWritesNothing() {
    long before = subjects();
    Response response =
        Api.as(Ocop.OFFICER)
            .body("{\"type\": \"COOPERATIVE\", \"name\": ")
            .post("/api/registry/v1/subjects");
    assertProblem(response, 400, "MALFORMED_REQUEST");
    assertThat(fields(response)).containsExactly("body");
    assertThat(subjects()).isEqualTo(before);
  }

  @Test
  void missingFieldsAreNamedWithTheirRule() {
    long before = subjects();
    Response response = Api.as(Ocop.OFFICER).body(Map.of()).post("/api/registry/v1/subjects");
    assertProblem(response, 400, "VALIDATION_FAILED");
    assertThat(fields(response)).contains("name", "type");
    assertThat(response.<List<String>>path("errors.rule")).doesNotContainNull();
    assertThat(subjects()).isEqualTo(before);
  }

  @Test
  void anUnknownProductSetIsRejected() {
    String subjectId = Ocop.registerCooperative("HTX Dịch vụ Nông nghiệp Krông Búk");
    Response response =
        Api.as(Ocop.OFFICER)
            .body(Map.of("subjectId", subjectId, "name", "Cà phê hạt rang", "productSet", 27))
            .post("/api/registry/v1/products");
    assertThat(response.statusCode()).isBetween(400, 422);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(fields(response)).containsExactly("productSet");
    assertThat(total(Ocop.OFFICER, "/api/registry/v1/products", Map.of("subjectId", subjectId)))
        .isZero();
  }

  @Test
  void anOptionNotOnTheSheetIsRejectedAndNoSheetIsKept() {
    String subjectId = Ocop.registerCooperative("HTX Cà phê Cư M'gar");
    String productId = Ocop.registerCoffee(subjectId, "Cà phê Arabica Cư M'gar");
    String cycleId = Ocop.openCycle(3);
    String councilId = Ocop.createCouncil("Hội đồng OCOP tỉnh Đắk Lắk, đợt 3");
    String dossierId = Ocop.createDossier(cycleId, productId);
    Ocop.assignCouncil(dossierId, councilId);

    // Members tick options; an option of another criterion is refused.
    java.util.Map<String, String> answers =
        new java.util.LinkedHashMap<>(Sheets.answersFor(Ocop.RULE_SET, 13, 80));
    answers.put("A1a", "A1b-1");
    Response response =
        Api.as(Ocop.COUNCIL.get(0))
            .body(Map.of("productSet", 13, "answers", answers))
            .put("/api/rating/v1/dossiers/" + dossierId + "/score-sheets/mine");
    assertProblem(response, 422, "INVALID_SHEET_ANSWER");
    assertThat(fields(response)).containsExactly("answers.A1a");

    // The other two members score; without the chair's sheet there is still no result.
    Ocop.score(Ocop.COUNCIL.get(1), dossierId, "75");
    Ocop.score(Ocop.COUNCIL.get(2), dossierId, "75");
    Response dossier = Api.as(Ocop.OFFICER).get("/api/rating/v1/dossiers/" + dossierId);
    assertThat(dossier.<String>path("status")).isEqualTo("IN_EVALUATION");
    assertThat(dossier.<Object>path("result")).isNull();
  }

  @Test
  void anotherProvincesRecordsDoNotExistForAnOfficer() {
    String subjectId = Ocop.registerCooperative("HTX Cà phê Buôn Hồ");
    long productsBefore =
        total(Ocop.OFFICER, "/api/registry/v1/products", Map.of("subjectId", subjectId));

    // Lâm Đồng's officer can neither read Đắk Lắk's subject nor add a product to it.
    Response read = Api.as("lamdong.officer").get("/api/registry/v1/subjects/" + subjectId);
    assertProblem(read, 404, "NOT_FOUND");
    Response write =
        Api.as("lamdong.officer")
            .body(Map.of("subjectId", subjectId, "name", "Cà phê chồn", "productSet", 13))
            .post("/api/registry/v1/products");
    assertProblem(write, 404, "NOT_FOUND");
    assertThat(total(Ocop.OFFICER, "/api/registry/v1/products", Map.of("subjectId", subjectId)))
        .isEqualTo(productsBefore);

    // Nor open a cycle in Đắk Lắk.
    Response cycle =
        Api.as("lamdong.officer")
            .body(Map.of("year", Api.today().getYear(), "round", 9, "provinceCode", Ocop.DAK_LAK))
            .post("/api/rating/v1/cycles");
    assertProblem(cycle, 404, "NOT_FOUND");
  }

  @Test
  void aRequestWithoutATokenIsUnauthenticated() {
    Response response = Api.anonymous().get("/api/registry/v1/subjects");
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.contentType()).startsWith("application/problem+json");
  }
}
