package vn.ocop.platform.audit;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Names the operation of each matched request for the audit trail: the HTTP method and the
 * endpoint's stable operationId (as in the OpenAPI document), e.g. {@code PATCH updateSubject}.
 */
public class AuditOperationFilter {
  private final Map<Method, String> operationIds = new ConcurrentHashMap<>();
  private final AuditRequest request;

  AuditOperationFilter(AuditRequest request) {
    this.request = request;
  }

  @ServerRequestFilter
  public void nameOperation(ContainerRequestContext context, ResourceInfo resource) {
    Method method = resource == null ? null : resource.getResourceMethod();
    if (method == null) {
      return;
    }
    request.operation(context.getMethod() + " " + operationIds.computeIfAbsent(method, m -> id(m)));
  }

  private static String id(Method method) {
    Operation operation = method.getAnnotation(Operation.class);
    if (operation != null && !operation.operationId().isBlank()) {
      return operation.operationId();
    }
    return method.getDeclaringClass().getSimpleName() + "." + method.getName();
  }
}
