package vn.ocop.registry.access;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.devstack.scope.Actor.ADMIN;
import static vn.ocop.devstack.scope.Actor.ADVISOR;
import static vn.ocop.devstack.scope.Actor.COMMUNE_OFFICER;
import static vn.ocop.devstack.scope.Actor.COUNCIL_MEMBER;
import static vn.ocop.devstack.scope.Actor.NATIONAL_OFFICER;
import static vn.ocop.devstack.scope.Actor.PROVINCE_OFFICER;
import static vn.ocop.devstack.scope.Actor.SUBJECT_MEMBER;
import static vn.ocop.registry.access.ScopeSides.OWN_PROVINCE;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.devstack.scope.Actor;
import vn.ocop.devstack.scope.Call;
import vn.ocop.devstack.scope.ScopeMatrix;
import vn.ocop.devstack.scope.ScopeRule;
import vn.ocop.registry.support.CertificateFixtures;
import vn.ocop.registry.support.Fixtures;
import vn.ocop.registry.support.ImportFiles;

/**
 * Every operation of the registry's OpenAPI document × every role × own and foreign province, sent
 * for real (see {@link ScopeMatrix}). The rules say what the registry should allow: every signed-in
 * role reads the records of its province (a subject member those of its subject), the province's
 * officers and national roles write them, national roles alone run the expiry engine, and the
 * verification and search of certified products are public. A new operation without a rule here
 * fails this test.
 */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "registry"))
class ScopeMatrixTest {
  /** Every signed-in role. */
  private static final Actor[] SIGNED_IN = {
    ADMIN,
    NATIONAL_OFFICER,
    PROVINCE_OFFICER,
    COMMUNE_OFFICER,
    COUNCIL_MEMBER,
    ADVISOR,
    SUBJECT_MEMBER
  };

  /** Who writes registry records: national roles and the province's OCOP office. */
  private static final Actor[] WRITERS = {ADMIN, NATIONAL_OFFICER, PROVINCE_OFFICER};

  @Test
  void everyOperationAnswersEveryRoleOnItsOwnAndAForeignProvinceAsItsRuleSays() {
    ScopeSides sides = ScopeSides.create();
    String list = "provinceCode=" + OWN_PROVINCE + "&pageSize=200";
    List<ScopeMatrix.Cell> cells =
        new ScopeMatrix(
                "registry-service",
                URI.create("http://localhost:" + RestAssured.port),
                sides::token)
            // Reference data: any signed-in role.
            .rule(ScopeRule.allow("listProvinces", SIGNED_IN))
            .rule(
                ScopeRule.allow("listCommunesOfProvince", SIGNED_IN)
                    .call(() -> Call.of().path("code", OWN_PROVINCE)))
            .rule(ScopeRule.allow("listProductSets", SIGNED_IN))
            .rule(ScopeRule.allow("listAdminMaps", SIGNED_IN))
            .rule(ScopeRule.allow("searchAdminUnits", SIGNED_IN))
            .rule(ScopeRule.allow("getAdminUnit", SIGNED_IN))
            .rule(ScopeRule.allow("listProvinceSuccessions", SIGNED_IN))
            // Subjects.
            .rule(
                ScopeRule.allow("registerSubject", WRITERS)
                    .scoped()
                    .fresh()
                    .call(
                        () ->
                            Call.of()
                                .json(
                                    Fixtures.cooperative(
                                        Fixtures.taxCode(), OWN_PROVINCE, ScopeSides.OWN_COMMUNE))))
            .rule(
                ScopeRule.allow("getSubject", SIGNED_IN)
                    .scoped()
                    .call(() -> Call.of().path("id", sides.ownSubject)))
            .rule(
                ScopeRule.allow("listSubjects", SIGNED_IN)
                    .call(() -> Call.of().query(list).marker(sides.ownSubject)))
            .rule(
                // A subject member changes its own contact details; officers anything.
                ScopeRule.allow(
                        "updateSubject", ADMIN, NATIONAL_OFFICER, PROVINCE_OFFICER, SUBJECT_MEMBER)
                    .scoped()
                    .fresh()
                    .call(
                        () ->
                            Call.of()
                                .path("id", sides.ownSubject)
                                .json(
                                    "{\"version\":%d,\"phone\":\"0213 387 6543\"}"
                                        .formatted(sides.ownSubjectVersion()))))
            .rule(
                ScopeRule.allow("listSubjectReminders", SIGNED_IN)
                    .scoped()
                    .call(() -> Call.of().path("id", sides.ownSubject)))
            // Products.
            .rule(
                ScopeRule.allow("registerProduct", WRITERS)
                    .scoped()
                    .fresh()
                    .call(() -> Call.of().json(Fixtures.product(sides.ownSubject, 13))))
            .rule(
                ScopeRule.allow("getProduct", SIGNED_IN)
                    .scoped()
                    .call(() -> Call.of().path("id", sides.ownProduct)))
            .rule(
                ScopeRule.allow("listProducts", SIGNED_IN)
                    .call(() -> Call.of().query(list).marker(sides.ownProduct)))
            .rule(
                ScopeRule.allow("updateProduct", WRITERS)
                    .scoped()
                    .fresh()
                    .call(
                        () ->
                            Call.of()
                                .path("id", sides.ownProduct())
                                .json(
                                    "{\"version\":0,\"description\":\"Cà phê Arabica rang"
                                        + " mộc\"}")))
            .rule(
                ScopeRule.allow("changeProductStatus", WRITERS)
                    .scoped()
                    .fresh()
                    .call(
                        () ->
                            Call.of()
                                .path("id", sides.ownProduct())
                                .json(
                                    "{\"version\":0,\"status\":\"DISCONTINUED\","
                                        + "\"reason\":\"Cơ sở ngừng sản xuất\"}")))
            // Certificates.
            .rule(
                ScopeRule.allow("getCertificate", SIGNED_IN)
                    .scoped()
                    .call(() -> Call.of().path("id", sides.ownCertificate)))
            .rule(
                ScopeRule.allow("listCertificates", SIGNED_IN)
                    .call(() -> Call.of().query(list).marker(sides.ownCertificate)))
            .rule(
                ScopeRule.allow("getCertificateHistory", SIGNED_IN)
                    .scoped()
                    .call(() -> Call.of().path("id", sides.ownCertificate)))
            .rule(
                ScopeRule.allow("getCertificateScans", SIGNED_IN)
                    .scoped()
                    .call(() -> Call.of().path("id", sides.ownCertificate)))
            .rule(decision("suspendCertificate", sides, "ISSUED"))
            .rule(decision("revokeCertificate", sides, "ISSUED"))
            .rule(decision("reinstateCertificate", sides, "SUSPENDED"))
            // Expiry engine and reminders.
            .rule(ScopeRule.allow("runExpiry", ADMIN, NATIONAL_OFFICER))
            .rule(
                ScopeRule.allow("listReminders", SIGNED_IN)
                    .call(() -> Call.of().query(list).marker(sides.ownCertificate)))
            // Import and export: the province's office and national roles.
            .rule(
                ScopeRule.allow("importRegistryFile", WRITERS)
                    .fresh()
                    .call(
                        () ->
                            Call.of()
                                .query("dryRun=true")
                                .body(
                                    ImportFiles.CSV,
                                    ScopeSides.ownImportFile().getBytes(StandardCharsets.UTF_8))))
            .rule(
                ScopeRule.allow("getImport", WRITERS)
                    .scoped()
                    .call(() -> Call.of().path("id", sides.ownImport)))
            .rule(
                ScopeRule.allow("getImportTemplate", WRITERS)
                    .call(() -> Call.of().query("format=csv")))
            .rule(
                ScopeRule.allow("exportRegistryFile", WRITERS)
                    .scoped()
                    .call(() -> Call.of().query("format=csv&provinceCode=" + OWN_PROVINCE)))
            // Public: verification by the code on the label, and the search of certified products.
            .rule(
                ScopeRule.publicOperation("verifyCertificate")
                    .call(() -> Call.of().path("code", sides.ownPublicCode)))
            .rule(
                ScopeRule.publicOperation("getVerificationQrPng")
                    .call(() -> Call.of().path("code", sides.ownPublicCode)))
            .rule(
                ScopeRule.publicOperation("getVerificationQrSvg")
                    .call(() -> Call.of().path("code", sides.ownPublicCode)))
            .rule(
                ScopeRule.publicOperation("searchCertifiedProducts")
                    .call(() -> Call.of().query("provinceCode=" + OWN_PROVINCE)))
            // --- Audit: auditors (national roles) read every history, a province its own. ---
            .rule(
                ScopeRule.allow("getRegistryRecordHistory", WRITERS)
                    .scoped()
                    .call(
                        () ->
                            Call.of()
                                .path("recordType", "Subject")
                                .path("recordId", sides.ownSubject)))
            .rule(ScopeRule.allow("verifyRegistryAuditChain", ADMIN, NATIONAL_OFFICER))
            .run();

    assertThat(cells).isNotEmpty().noneMatch(ScopeMatrix.Cell::failed);
    // The foreign side's records were never touched by the foreign callers' refused writes.
    assertThat(CertificateFixtures.status(sides.foreignCertificate)).isEqualTo("ISSUED");
    assertThat(CertificateFixtures.historyRows(sides.foreignCertificate)).isEqualTo(1);
  }

  /** An officer's decision on a new certificate of the own side per cell, decided today. */
  private static ScopeRule decision(String operationId, ScopeSides sides, String status) {
    return ScopeRule.allow(operationId, WRITERS)
        .scoped()
        .fresh()
        .call(
            () -> {
              UUID certificate = sides.ownCertificate(status);
              return Call.of()
                  .path("id", certificate)
                  .json(
                      ("{\"reason\":\"Kết quả hậu kiểm\",\"decisionNumber\":\"%s/QĐ-UBND\","
                              + "\"decisionDate\":\"%s\",\"version\":0}")
                          .formatted(
                              certificate.toString().substring(0, 6), CertificateFixtures.today()));
            });
  }
}
