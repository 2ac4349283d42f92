package vn.ocop.plan.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.devstack.fuzz.Callers;
import vn.ocop.devstack.fuzz.DatabaseFingerprint;
import vn.ocop.devstack.fuzz.FuzzReport;
import vn.ocop.devstack.fuzz.FuzzRun;
import vn.ocop.devstack.fuzz.Operation;
import vn.ocop.devstack.fuzz.OperationCatalog;
import vn.ocop.devstack.fuzz.RequestArbitraries;

/**
 * Ten thousand malformed and boundary requests generated from openapi/plan-service.yaml: none is
 * answered 5xx, every error is the house problem+json, and no refused write leaves a row.
 */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "plan"))
class PlanFuzzTest {
  @Inject AgroalDataSource dataSource;

  @Test
  void generatedRequestsAreRefusedCleanlyAndWriteNothing() {
    DatabaseFingerprint database = new DatabaseFingerprint(dataSource, Set.of());
    List<Operation> operations = OperationCatalog.read(FuzzRun.committedDocument());
    Callers callers =
        new Callers(
            List.of(
                Callers.longLived("fuzz.admin", "admin", Map.of()),
                Callers.longLived("fuzz.national", "national-officer", Map.of()),
                Callers.longLived("fuzz.officer66", "province-officer", Map.of("province", "66"))),
            List.of(
                Callers.longLived("fuzz.officer01", "province-officer", Map.of("province", "01")),
                Callers.longLived("fuzz.council", "council-member", Map.of("province", "66")),
                Callers.longLived(
                    "fuzz.commune",
                    "commune-officer",
                    Map.of("province", "66", "commune", "24133"))));
    List<String> ids = database.sampleIds(3);
    Map<String, List<String>> known =
        Map.of(
            "provinceCode", List.of("66", "01"),
            "communeCode", List.of("24133"),
            "year", List.of("2026", "2025"));
    if (!ids.isEmpty()) {
      known = new java.util.HashMap<>(known);
      known.put("id", ids);
    }

    FuzzReport report =
        new FuzzRun("plan-service", operations, new RequestArbitraries(callers, known), database)
            .run();

    assertThat(report.passed()).as(report.summary()).isTrue();
    assertThat(report.sent() + report.unsentCount()).isGreaterThanOrEqualTo(FuzzRun.requests());
    assertThat(report.rejected()).as("refused requests").isGreaterThan(report.sent() * 3 / 4);
    assertThat(report.byOperation().keySet())
        .as("every operation fuzzed")
        .containsAll(operations.stream().map(Operation::id).toList());
  }
}
