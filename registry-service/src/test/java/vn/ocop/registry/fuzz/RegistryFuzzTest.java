package vn.ocop.registry.fuzz;

import static vn.ocop.registry.support.Fixtures.ADMIN;
import static vn.ocop.registry.support.Fixtures.NATIONAL;
import static vn.ocop.registry.support.Fixtures.OFFICER_01;
import static vn.ocop.registry.support.Fixtures.OFFICER_66;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.devstack.TestTokens;
import vn.ocop.devstack.fuzz.Callers;
import vn.ocop.devstack.fuzz.DatabaseFingerprint;
import vn.ocop.devstack.fuzz.FuzzReport;
import vn.ocop.devstack.fuzz.FuzzRun;
import vn.ocop.devstack.fuzz.Operation;
import vn.ocop.devstack.fuzz.OperationCatalog;
import vn.ocop.devstack.fuzz.RequestArbitraries;
import vn.ocop.registry.support.CertificateFixtures;
import vn.ocop.registry.support.Fixtures;
import vn.ocop.registry.support.RegistryRows;

/**
 * Ten thousand malformed and boundary requests generated from openapi/registry-service.yaml: none
 * is answered 5xx, every error is the house problem+json, and no refused write leaves a row.
 */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "registry"))
class RegistryFuzzTest {
  @Inject AgroalDataSource dataSource;

  @Test
  void generatedRequestsAreRefusedCleanlyAndWriteNothing() {
    UUID subject66 = Fixtures.subjectInDakLak();
    UUID subject01 = Fixtures.subjectInHaNoi();
    UUID product66 = Fixtures.productOf(OFFICER_66, subject66);
    UUID product01 = Fixtures.productOf(OFFICER_01, subject01);
    UUID certificate66 =
        CertificateFixtures.certificate(
            product66, CertificateFixtures.today().plusYears(2), "ISSUED");
    String publicCode = "FUZZ" + certificate66.toString().substring(0, 8).toUpperCase();
    RegistryRows.update(
        "update certificate set public_code = ? where id = ?", publicCode, certificate66);
    List<String> subjects = List.of(subject66.toString(), subject01.toString());
    List<String> products = List.of(product66.toString(), product01.toString());
    List<String> certificates = List.of(certificate66.toString());

    List<Operation> operations = OperationCatalog.read(FuzzRun.committedDocument());
    RequestArbitraries arbitraries =
        new RequestArbitraries(
            new Callers(
                List.of(ADMIN, NATIONAL, OFFICER_66),
                List.of(
                    OFFICER_01,
                    TestTokens.councilMember("fuzz.council", "66"),
                    TestTokens.subjectMember("fuzz.member", "66", subject66))),
            Map.ofEntries(
                Map.entry("subjects/{id}", subjects),
                Map.entry("products/{id}", products),
                Map.entry("certificates/{id}", certificates),
                Map.entry("subjectId", subjects),
                Map.entry("productId", products),
                Map.entry("certificateId", certificates),
                Map.entry("recordId", List.of(subject66.toString(), product66.toString())),
                Map.entry("code", List.of(publicCode, "66", "24133")),
                Map.entry("provinceCode", List.of("66", "01")),
                Map.entry("communeCode", List.of("24133", "00004")),
                // Not the documented example's tax code: the subjects the fuzz creates stay in the
                // module's database, and the import template's example row must still import.
                Map.entry("body:identifier", List.of("6009990001"))));

    FuzzReport report =
        new FuzzRun(
                "registry-service",
                operations,
                arbitraries,
                new DatabaseFingerprint(dataSource, Set.of()))
            .run();

    report.requireClean(operations);
  }
}
