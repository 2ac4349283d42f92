package vn.ocop.plan.openapi;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Set;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.devstack.openapi.CommittedDocumentTest;

/** openapi/plan-service.yaml is what this service serves, and complete. */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "plan"))
class OpenApiDocumentTest extends CommittedDocumentTest {
  OpenApiDocumentTest() {
    super("plan-service", Set.of());
  }
}
