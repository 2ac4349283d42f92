package vn.ocop.devstack.scope;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What to send for one operation: path parameter values, a query string and a body. Without a body
 * the matrix sends the request example of the operation's OpenAPI document, if it has one.
 */
public final class Call {
  private final Map<String, String> pathParams = new LinkedHashMap<>();
  private String query = "";
  private String contentType;
  private byte[] body;
  private String marker;

  public static Call of() {
    return new Call();
  }

  /** Fills {@code {name}} in the path template. */
  public Call path(String name, Object value) {
    pathParams.put(name, String.valueOf(value));
    return this;
  }

  /** The query string, without the {@code ?}. */
  public Call query(String query) {
    this.query = query;
    return this;
  }

  public Call json(String json) {
    return body("application/json", json.getBytes(StandardCharsets.UTF_8));
  }

  public Call body(String contentType, byte[] body) {
    this.contentType = contentType;
    this.body = body;
    return this;
  }

  /**
   * Text that identifies the own side's record (an id, a name): a foreign caller's answer must not
   * contain it, whatever its status. Catches lists and searches that leak across provinces.
   */
  public Call marker(Object marker) {
    this.marker = String.valueOf(marker);
    return this;
  }

  Map<String, String> pathParams() {
    return pathParams;
  }

  String query() {
    return query;
  }

  String contentType() {
    return contentType;
  }

  byte[] body() {
    return body;
  }

  String marker() {
    return marker;
  }
}
