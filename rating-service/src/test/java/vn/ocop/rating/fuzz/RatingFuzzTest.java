package vn.ocop.rating.fuzz;

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
 * Ten thousand malformed and boundary requests generated from openapi/rating-service.yaml: none is
 * answered 5xx, every error is the house problem+json, and no refused write leaves a row.
 */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "rating"))
class RatingFuzzTest {
  @Inject AgroalDataSource dataSource;

  @Test
  void generatedRequestsAreRefusedCleanlyAndWriteNothing() {
    DatabaseFingerprint database = new DatabaseFingerprint(dataSource, Set.of());
    List<Operation> operations = OperationCatalog.read(FuzzRun.committedDocument());
    Callers callers = Callers.provinceStaff();
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
        new FuzzRun("rating-service", operations, new RequestArbitraries(callers, known), database)
            .run();

    report.requireClean(operations);
  }
}
