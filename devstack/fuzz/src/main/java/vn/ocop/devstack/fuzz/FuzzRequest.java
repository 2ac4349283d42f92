package vn.ocop.devstack.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * One generated request.
 *
 * @param path the path with its parameters filled in, percent-encoded
 * @param query the query string without {@code ?}, percent-encoded, possibly empty
 * @param headers the headers to send (Authorization, Accept...)
 * @param contentType the Content-Type of the body, or null without a body
 * @param body the body's bytes, or null for none
 * @param mutations what was done to the request, e.g. {@code body:wrong-type}, for the summary
 */
public record FuzzRequest(
    Operation operation,
    String path,
    String query,
    Map<String, String> headers,
    String contentType,
    byte[] body,
    List<String> mutations) {

  private static final int SHOWN = 300;

  public String uri() {
    return query.isEmpty() ? path : path + "?" + query;
  }

  /** Whether the request was sent as documented, with nothing wrong on purpose. */
  public boolean pristine() {
    return mutations.isEmpty();
  }

  /** The request as a reader of a failure needs it, long bodies cut. */
  public String describe() {
    StringBuilder out = new StringBuilder();
    out.append(operation.method()).append(' ').append(cut(uri()));
    out.append("\n      operation: ").append(operation.id());
    out.append("\n      mutations: ").append(mutations);
    headers.forEach((k, v) -> out.append("\n      ").append(k).append(": ").append(cut(v)));
    if (contentType != null) {
      out.append("\n      Content-Type: ").append(contentType);
    }
    if (body != null) {
      out.append("\n      body: ").append(cut(new String(body, StandardCharsets.UTF_8)));
    }
    return out.toString();
  }

  private static String cut(String text) {
    return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "… (" + text.length() + ")";
  }
}
