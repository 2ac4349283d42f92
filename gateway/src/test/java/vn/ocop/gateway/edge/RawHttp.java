package vn.ocop.gateway.edge;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 byte for byte over a socket: clients such as REST Assured normalise paths and refuse
 * oversized requests themselves, and the tests need to see whether the gateway closed the
 * connection.
 */
final class RawHttp {
  private RawHttp() {}

  /**
   * @param status the status code, or 0 if the connection closed without an answer
   * @param closed whether the server closed the connection after the answer
   */
  record Answer(int status, Map<String, String> headers, String body, boolean closed) {
    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  /** Sends the request head (and body, if any) and reads until the server closes or is silent. */
  static Answer exchange(int port, String head, byte[] body) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(5_000);
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.ISO_8859_1));
      if (body != null) {
        try {
          out.write(body);
        } catch (IOException e) {
          // The server may answer and close before it has read the whole body.
        }
      }
      out.flush();
      return read(socket.getInputStream());
    }
  }

  static Answer get(int port, String target, String... headerLines) throws IOException {
    StringBuilder head = new StringBuilder("GET " + target + " HTTP/1.1\r\nHost: localhost\r\n");
    for (String line : headerLines) {
      head.append(line).append("\r\n");
    }
    head.append("\r\n");
    return exchange(port, head.toString(), null);
  }

  private static Answer read(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    boolean closed;
    try {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        all.write(buffer, 0, n);
        if (complete(all.toString(StandardCharsets.ISO_8859_1))) {
          // Wait briefly for the close that should follow.
          closed = closesSoon(in);
          return parse(all, closed);
        }
      }
      closed = true;
    } catch (SocketTimeoutException e) {
      closed = false;
    } catch (IOException e) {
      closed = true;
    }
    return parse(all, closed);
  }

  private static boolean closesSoon(InputStream in) {
    try {
      return in.read() < 0;
    } catch (SocketTimeoutException e) {
      return false;
    } catch (IOException e) {
      return true;
    }
  }

  /** A whole answer with a Content-Length has arrived. */
  private static boolean complete(String text) {
    int end = text.indexOf("\r\n\r\n");
    if (end < 0) {
      return false;
    }
    Map<String, String> headers = headers(text.substring(0, end));
    String length = headers.get("content-length");
    return length != null && text.length() - end - 4 >= Integer.parseInt(length.trim());
  }

  private static Answer parse(ByteArrayOutputStream bytes, boolean closed) {
    String text = bytes.toString(StandardCharsets.UTF_8);
    if (text.length() < 12) {
      return new Answer(0, Map.of(), "", closed);
    }
    int end = text.indexOf("\r\n\r\n");
    String head = end < 0 ? text : text.substring(0, end);
    return new Answer(
        Integer.parseInt(text.substring(9, 12)),
        headers(head),
        end < 0 ? "" : text.substring(end + 4),
        closed);
  }

  private static Map<String, String> headers(String head) {
    Map<String, String> headers = new LinkedHashMap<>();
    String[] lines = head.split("\r\n");
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) {
        headers.merge(
            lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
            lines[i].substring(colon + 1).trim(),
            (a, b) -> a + ", " + b);
      }
    }
    return headers;
  }
}
