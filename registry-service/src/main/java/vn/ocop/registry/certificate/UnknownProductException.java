package vn.ocop.registry.certificate;

import java.util.UUID;

/**
 * A recognition decision names a product this registry does not hold. Products are registered here
 * before the rating service can evaluate them, so this should not happen; when it does (a restored
 * database, a decision from another environment) the event is retried and then parked on the
 * dead-letter topic for an operator to replay, never turned into a certificate without its product.
 */
public class UnknownProductException extends IllegalStateException {
  public UnknownProductException(UUID decisionId, UUID productId) {
    super("recognition decision " + decisionId + " names unknown product " + productId);
  }
}
