package vn.ocop.devstack.openapi;

import java.util.List;

/**
 * What the committed document says about one response.
 *
 * @param outcome whether the response kept the contract
 * @param operation the documented operation it answered ({@code getProduct GET /api/...}), or the
 *     request line when the document has no such operation
 * @param findings what differs, one line each; empty unless the outcome is {@link Outcome#BROKEN}
 */
public record Verdict(Outcome outcome, String operation, int status, List<String> findings) {

  /** The four things a response can be to the document. */
  public enum Outcome {
    /** The document describes this response. */
    KEPT,
    /**
     * The path or method is not in the document (Quarkus' /q endpoints, routes the gateway proxies
     * to other services, a wrong method a test sends on purpose): nothing to compare with.
     */
    NOT_IN_DOCUMENT,
    /**
     * An undocumented standard error (see {@link OpenApiContract#TOLERATED_UNDOCUMENTED_ERRORS})
     * whose body is a valid problem+json.
     */
    TOLERATED,
    /** The document does not describe this response. */
    BROKEN
  }
}
