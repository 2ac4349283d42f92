package vn.ocop.registry.verification;

import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.platform.problem.Problem;
import vn.ocop.platform.problem.ProblemException;

/**
 * Public verification of OCOP certificates (xác thực giấy chứng nhận OCOP): what a consumer's phone
 * opens when it scans the QR code on a label. No login. A code whose answer is in memory is mostly
 * answered before this resource by {@link VerificationFastPath}; here the answer still comes from
 * memory when it can, on the I/O thread, and a code not in memory is read from the database on a
 * worker thread.
 */
@Path("/public/verify/{code}")
@Tag(
    name = "Public verification",
    description =
        "Xác thực giấy chứng nhận OCOP — anyone can check a certificate by the code printed on it"
            + " (no login)")
@SecurityRequirements
public class VerificationResource {
  static final String CACHE_CONTROL = "public, max-age=60";
  private static final String PNG = "image/png";
  private static final String SVG = "image/svg+xml";

  private final Verifications verifications;
  private final String baseUrl;

  VerificationResource(
      Verifications verifications,
      @ConfigProperty(name = "ocop.registry.public-verify-base-url") String baseUrl) {
    this.verifications = verifications;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @NonBlocking
  @Operation(
      operationId = "verifyCertificate",
      summary = "Verify a certificate by its code",
      description =
          "The product (sản phẩm), its subject (chủ thể), province, star class (hạng sao), issuing"
              + " body and decision (quyết định công nhận), validity, and a verdict a consumer can"
              + " rely on: VALID, EXPIRING_SOON (in force, within 180 days of its end), EXPIRED,"
              + " REVOKED (thu hồi), SUSPENDED (tạm đình chỉ) or SUPERSEDED (with the code of the"
              + " newer certificate), with a message in Vietnamese and English. Dates are applied"
              + " on the day of the check. No personal data of the subject. Answers may be cached"
              + " for 60 seconds. Each answer counts one scan of the certificate.")
  @APIResponse(
      responseCode = "200",
      description = "The certificate and its verdict",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = VerificationResponse.class),
              examples =
                  @ExampleObject(
                      name = "valid",
                      summary = "A 4-star coffee in force",
                      value =
                          "{\"code\":\"k7q2m4xw3v5zr6ta2bycd4efgh\",\"verdict\":\"VALID\","
                              + "\"message\":{\"vi\":\"Sản phẩm OCOP 4 sao, còn hiệu lực đến"
                              + " 12/03/2028\",\"en\":\"OCOP 4-star product, certified until 12"
                              + " March 2028\"},\"status\":\"ISSUED\",\"product\":{\"name\":\"Cà"
                              + " phê bột Ea Tu\",\"productSet\":13,\"productSetName\":\"Cà phê,"
                              + " ca cao\",\"productGroup\":1,\"productGroupName\":\"Thực phẩm\","
                              + "\"productGroupNameEn\":\"Food\"},\"subject\":{\"name\":\"HTX Cà"
                              + " phê Ea Tu\",\"type\":\"COOPERATIVE\"},\"place\":{"
                              + "\"provinceCode\":\"66\",\"provinceName\":\"Đắk Lắk\","
                              + "\"communeName\":\"Buôn Ma Thuột\"},"
                              + "\"starClass\":4,\"issuingBody\":\"Ủy ban nhân dân tỉnh Đắk Lắk\","
                              + "\"issuingLevel\":\"PROVINCE\",\"decisionNumber\":\"1234/QĐ-UBND\","
                              + "\"decisionDate\":\"2025-03-12\",\"validFrom\":\"2025-03-12\","
                              + "\"validTo\":\"2028-03-12\",\"successorCode\":null,"
                              + "\"checkedOn\":\"2026-06-01\"}")))
  @APIResponse(
      responseCode = "400",
      description = "Not a verification code (wrong length or characters)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No certificate has this code",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Uni<Response> verify(
      @Parameter(
              description = "The verification code printed on the certificate (mã xác thực)",
              example = "k7q2m4xw3v5zr6ta2bycd4efgh")
          @PathParam("code")
          String code) {
    String canonical = PublicCode.require(code);
    byte[] cached = verifications.cached(canonical);
    if (cached != null) {
      return Uni.createFrom().item(answer(cached));
    }
    return Uni.createFrom()
        .item(() -> answer(verifications.load(canonical)))
        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
  }

  @GET
  @Path("/qr.png")
  @Produces(PNG)
  @Operation(
      operationId = "getVerificationQrPng",
      summary = "QR code of a certificate's verification URL, as PNG",
      description =
          "A QR code (mã QR, error correction M, quiet zone of 4 modules) encoding the public"
              + " verification URL of the certificate, to print on labels and packaging.")
  @APIResponse(
      responseCode = "200",
      description = "The QR code image",
      content =
          @Content(mediaType = PNG, schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(
      responseCode = "400",
      description = "Not a verification code, or a size that is not a number",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No certificate has this code",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response qrPng(
      @Parameter(description = "The verification code", example = "k7q2m4xw3v5zr6ta2bycd4efgh")
          @PathParam("code")
          String code,
      @Parameter(
              description =
                  "Width and height in pixels, "
                      + QrCodes.MIN_SIZE
                      + " to "
                      + QrCodes.MAX_SIZE
                      + " (values outside are clamped)",
              example = "256")
          @QueryParam("size")
          String size) {
    String url = verificationUrl(code);
    return image(QrCodes.png(url, size(size)), PNG);
  }

  @GET
  @Path("/qr.svg")
  @Produces(SVG)
  @Operation(
      operationId = "getVerificationQrSvg",
      summary = "QR code of a certificate's verification URL, as SVG",
      description =
          "The same QR code (mã QR) as a scalable SVG, for print layouts: one path of the dark"
              + " modules on a white background.")
  @APIResponse(
      responseCode = "200",
      description = "The QR code drawing",
      content = @Content(mediaType = SVG, schema = @Schema(type = SchemaType.STRING)))
  @APIResponse(
      responseCode = "400",
      description = "Not a verification code, or a size that is not a number",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No certificate has this code",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response qrSvg(
      @Parameter(description = "The verification code", example = "k7q2m4xw3v5zr6ta2bycd4efgh")
          @PathParam("code")
          String code,
      @Parameter(
              description =
                  "Displayed width and height in pixels, "
                      + QrCodes.MIN_SIZE
                      + " to "
                      + QrCodes.MAX_SIZE
                      + " (values outside are clamped)",
              example = "256")
          @QueryParam("size")
          String size) {
    String url = verificationUrl(code);
    return image(QrCodes.svg(url, size(size)), SVG);
  }

  /** The URL to encode, for a code of an existing certificate (404 otherwise). Blocks on a miss. */
  private String verificationUrl(String code) {
    String canonical = PublicCode.require(code);
    verifications.requireExists(canonical);
    return baseUrl + "/public/verify/" + canonical;
  }

  private static int size(String size) {
    if (size == null || size.isBlank()) {
      return QrCodes.DEFAULT_SIZE;
    }
    try {
      return QrCodes.clamp(Integer.parseInt(size.strip()));
    } catch (NumberFormatException e) {
      throw ProblemException.invalidField(
          "size", "Number", "size must be a whole number of pixels, not '" + size + "'");
    }
  }

  private static Response answer(byte[] json) {
    return Response.ok(json, MediaType.APPLICATION_JSON_TYPE)
        .header("Cache-Control", CACHE_CONTROL)
        .build();
  }

  private static Response image(Object body, String type) {
    return Response.ok(body, type).header("Cache-Control", CACHE_CONTROL).build();
  }
}
