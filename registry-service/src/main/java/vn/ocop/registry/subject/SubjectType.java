package vn.ocop.registry.subject;

/** The kinds of OCOP subject (chủ thể OCOP) and the identifier each is known by. */
public enum SubjectType {
  /** Hợp tác xã: its registration number is its tax code. */
  COOPERATIVE(IdentifierKind.TAX_CODE, "cooperative"),
  /** Tổ hợp tác: no registry identifier is known. */
  COOPERATIVE_GROUP(IdentifierKind.NONE, "cooperative group"),
  /** Doanh nghiệp, mostly SMEs: enterprise code = tax code. */
  ENTERPRISE(IdentifierKind.TAX_CODE, "enterprise"),
  /** Hộ kinh doanh / cơ sở sản xuất: the representative's personal id since July 2025. */
  HOUSEHOLD_BUSINESS(IdentifierKind.PERSONAL_ID, "household business");

  private final IdentifierKind identifierKind;
  private final String label;

  SubjectType(IdentifierKind identifierKind, String label) {
    this.identifierKind = identifierKind;
    this.label = label;
  }

  public IdentifierKind identifierKind() {
    return identifierKind;
  }

  String label() {
    return label;
  }
}
