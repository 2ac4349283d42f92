package vn.ocop.rating.paperwork;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.function.Function;

/** The documents' HTTP side: format negotiation and the attachment. */
final class PaperworkResponses {
  private PaperworkResponses() {}

  /** Negotiates the format before reading anything, then renders the document as an attachment. */
  static Response document(
      HttpHeaders headers, String name, Function<PaperworkFormat, byte[]> render) {
    PaperworkFormat format = PaperworkFormat.negotiate(headers.getAcceptableMediaTypes());
    byte[] bytes = render.apply(format);
    return Response.ok(bytes, format.mediaType())
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + name + "." + format.extension() + "\"")
        .build();
  }
}
