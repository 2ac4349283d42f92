package vn.ocop.registry.subject;

import vn.ocop.platform.problem.ProblemException;

/** The kinds of OCOP subject (chủ thể OCOP) and the identifier each is known by. */
public enum SubjectType {
  /** Hợp tác xã: its registration number is its tax code. */
  COOPERATIVE(IdentifierKind.TAX_CODE, "cooperative"),
  /** Tổ hợp tác: no registry identifier is known. */
  COOPERATIVE_GROUP(IdentifierKind.NONE, "cooperative group"),
  /** Doanh nghiệp, mostly SMEs: enterprise code = tax code. */
  ENTERPRISE(IdentifierKind.TAX_CODE, "enterprise"),
  /**
   * Hộ kinh doanh / cơ sở sản xuất: the representative's personal id since July 2025, a tax code
   * before.
   */
  HOUSEHOLD_BUSINESS(IdentifierKind.PERSONAL_ID, "household business");

  private final IdentifierKind identifierKind;
  private final String label;

  SubjectType(IdentifierKind identifierKind, String label) {
    this.identifierKind = identifierKind;
    this.label = label;
  }

  /** The identifier kind a subject of this type is registered with unless told otherwise. */
  public IdentifierKind identifierKind() {
    return identifierKind;
  }

  /**
   * Whether a subject of this type may be known by that kind. A household business registered
   * before July 2025 may still carry its 10-digit tax code (Circular 86/2024 replaced it with the
   * personal id), so records and imports of that time keep it.
   */
  public boolean allows(IdentifierKind kind) {
    return kind == identifierKind
        || (this == HOUSEHOLD_BUSINESS && kind == IdentifierKind.TAX_CODE);
  }

  /**
   * The kind to use: the requested one if this type allows it, else the type's own.
   *
   * @throws ProblemException 400 on {@code identifierKind}, rule {@code IdentifierKindOfType}
   */
  public IdentifierKind kindFor(IdentifierKind requested) {
    if (requested == null) {
      return identifierKind;
    }
    if (!allows(requested)) {
      throw ProblemException.invalidField(
          "identifierKind",
          "IdentifierKindOfType",
          "A " + label + " is not identified by " + requested + " but by " + identifierKind);
    }
    return requested;
  }

  String label() {
    return label;
  }
}
