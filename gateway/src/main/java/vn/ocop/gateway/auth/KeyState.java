package vn.ocop.gateway.auth;

/**
 * The life of a signing key: published ahead of use (NEXT), the one key that signs (ACTIVE), then
 * published until the last token it signed has expired (RETIRED), after which it leaves the JWKS.
 */
public enum KeyState {
  NEXT,
  ACTIVE,
  RETIRED;

  /** The only moves: NEXT → ACTIVE → RETIRED. */
  public boolean canBecome(KeyState next) {
    return switch (this) {
      case NEXT -> next == ACTIVE;
      case ACTIVE -> next == RETIRED;
      case RETIRED -> false;
    };
  }
}
