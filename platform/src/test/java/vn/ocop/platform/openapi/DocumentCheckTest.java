package vn.ocop.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class DocumentCheckTest {
  private static final String DOCUMENT =
      """
      openapi: 3.0.3
      components:
        schemas:
          Problem:
            type: object
            properties:
              type: {type: string}
              code: {type: string}
      paths:
        /things/{id}:
          get:
            operationId: getThing
            tags: [Things]
            summary: A thing
            description: The thing and its parts
            responses:
              "200":
                content:
                  application/json:
                    schema: {type: object}
              "404":
                content:
                  application/json:
                    schema: {type: object}
                    example: {}
          delete:
            responses:
              "204":
                description: Gone
      """;

  @Test
  void everyGapOfEveryOperationIsListed() {
    assertThat(DocumentCheck.gaps(DOCUMENT, Set.of()))
        .containsExactly(
            "GET /things/{id} 200 application/json: no example",
            "GET /things/{id} 404: not application/problem+json",
            "DELETE /things/{id}: no explicit operationId (lowerCamelCase)",
            "DELETE /things/{id}: no tag",
            "DELETE /things/{id}: no summary",
            "DELETE /things/{id}: no description");
  }

  @Test
  void anOperationWithItsOwnErrorFormatIsNotHeldToProblemJson() {
    assertThat(DocumentCheck.gaps(DOCUMENT, Set.of("getThing")))
        .doesNotContain("GET /things/{id} 404: not application/problem+json");
  }

  @Test
  void theFirstDifferenceIsShownWithItsLineInBothTexts() {
    String difference = DocumentCheck.firstDifference("a\nb\nc\n", "a\nB\nc\n");
    assertThat(difference)
        .contains("First difference at line 2")
        .contains("> 2: b")
        .contains("> 2: B");
    assertThat(DocumentCheck.firstDifference("a\nb\n", "a\nb")).isNull();
  }

  @Test
  void theServedDocumentIsComparedAsDataNotAsNumberFormatting() {
    assertThat(DocumentCheck.canonical(DocumentCheck.parse("score: 78.50\nname: x")))
        .isEqualTo(DocumentCheck.canonical(DocumentCheck.parse("name: x\nscore: 78.5")));
    assertThat(DocumentCheck.canonical(DocumentCheck.parse("score: 78.50")))
        .isNotEqualTo(DocumentCheck.canonical(DocumentCheck.parse("score: 78.51")));
  }
}
