package vn.ocop.devstack.scope;

/**
 * The callers of the scope matrix: every role of the suite, and the anonymous public. Each role is
 * tried bound to the fixture's own scope and to a foreign one (see {@link Side}).
 */
public enum Actor {
  PUBLIC(null),
  ADMIN("admin"),
  NATIONAL_OFFICER("national-officer"),
  PROVINCE_OFFICER("province-officer"),
  COMMUNE_OFFICER("commune-officer"),
  COUNCIL_MEMBER("council-member"),
  ADVISOR("advisor"),
  SUBJECT_MEMBER("subject-member");

  private final String role;

  Actor(String role) {
    this.role = role;
  }

  /** The value of the {@code groups} claim, null for the public. */
  public String role() {
    return role;
  }

  /** Admins and national officers see every province: they have no foreign side. */
  public boolean isNational() {
    return this == ADMIN || this == NATIONAL_OFFICER;
  }
}
