package vn.ocop.registry.subject;

import static vn.ocop.registry.support.Fixtures.BA_DINH;
import static vn.ocop.registry.support.Fixtures.BUON_MA_THUOT;
import static vn.ocop.registry.support.Fixtures.DAK_LAK;
import static vn.ocop.registry.support.Fixtures.NATIONAL;
import static vn.ocop.registry.support.Fixtures.OFFICER_66;
import static vn.ocop.registry.support.Fixtures.as;
import static vn.ocop.registry.support.Fixtures.cooperative;
import static vn.ocop.registry.support.Fixtures.taxCode;
import static vn.ocop.registry.support.Problems.assertRefused;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.ocop.devstack.DevStackTestResource;

/** Every kind of bad subject registration: answered 4xx problem+json, nothing written. */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "registry"))
class SubjectInputTest {
  private static final String PATH = "/api/registry/v1/subjects";

  static Stream<Arguments> badRegistrations() {
    return Stream.of(
        Arguments.of(
            "malformed JSON",
            OFFICER_66,
            "{\"type\":\"COOPERATIVE\",",
            400,
            "MALFORMED_REQUEST",
            "body",
            "syntax"),
        Arguments.of("empty body", OFFICER_66, "", 400, "VALIDATION_FAILED", "body", "NotNull"),
        Arguments.of(
            "unknown subject type",
            OFFICER_66,
            cooperative(taxCode(), null, BUON_MA_THUOT).replace("\"COOPERATIVE\"", "\"FARM\""),
            400,
            "MALFORMED_REQUEST",
            "type",
            "type"),
        Arguments.of(
            "missing name",
            OFFICER_66,
            cooperative(taxCode(), null, BUON_MA_THUOT)
                .replace("\"name\":\"HTX Cà phê Ea Tu\",", ""),
            400,
            "VALIDATION_FAILED",
            "name",
            "NotBlank"),
        Arguments.of(
            "blank name",
            OFFICER_66,
            cooperative(taxCode(), null, BUON_MA_THUOT).replace("HTX Cà phê Ea Tu", "  "),
            400,
            "VALIDATION_FAILED",
            "name",
            "NotBlank"),
        Arguments.of(
            "missing commune",
            OFFICER_66,
            cooperative(taxCode(), null, BUON_MA_THUOT).replace("\"communeCode\":\"24133\",", ""),
            400,
            "VALIDATION_FAILED",
            "communeCode",
            "NotBlank"),
        Arguments.of(
            "malformed province code",
            NATIONAL,
            cooperative(taxCode(), "6", BUON_MA_THUOT),
            400,
            "VALIDATION_FAILED",
            "provinceCode",
            "Pattern"),
        Arguments.of(
            "tax code of 9 digits",
            OFFICER_66,
            cooperative("600123456", null, BUON_MA_THUOT),
            400,
            "VALIDATION_FAILED",
            "identifier",
            "TaxCode"),
        Arguments.of(
            "tax code with letters",
            OFFICER_66,
            cooperative("60012345AB", null, BUON_MA_THUOT),
            400,
            "VALIDATION_FAILED",
            "identifier",
            "TaxCode"),
        Arguments.of(
            "cooperative without its tax code",
            OFFICER_66,
            cooperative(taxCode(), null, BUON_MA_THUOT)
                .replaceFirst("\"identifier\":\"\\d+\",", ""),
            400,
            "VALIDATION_FAILED",
            "identifier",
            "NotBlank"),
        Arguments.of(
            "household business with a tax code",
            OFFICER_66,
            cooperative(taxCode(), null, BUON_MA_THUOT)
                .replace("\"COOPERATIVE\"", "\"HOUSEHOLD_BUSINESS\""),
            400,
            "VALIDATION_FAILED",
            "identifier",
            "PersonalId"),
        Arguments.of(
            "cooperative group with an identifier",
            OFFICER_66,
            cooperative(taxCode(), null, BUON_MA_THUOT)
                .replace("\"COOPERATIVE\"", "\"COOPERATIVE_GROUP\""),
            400,
            "VALIDATION_FAILED",
            "identifier",
            "Null"),
        Arguments.of(
            "national account without a province",
            NATIONAL,
            cooperative(taxCode(), null, BUON_MA_THUOT),
            400,
            "VALIDATION_FAILED",
            "provinceCode",
            "NotBlank"),
        Arguments.of(
            "province not on the current map",
            NATIONAL,
            cooperative(taxCode(), "83", BUON_MA_THUOT),
            422,
            "UNPROCESSABLE",
            "provinceCode",
            "KnownProvince"),
        Arguments.of(
            "unknown commune",
            OFFICER_66,
            cooperative(taxCode(), null, "99999"),
            422,
            "UNPROCESSABLE",
            "communeCode",
            "KnownCommune"),
        Arguments.of(
            "commune of another province",
            NATIONAL,
            cooperative(taxCode(), DAK_LAK, BA_DINH),
            422,
            "UNPROCESSABLE",
            "communeCode",
            "CommuneInProvince"),
        Arguments.of(
            "province officer writing in another province",
            OFFICER_66,
            cooperative(taxCode(), "01", BA_DINH),
            404,
            "NOT_FOUND",
            null,
            null));
  }

  @ParameterizedTest(name = "{0} is refused with {3} {4}")
  @MethodSource("badRegistrations")
  void badRegistrationIsRefusedAndWritesNothing(
      String why, String token, String body, int status, String code, String field, String rule) {
    assertRefused(as(token), PATH, body, status, code, field, rule);
  }
}
