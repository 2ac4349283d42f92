package vn.ocop.devstack.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemCheckTest {
  private static final String PROBLEM = "application/problem+json";

  @Test
  void theHouseShapePasses() {
    assertThat(
            ProblemCheck.findings(
                400,
                PROBLEM,
                "{\"type\":\"urn:ocop:problem:validation-failed\",\"title\":\"Invalid request\","
                    + "\"status\":400,\"detail\":\"The request breaks 1 rule\","
                    + "\"code\":\"VALIDATION_FAILED\","
                    + "\"errors\":[{\"field\":\"name\",\"rule\":\"NotBlank\",\"message\":\"m\"}]}"))
        .isEmpty();
  }

  @Test
  void eachDepartureIsNamed() {
    assertThat(ProblemCheck.findings(404, "text/html", "<h1>404</h1>"))
        .singleElement()
        .asString()
        .contains("Content-Type");
    assertThat(
            ProblemCheck.findings(
                400,
                PROBLEM,
                "{\"type\":\"t\",\"title\":\"t\",\"status\":404,"
                    + "\"code\":\"VALIDATION_FAILED\",\"errors\":[{\"field\":\"x\"}]}"))
        .anySatisfy(f -> assertThat(f).contains("'status'"))
        .anySatisfy(f -> assertThat(f).contains("'detail'"))
        .anySatisfy(f -> assertThat(f).contains("'rule'"));
    assertThat(
            ProblemCheck.findings(
                400,
                PROBLEM,
                "{\"type\":\"t\",\"title\":\"t\",\"status\":400,\"detail\":\"d\","
                    + "\"code\":\"VALIDATION_FAILED\"}"))
        .singleElement()
        .asString()
        .contains("names no field");
  }
}
