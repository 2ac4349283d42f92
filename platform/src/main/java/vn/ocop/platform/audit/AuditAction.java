package vn.ocop.platform.audit;

/** What a write did to a record. */
public enum AuditAction {
  CREATE,
  UPDATE,
  DELETE
}
