package vn.ocop.platform.idempotency;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Honours the {@code Idempotency-Key} header on a resource method that creates something: the first
 * request with a key runs and its response is stored in the same transaction as its writes; a retry
 * with the same key and request gets that response again and writes nothing (see {@link
 * IdempotencyInterceptor}). Without the header the method runs as before.
 *
 * <p>The method must write in the transaction the interceptor opens or joins: a method whose writes
 * commit in a transaction of their own ({@code REQUIRES_NEW}) cannot carry this annotation.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Idempotent {
  /**
   * The OpenAPI extension an idempotent operation carries ({@code @Extension(name =
   * OPENAPI_EXTENSION, value = "true")}): the document filter adds the header and its problems to
   * those operations, and removes the marker.
   */
  String OPENAPI_EXTENSION = "x-ocop-idempotent";

  /**
   * The configuration property holding the timeout, in seconds, of the transaction the interceptor
   * opens, for methods whose own transaction has a longer one than the default (an import); empty:
   * the default timeout.
   */
  @Nonbinding
  String transactionTimeoutProperty() default "";
}
