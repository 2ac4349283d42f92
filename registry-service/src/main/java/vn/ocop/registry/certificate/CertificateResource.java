package vn.ocop.registry.certificate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.platform.paging.Page;
import vn.ocop.platform.paging.PageQuery;
import vn.ocop.platform.problem.Problem;
import vn.ocop.platform.security.Caller;
import vn.ocop.platform.security.Roles;
import vn.ocop.registry.access.Visibility;

/**
 * Certificates, read-only: they are issued from recognition decisions consumed from Kafka, never
 * created over HTTP.
 */
@Path("/api/registry/v1/certificates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Certificates",
    description =
        "Certificates — giấy chứng nhận sản phẩm OCOP, issued from recognition decisions (quyết"
            + " định công nhận)")
@SecurityRequirement(name = "bearer")
@RolesAllowed({
  Roles.ADMIN,
  Roles.NATIONAL_OFFICER,
  Roles.PROVINCE_OFFICER,
  Roles.COMMUNE_OFFICER,
  Roles.COUNCIL_MEMBER,
  Roles.ADVISOR,
  Roles.SUBJECT_MEMBER
})
public class CertificateResource {
  private final CertificateService certificates;
  private final Caller caller;

  CertificateResource(CertificateService certificates, Caller caller) {
    this.certificates = certificates;
    this.caller = caller;
  }

  @GET
  @Path("/{id}")
  @Operation(
      operationId = "getCertificate",
      summary = "Get a certificate",
      description =
          "One certificate (giấy chứng nhận). Officers see those of their province, subject"
              + " members their subject's; anything else answers 404.")
  @APIResponse(
      responseCode = "200",
      description = "The certificate; ETag is its version, for If-Match on a decision",
      headers =
          @Header(
              name = "ETag",
              description = "The certificate's version",
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CertificateResponse.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such certificate, or not the caller's to see",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response get(@Parameter(description = "Certificate id") @PathParam("id") UUID id) {
    CertificateResponse certificate =
        CertificateResponse.from(certificates.get(id, Visibility.of(caller)));
    return Response.ok(certificate)
        .tag(new EntityTag(ExpectedVersion.etag(certificate.version())))
        .build();
  }

  @GET
  @Operation(
      operationId = "listCertificates",
      summary = "List certificates",
      description =
          "Certificates (giấy chứng nhận) the caller may see, newest first, optionally of one"
              + " product or province.")
  @APIResponse(
      responseCode = "200",
      description = "A page of certificates",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CertificatePage.class)))
  @APIResponse(
      responseCode = "400",
      description = "An invalid filter",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Page<CertificateResponse> list(
      @Parameter(description = "Only certificates of this product") @QueryParam("productId")
          UUID productId,
      @Parameter(description = "Only certificates of this province", example = "66")
          @QueryParam("provinceCode")
          @Pattern(regexp = "\\d{2}")
          String provinceCode,
      @BeanParam PageQuery page) {
    return certificates
        .list(Visibility.of(caller), productId, provinceCode, page)
        .map(CertificateResponse::from);
  }

  /** The OpenAPI shape of a page of certificates. */
  @Schema(name = "CertificatePage")
  public record CertificatePage(List<CertificateResponse> items, Page.Pager pager) {}
}
