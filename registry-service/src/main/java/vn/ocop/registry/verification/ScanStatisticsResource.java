package vn.ocop.registry.verification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.platform.problem.Problem;
import vn.ocop.platform.security.Caller;
import vn.ocop.platform.security.Roles;
import vn.ocop.registry.access.Visibility;
import vn.ocop.registry.certificate.CertificateService;

/** Scan statistics of a certificate, for the officers and the subject who may see it. */
@Path("/api/registry/v1/certificates/{id}/scans")
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
public class ScanStatisticsResource {
  /** How many days, today included, the per-day figures cover. */
  static final int DAYS = 90;

  private final CertificateService certificates;
  private final Caller caller;
  private final ScanCounter scans;

  ScanStatisticsResource(CertificateService certificates, Caller caller, ScanCounter scans) {
    this.certificates = certificates;
    this.caller = caller;
    this.scans = scans;
  }

  @GET
  @Operation(
      operationId = "getCertificateScans",
      summary = "Scan statistics of a certificate",
      description =
          "How many times the certificate (giấy chứng nhận) was verified through its code or QR"
              + " code: the total and the count per day over the last "
              + DAYS
              + " days. Officers see those of their province, subject members their subject's;"
              + " anything else answers 404. Scans reach the figures within a few seconds.")
  @APIResponse(
      responseCode = "200",
      description = "The statistics",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ScanStatistics.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such certificate, or not the caller's to see",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public ScanStatistics get(@Parameter(description = "Certificate id") @PathParam("id") UUID id) {
    certificates.get(id, Visibility.of(caller));
    return scans.statistics(id, DAYS);
  }
}
