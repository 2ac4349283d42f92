package vn.ocop.platform.idempotency;

/**
 * What a key is unique within: the caller (the token's subject) and the operation (HTTP method and
 * route template, e.g. {@code POST /api/registry/v1/subjects}). Two callers, or two operations, may
 * use the same key independently.
 */
record IdempotencyScope(String caller, String operation, String key) {}
