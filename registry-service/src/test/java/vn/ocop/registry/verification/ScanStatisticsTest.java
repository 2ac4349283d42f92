package vn.ocop.registry.verification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.ocop.registry.support.Fixtures.OFFICER_01;
import static vn.ocop.registry.support.Fixtures.OFFICER_66;
import static vn.ocop.registry.support.Fixtures.as;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.devstack.TestTokens;
import vn.ocop.registry.support.Db;
import vn.ocop.registry.support.RegistryRows;
import vn.ocop.registry.support.RegistryRows.Certificate;
import vn.ocop.registry.support.RegistryRows.Place;

/** Every verification of an existing certificate counts one scan, written in batches. */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "registry"))
class ScanStatisticsTest {
  @Inject ScanCounter scans;

  @Test
  void everyVerificationCountsOneScanOfTodayOnceFlushed() throws Exception {
    UUID subject =
        RegistryRows.subject("HTX Mật ong Cư M'gar " + UUID.randomUUID(), Place.BUON_MA_THUOT);
    UUID product = RegistryRows.product(subject, "Mật ong hoa cà phê", 4, Place.BUON_MA_THUOT);
    Certificate certificate = RegistryRows.certificateInForce(product, 3);
    Certificate other =
        RegistryRows.certificateInForce(
            RegistryRows.product(subject, "Mật ong rừng", 4, Place.BUON_MA_THUOT), 3);

    int threads = 4;
    int perThread = 25;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        done.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < perThread; i++) {
                    given().get("/public/verify/" + certificate.code()).then().statusCode(200);
                  }
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    given().get("/public/verify/" + other.code()).then().statusCode(200);
    // Neither a QR image nor an unknown code is a scan of this certificate.
    given().get("/public/verify/" + certificate.code() + "/qr.png").then().statusCode(200);
    given().get("/public/verify/" + RegistryRows.publicCode()).then().statusCode(404);

    scans.flush();

    int expected = threads * perThread;
    assertThat(
            Db.count(
                "select coalesce(sum(count), 0) from certificate_scan_daily"
                    + " where certificate_id = ? and day = ?",
                certificate.id(),
                RegistryRows.today()))
        .isEqualTo(expected);
    as(OFFICER_66)
        .get("/api/registry/v1/certificates/" + certificate.id() + "/scans")
        .then()
        .statusCode(200)
        .body("certificateId", equalTo(certificate.id().toString()))
        .body("total", equalTo(expected))
        .body("to", equalTo(RegistryRows.today().toString()))
        .body("from", equalTo(RegistryRows.today().minusDays(89).toString()))
        .body("days.size()", equalTo(1))
        .body("days[0].day", equalTo(RegistryRows.today().toString()))
        .body("days[0].count", equalTo(expected));
    as(OFFICER_66)
        .get("/api/registry/v1/certificates/" + other.id() + "/scans")
        .then()
        .statusCode(200)
        .body("total", equalTo(1));
  }

  @Test
  void scansAddUpAcrossFlushesAndKeepOlderDays() {
    UUID subject = RegistryRows.subject("HTX Sầu riêng " + UUID.randomUUID(), Place.BUON_MA_THUOT);
    Certificate certificate =
        RegistryRows.certificateInForce(
            RegistryRows.product(subject, "Sầu riêng Ri6", 1, Place.BUON_MA_THUOT), 4);
    RegistryRows.update(
        "insert into certificate_scan_daily (certificate_id, day, count) values (?, ?, 40), (?, ?, 2)",
        certificate.id(),
        RegistryRows.today().minusDays(10),
        certificate.id(),
        RegistryRows.today().minusDays(200));

    given().get("/public/verify/" + certificate.code()).then().statusCode(200);
    scans.flush();
    given().get("/public/verify/" + certificate.code()).then().statusCode(200);
    given().get("/public/verify/" + certificate.code()).then().statusCode(200);
    scans.flush();

    as(OFFICER_66)
        .get("/api/registry/v1/certificates/" + certificate.id() + "/scans")
        .then()
        .statusCode(200)
        .body("total", equalTo(45))
        .body("days.size()", equalTo(2))
        .body("days[0].day", equalTo(RegistryRows.today().minusDays(10).toString()))
        .body("days[0].count", equalTo(40))
        .body("days[1].count", equalTo(3));
  }

  @Test
  void scanStatisticsAreVisibleWhereTheCertificateIs() {
    UUID subject = RegistryRows.subject("HTX Ca cao " + UUID.randomUUID(), Place.BUON_MA_THUOT);
    Certificate certificate =
        RegistryRows.certificateInForce(
            RegistryRows.product(subject, "Ca cao lên men", 13, Place.BUON_MA_THUOT), 4);
    String path = "/api/registry/v1/certificates/" + certificate.id() + "/scans";

    as(OFFICER_01)
        .get(path)
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("code", equalTo("NOT_FOUND"));
    as(TestTokens.subjectMember("member", "66", subject)).get(path).then().statusCode(200);
    as(TestTokens.subjectMember("other", "66", UUID.randomUUID())).get(path).then().statusCode(404);
    as(TestTokens.nationalOfficer("ntm")).get(path).then().statusCode(200);
    given()
        .get(path)
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .body("code", equalTo("UNAUTHENTICATED"));
    as(TestTokens.token("guest", Set.of("guest"), Map.of()))
        .get(path)
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("code", equalTo("FORBIDDEN"));
    as(OFFICER_66)
        .get("/api/registry/v1/certificates/" + UUID.randomUUID() + "/scans")
        .then()
        .statusCode(404);
  }
}
