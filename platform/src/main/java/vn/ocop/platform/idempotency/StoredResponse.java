package vn.ocop.platform.idempotency;

import java.util.List;
import java.util.Map;

/**
 * The response of a request with a key, as stored: status, headers (Location among them) and the
 * JSON body as written.
 */
record StoredResponse(int status, Map<String, List<String>> headers, String body) {

  boolean successful() {
    return status >= 200 && status < 300;
  }
}
