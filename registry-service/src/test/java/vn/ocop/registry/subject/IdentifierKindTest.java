package vn.ocop.registry.subject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ocop.platform.problem.FieldError;
import vn.ocop.platform.problem.ProblemException;

class IdentifierKindTest {

  @ParameterizedTest(name = "{0} {1} is accepted as {2}")
  @CsvSource({
    "COOPERATIVE, 6001234567, 6001234567",
    "ENTERPRISE, 0101234567-001, 0101234567-001",
    "ENTERPRISE, ' 0101234567 ', 0101234567",
    "HOUSEHOLD_BUSINESS, 066190001234, 066190001234",
  })
  void identifierThatFitsTheTypeIsAccepted(SubjectType type, String identifier, String stored) {
    assertThat(type.identifierKind().check(identifier, type)).isEqualTo(stored);
  }

  @ParameterizedTest(name = "{0} without identifier is stored without one")
  @CsvSource({"COOPERATIVE_GROUP, ''", "COOPERATIVE_GROUP, '  '"})
  void cooperativeGroupHasNoIdentifier(SubjectType type, String identifier) {
    assertThat(type.identifierKind().check(identifier, type)).isNull();
    assertThat(type.identifierKind().check(null, type)).isNull();
  }

  @ParameterizedTest(name = "{0} {1} breaks rule {2}")
  @CsvSource({
    "COOPERATIVE, 600123456, TaxCode",
    "COOPERATIVE, 60012345678, TaxCode",
    "COOPERATIVE, 6001234567-01, TaxCode",
    "ENTERPRISE, 600123456A, TaxCode",
    "ENTERPRISE, '', NotBlank",
    "HOUSEHOLD_BUSINESS, 6001234567, PersonalId",
    "HOUSEHOLD_BUSINESS, 0661900012345, PersonalId",
    "HOUSEHOLD_BUSINESS, '', NotBlank",
    "COOPERATIVE_GROUP, 6001234567, Null",
  })
  void identifierThatDoesNotFitTheTypeIsRefused(SubjectType type, String identifier, String rule) {
    assertThatThrownBy(() -> type.identifierKind().check(identifier, type))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> {
              assertThat(e.status()).isEqualTo(400);
              assertThat(e.errors())
                  .extracting(FieldError::field, FieldError::rule)
                  .containsExactly(org.assertj.core.groups.Tuple.tuple("identifier", rule));
            });
  }
}
