package vn.ocop.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * RFC 9457 problem details, the body of every error answer of the suite.
 *
 * @param type a URI naming the problem type ({@code urn:ocop:problem:<code>})
 * @param code the stable error code, listed in docs/error-codes.md
 * @param requestId the request id, also in the {@code X-Request-Id} header and the logs
 * @param errors the broken rules, for validation problems
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json)")
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    String code,
    String requestId,
    List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";

  public static String typeOf(String code) {
    return "urn:ocop:problem:" + code.toLowerCase().replace('_', '-');
  }
}
