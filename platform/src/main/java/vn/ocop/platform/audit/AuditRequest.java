package vn.ocop.platform.audit;

import jakarta.enterprise.context.RequestScoped;

/** The operation of the current HTTP request, as {@link AuditOperationFilter} resolved it. */
@RequestScoped
public class AuditRequest {
  private String operation;

  public String operation() {
    return operation;
  }

  void operation(String operation) {
    this.operation = operation;
  }
}
