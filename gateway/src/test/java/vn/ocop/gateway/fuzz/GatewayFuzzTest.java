package vn.ocop.gateway.fuzz;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.devstack.fuzz.Callers;
import vn.ocop.devstack.fuzz.DatabaseFingerprint;
import vn.ocop.devstack.fuzz.FuzzReport;
import vn.ocop.devstack.fuzz.FuzzRun;
import vn.ocop.devstack.fuzz.Operation;
import vn.ocop.devstack.fuzz.OperationCatalog;
import vn.ocop.devstack.fuzz.RequestArbitraries;
import vn.ocop.gateway.Calls;

/**
 * Ten thousand malformed and boundary requests generated from openapi/gateway.yaml (the gateway's
 * own endpoints: sign-in, tokens, accounts, machine clients, keys): none is answered 5xx, every
 * error is the house problem+json, and no refused write leaves a row. The callers are accounts of
 * their own, so that the demo accounts the other tests sign in with are never locked or changed.
 */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "gateway"))
class GatewayFuzzTest {
  @Inject AgroalDataSource dataSource;

  @ConfigProperty(name = "ocop.demo.password")
  String demoPassword;

  @Test
  void generatedRequestsAreRefusedCleanlyAndWriteNothing() {
    String admin = Calls.accessToken("admin", demoPassword);
    Calls.ensure(admin, "fuzz.admin", "admin", null);
    Calls.ensure(admin, "fuzz.officer", "province-officer", "66");
    Calls.ensure(admin, "fuzz.target", "province-officer", "66");
    String fuzzAdmin = Calls.accessToken("fuzz.admin", Calls.GOOD_PASSWORD);
    String officer = Calls.accessToken("fuzz.officer", Calls.GOOD_PASSWORD);

    // A refused sign-in or password check is counted towards the username's lockout by design
    // (5 failures lock it for 15 minutes), so login_attempt is the one table a refusal may write.
    DatabaseFingerprint database =
        new DatabaseFingerprint(dataSource, Set.of("public.login_attempt"));
    List<Operation> operations = OperationCatalog.read(FuzzRun.committedDocument());
    RequestArbitraries arbitraries =
        new RequestArbitraries(
            new Callers(List.of(fuzzAdmin), List.of(officer)),
            Map.of(
                "username", List.of("fuzz.target"),
                // Sign-in attempts name no real account: failures would lock it.
                "body:username", List.of("fuzz.nobody"),
                "provinceCode", List.of("66", "01")));

    FuzzReport report =
        new FuzzRun("gateway", operations, arbitraries, database, Set.of("issueClientToken")).run();

    report.requireClean(operations);
  }
}
