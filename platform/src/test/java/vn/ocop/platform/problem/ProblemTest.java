package vn.ocop.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemTest {

  @Test
  void theTypeUriIsDerivedFromTheStableCode() {
    assertThat(Problem.typeOf("SUBJECT_IDENTIFIER_TAKEN"))
        .isEqualTo("urn:ocop:problem:subject-identifier-taken");
  }

  @Test
  void factoriesCarryStatusCodeAndField() {
    ProblemException notFound = ProblemException.notFound("Subject", "42");
    assertThat(notFound.status()).isEqualTo(404);
    assertThat(notFound.code()).isEqualTo("NOT_FOUND");
    assertThat(notFound.getMessage()).contains("Subject 42");

    ProblemException invalid = ProblemException.invalidField("productSet", "exists", "no set 27");
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.errors())
        .containsExactly(new FieldError("productSet", "exists", "no set 27"));
  }
}
