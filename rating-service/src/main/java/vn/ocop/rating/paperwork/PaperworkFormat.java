package vn.ocop.rating.paperwork;

import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.ocop.platform.problem.ProblemException;

/** The two formats of the paperwork, chosen by the request's Accept header. */
public enum PaperworkFormat {
  PDF(PaperworkFormat.PDF_TYPE, "pdf"),
  XLSX(PaperworkFormat.XLSX_TYPE, "xlsx");

  public static final String PDF_TYPE = "application/pdf";
  public static final String XLSX_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final String mediaType;
  private final String extension;

  PaperworkFormat(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return extension;
  }

  /**
   * The first acceptable format in the client's order of preference; a wildcard (or no Accept
   * header, which JAX-RS reports as a wildcard) gets PDF.
   *
   * @throws ProblemException 406 {@code FORMAT_NOT_ACCEPTABLE} when neither format is acceptable
   */
  public static PaperworkFormat negotiate(List<MediaType> acceptable) {
    for (MediaType type : acceptable) {
      for (PaperworkFormat format : values()) {
        if (type.isCompatible(MediaType.valueOf(format.mediaType))) {
          return format;
        }
      }
    }
    throw new ProblemException(
        406,
        "FORMAT_NOT_ACCEPTABLE",
        "Not acceptable",
        "This document is served as "
            + PDF_TYPE
            + " or "
            + XLSX_TYPE
            + "; the request accepts "
            + acceptable);
  }
}
