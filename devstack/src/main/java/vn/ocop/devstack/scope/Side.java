package vn.ocop.devstack.scope;

/**
 * Whether the caller's token is bound to the scope the call's record belongs to (their province,
 * commune, subject or council) or to another one.
 */
public enum Side {
  OWN,
  FOREIGN
}
