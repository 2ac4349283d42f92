package vn.ocop.registry.verification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.registry.support.Fixtures;
import vn.ocop.registry.support.RegistryRows;
import vn.ocop.registry.support.RegistryRows.Certificate;
import vn.ocop.registry.support.RegistryRows.Place;

/** GET /public/verify/{code} and its QR codes, without login, for certificates in every state. */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "registry"))
class VerificationTest {
  private static final DateTimeFormatter VI = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @ConfigProperty(name = "ocop.registry.public-verify-base-url")
  String baseUrl;

  @Test
  void certificateInForceIsVerifiedWithoutLoginAndShowsNoPersonalData() {
    String identifier = Fixtures.taxCode();
    String phone = "0905123456";
    UUID subject =
        RegistryRows.subject(
            "HTX Cà phê Ea Tu " + UUID.randomUUID(), Place.BUON_MA_THUOT, identifier, phone);
    UUID product = RegistryRows.product(subject, "Cà phê bột Ea Tu", 13, Place.BUON_MA_THUOT);
    LocalDate decided = RegistryRows.today().minusMonths(6);
    LocalDate validTo = decided.plusMonths(36);
    Certificate certificate = RegistryRows.certificate(product, 4, decided, validTo, "ISSUED");

    Response response = given().get("/public/verify/" + certificate.code());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.contentType()).startsWith("application/json");
    assertThat(response.header("Cache-Control")).isEqualTo("public, max-age=60");
    response
        .then()
        .body("code", equalTo(certificate.code()))
        .body("verdict", equalTo("VALID"))
        .body("status", equalTo("ISSUED"))
        .body("message.vi", equalTo("Sản phẩm OCOP 4 sao, còn hiệu lực đến " + validTo.format(VI)))
        .body(
            "message.en",
            equalTo(
                "OCOP 4-star product, certified until "
                    + validTo.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH))))
        .body("product.name", equalTo("Cà phê bột Ea Tu"))
        .body("product.productSet", equalTo(13))
        .body("product.productSetName", equalTo("Cà phê, ca cao"))
        .body("product.productGroup", equalTo(1))
        .body("product.productGroupName", equalTo("Thực phẩm"))
        .body("subject.type", equalTo("COOPERATIVE"))
        .body("place.provinceCode", equalTo("66"))
        .body("place.provinceName", equalTo("Đắk Lắk"))
        .body("place.communeName", equalTo("Buôn Ma Thuột"))
        .body("place.recordedOnPreMergerMap", nullValue())
        .body("starClass", equalTo(4))
        .body("issuingBody", equalTo("Ủy ban nhân dân tỉnh Đắk Lắk"))
        .body("issuingLevel", equalTo("PROVINCE"))
        .body("decisionDate", equalTo(decided.toString()))
        .body("validFrom", equalTo(decided.toString()))
        .body("validTo", equalTo(validTo.toString()))
        .body("successorCode", nullValue())
        .body("checkedOn", equalTo(RegistryRows.today().toString()));
    assertThat(response.jsonPath().getString("subject.name")).startsWith("HTX Cà phê Ea Tu ");
    String body = response.asString();
    assertThat(body)
        .doesNotContain(identifier)
        .doesNotContain(phone)
        .doesNotContain("Y Bhim Niê")
        .doesNotContain(subject.toString())
        .doesNotContain(product.toString())
        .doesNotContain(certificate.id().toString());
  }

  @Test
  void codeTypedInUpperCaseOrSentWithAForeignTokenIsStillVerified() {
    Certificate certificate = certificateInForce();

    given()
        .get("/public/verify/" + certificate.code().toUpperCase(Locale.ROOT))
        .then()
        .statusCode(200)
        .body("code", equalTo(certificate.code()));
    given()
        .header("Authorization", "Bearer not-a-token")
        .get("/public/verify/" + certificate.code())
        .then()
        .statusCode(200)
        .body("verdict", equalTo("VALID"));
  }

  @Test
  void answerFromMemoryIsTheAnswerOfTheDatabaseReadByteForByte() {
    Certificate certificate = certificateInForce();

    // The first answer is read from the database, the next ones come from memory (fast path).
    Response first =
        given().header("X-Request-Id", "scan-0001").get("/public/verify/" + certificate.code());
    Response second =
        given().header("X-Request-Id", "scan-0002").get("/public/verify/" + certificate.code());
    Response third = given().get("/public/verify/" + certificate.code());

    for (Response response : new Response[] {first, second, third}) {
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.contentType()).isEqualTo("application/json");
      assertThat(response.header("Cache-Control")).isEqualTo("public, max-age=60");
      assertThat(response.asByteArray()).isEqualTo(first.asByteArray());
    }
    assertThat(first.header("X-Request-Id")).isEqualTo("scan-0001");
    assertThat(second.header("X-Request-Id")).isEqualTo("scan-0002");
    assertThat(third.header("X-Request-Id")).isNotBlank();
  }

  @Test
  void certificateWithinItsLastHundredAndEightyDaysIsExpiringSoon() {
    LocalDate validTo = RegistryRows.today().plusDays(30);
    Certificate certificate =
        RegistryRows.certificate(newProduct(), 3, validTo.minusMonths(36), validTo, "ISSUED");

    given()
        .get("/public/verify/" + certificate.code())
        .then()
        .statusCode(200)
        .body("verdict", equalTo("EXPIRING_SOON"))
        .body("status", equalTo("EXPIRING"))
        .body(
            "message.vi",
            equalTo(
                "Sản phẩm OCOP 3 sao, còn hiệu lực đến " + validTo.format(VI) + " (sắp hết hạn)"));
  }

  @Test
  void certificatePastItsLastDayIsExpiredEvenBeforeTheNightlyJobMarksIt() {
    LocalDate validTo = RegistryRows.today().minusDays(1);
    Certificate certificate =
        RegistryRows.certificate(newProduct(), 4, validTo.minusMonths(36), validTo, "EXPIRING");

    given()
        .get("/public/verify/" + certificate.code())
        .then()
        .statusCode(200)
        .body("verdict", equalTo("EXPIRED"))
        .body("status", equalTo("EXPIRED"))
        .body(
            "message.vi",
            equalTo(
                "Giấy chứng nhận OCOP đã hết hiệu lực (hiệu lực đến " + validTo.format(VI) + ")"));
  }

  @Test
  void revokedAndSuspendedCertificatesSaySoInBothLanguages() {
    LocalDate decided = RegistryRows.today().minusYears(1);
    Certificate revoked =
        RegistryRows.certificate(newProduct(), 4, decided, decided.plusMonths(36), "REVOKED");
    Certificate suspended =
        RegistryRows.certificate(newProduct(), 4, decided, decided.plusMonths(36), "SUSPENDED");

    given()
        .get("/public/verify/" + revoked.code())
        .then()
        .statusCode(200)
        .body("verdict", equalTo("REVOKED"))
        .body("status", equalTo("REVOKED"))
        .body("message.vi", equalTo("Giấy chứng nhận đã bị thu hồi"))
        .body("message.en", equalTo("The certificate has been revoked"));
    given()
        .get("/public/verify/" + suspended.code())
        .then()
        .statusCode(200)
        .body("verdict", equalTo("SUSPENDED"))
        .body("message.vi", equalTo("Giấy chứng nhận đang bị tạm đình chỉ hiệu lực"))
        .body("message.en", equalTo("The certificate is suspended"));
  }

  @Test
  void supersededCertificateNamesTheCodeOfItsSuccessor() {
    UUID product = newProduct();
    LocalDate first = RegistryRows.today().minusYears(2);
    LocalDate second = RegistryRows.today().minusMonths(1);
    Certificate old =
        RegistryRows.certificate(product, 3, first, first.plusMonths(36), "SUPERSEDED");
    Certificate upgrade =
        RegistryRows.certificate(product, 4, second, second.plusMonths(36), "ISSUED");

    given()
        .get("/public/verify/" + old.code())
        .then()
        .statusCode(200)
        .body("verdict", equalTo("SUPERSEDED"))
        .body("starClass", equalTo(3))
        .body("successorCode", equalTo(upgrade.code()))
        .body("message.en", equalTo("The certificate has been replaced by a newer one"));
    given()
        .get("/public/verify/" + upgrade.code())
        .then()
        .statusCode(200)
        .body("verdict", equalTo("VALID"))
        .body("successorCode", nullValue());
  }

  @Test
  void recordOfThePreMergerMapShowsItsProvinceTodayAndTheUnitsItWasCreatedWith() {
    UUID subject = RegistryRows.subject("HTX Chè Đắk Nông " + UUID.randomUUID(), Place.NGHIA_DUC);
    UUID product = RegistryRows.product(subject, "Trà Shan tuyết Gia Nghĩa", 11, Place.NGHIA_DUC);
    Certificate certificate = RegistryRows.certificateInForce(product, 4);

    given()
        .get("/public/verify/" + certificate.code())
        .then()
        .statusCode(200)
        .body("place.provinceCode", equalTo("68"))
        .body("place.provinceName", equalTo("Lâm Đồng"))
        .body("place.communeName", nullValue())
        .body("place.recordedOnPreMergerMap.mapVersion", equalTo("2025-03"))
        .body("place.recordedOnPreMergerMap.provinceCode", equalTo("67"))
        .body("place.recordedOnPreMergerMap.provinceName", equalTo("Đắk Nông"))
        .body("place.recordedOnPreMergerMap.districtName", equalTo("Gia Nghĩa"))
        .body("place.recordedOnPreMergerMap.communeName", equalTo("Nghĩa Đức"));
  }

  @Test
  void unknownCodeIsNotFound() {
    String code = RegistryRows.publicCode();

    for (int attempt = 0; attempt < 2; attempt++) {
      given()
          .get("/public/verify/" + code)
          .then()
          .statusCode(404)
          .contentType("application/problem+json")
          .body("code", equalTo("NOT_FOUND"))
          .body("status", equalTo(404));
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "short",
        "k7q2m4xw3v5zr6ta2bycd4efg",
        "k7q2m4xw3v5zr6ta2bycd4efghh",
        "k7q2m4xw3v5zr6ta2bycd4ef01",
        "k7q2m4xw3v5zr6ta2bycd4ef-h",
        "k7q2m4xw3v5zr6ta2bycd4efgđ"
      })
  void malformedCodeIsABadRequestNamingTheCode(String code) {
    for (String path : new String[] {"", "/qr.png", "/qr.svg"}) {
      given()
          .get("/public/verify/" + code + path)
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("code", equalTo("VALIDATION_FAILED"))
          .body("errors[0].field", equalTo("code"))
          .body("errors[0].rule", equalTo("PublicCode"));
    }
  }

  @Test
  void qrCodesEncodeThePublicVerificationUrl() throws Exception {
    Certificate certificate = certificateInForce();

    Response png =
        given().queryParam("size", "320").get("/public/verify/" + certificate.code() + "/qr.png");
    assertThat(png.statusCode()).isEqualTo(200);
    assertThat(png.contentType()).isEqualTo("image/png");
    assertThat(png.header("Cache-Control")).isEqualTo("public, max-age=60");
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.asByteArray()));
    assertThat(image.getWidth()).isEqualTo(320);
    assertThat(QrCodesTest.decode(image))
        .isEqualTo(baseUrl + "/public/verify/" + certificate.code());

    Response svg = given().get("/public/verify/" + certificate.code() + "/qr.svg");
    assertThat(svg.statusCode()).isEqualTo(200);
    assertThat(svg.contentType()).startsWith("image/svg+xml");
    assertThat(svg.asString())
        .contains("width=\"" + QrCodes.DEFAULT_SIZE + "\"")
        .contains("<title>" + baseUrl + "/public/verify/" + certificate.code() + "</title>");

    BufferedImage clamped =
        ImageIO.read(
            new ByteArrayInputStream(
                given()
                    .queryParam("size", "99999")
                    .get("/public/verify/" + certificate.code() + "/qr.png")
                    .asByteArray()));
    assertThat(clamped.getWidth()).isEqualTo(QrCodes.MAX_SIZE);
  }

  @Test
  void qrCodeRefusesASizeThatIsNotANumberAndAnUnknownCode() {
    Certificate certificate = certificateInForce();

    given()
        .queryParam("size", "big")
        .get("/public/verify/" + certificate.code() + "/qr.png")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("size"))
        .body("errors[0].rule", equalTo("Number"));
    given()
        .get("/public/verify/" + RegistryRows.publicCode() + "/qr.svg")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  private static Certificate certificateInForce() {
    return RegistryRows.certificateInForce(newProduct(), 4);
  }

  private static UUID newProduct() {
    UUID subject =
        RegistryRows.subject("HTX Nông sản Krông Pắc " + UUID.randomUUID(), Place.BUON_MA_THUOT);
    return RegistryRows.product(subject, "Sầu riêng Krông Pắc", 7, Place.BUON_MA_THUOT);
  }
}
