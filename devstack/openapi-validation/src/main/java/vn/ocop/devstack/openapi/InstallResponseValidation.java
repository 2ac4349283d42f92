package vn.ocop.devstack.openapi;

import io.quarkus.test.junit.callback.QuarkusTestBeforeClassCallback;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;

/**
 * Puts the {@link ResponseValidationFilter} in front of every {@code @QuarkusTest} of a service
 * that has this module on its test classpath, without any test class asking for it. A Quarkus
 * callback rather than a JUnit extension because Quarkus loads it with the test's class loader, so
 * it reaches the same REST Assured as the test.
 */
public final class InstallResponseValidation
    implements QuarkusTestBeforeClassCallback, QuarkusTestBeforeEachCallback {

  @Override
  public void beforeClass(Class<?> testClass) {
    ResponseValidationFilter.install();
  }

  @Override
  public void beforeEach(QuarkusTestMethodContext context) {
    ResponseValidationFilter.install();
  }
}
