package vn.ocop.gateway.openapi;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Set;
import vn.ocop.devstack.DevStackTestResource;
import vn.ocop.devstack.openapi.CommittedDocumentTest;
import vn.ocop.gateway.FakeServices;

/** openapi/gateway.yaml is what this service serves, and complete. */
@QuarkusTest
@QuarkusTestResource(
    value = DevStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "gateway"))
@QuarkusTestResource(FakeServices.class)
class OpenApiDocumentTest extends CommittedDocumentTest {
  OpenApiDocumentTest() {
    // The OAuth 2 token endpoint answers its errors as RFC 6749 section 5.2 requires, not
    // problem+json.
    super("gateway", Set.of("issueClientToken"));
  }
}
