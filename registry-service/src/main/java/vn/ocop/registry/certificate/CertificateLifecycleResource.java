package vn.ocop.registry.certificate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.platform.problem.Problem;
import vn.ocop.platform.problem.ProblemException;
import vn.ocop.platform.security.Caller;
import vn.ocop.platform.security.Roles;
import vn.ocop.registry.access.Visibility;

/**
 * Officers' decisions on a certificate (suspension, revocation, reinstatement) and its status
 * history. The date-driven changes (expiring, expired) are the expiry engine's.
 */
@Path("/api/registry/v1/certificates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Certificates")
@SecurityRequirement(name = "bearer")
@APIResponse(
    responseCode = "403",
    description =
        "The caller's role does not allow this operation, or (CERTIFICATE_CENTRAL_LEVEL) a"
            + " province officer acting on a certificate recognised by the centre",
    content =
        @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
    responseCode = "404",
    description = "No such certificate, or not in the caller's scope",
    content =
        @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class CertificateLifecycleResource {
  private static final String DECISION_EXAMPLE =
      "{\"reason\":\"Vi phạm quy định về an toàn thực phẩm\",\"decisionNumber\":\"215/QĐ-UBND\","
          + "\"decisionDate\":\"2026-03-02\",\"version\":0}";
  private static final String TRANSITION_EXAMPLE =
      "{\"type\":\"urn:ocop:problem:certificate-transition-not-allowed\",\"title\":\"Conflict\","
          + "\"status\":409,\"detail\":\"A certificate cannot go from SUPERSEDED to SUSPENDED\","
          + "\"code\":\"CERTIFICATE_TRANSITION_NOT_ALLOWED\"}";
  private static final String DATE_EXAMPLE =
      "{\"type\":\"urn:ocop:problem:unprocessable\",\"title\":\"Request cannot be processed\","
          + "\"status\":422,\"code\":\"UNPROCESSABLE\",\"errors\":[{\"field\":\"decisionDate\","
          + "\"rule\":\"NotInFuture\",\"message\":\"decisionDate 2027-01-01 is in the future\"}]}";

  private final CertificateLifecycle lifecycle;
  private final Caller caller;

  CertificateLifecycleResource(CertificateLifecycle lifecycle, Caller caller) {
    this.lifecycle = lifecycle;
    this.caller = caller;
  }

  @POST
  @Path("/{id}/suspension")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ADMIN, Roles.NATIONAL_OFFICER, Roles.PROVINCE_OFFICER})
  @Operation(
      operationId = "suspendCertificate",
      summary = "Suspend a certificate",
      description =
          "Records a decision suspending the certificate (tạm đình chỉ giấy chứng nhận), e.g."
              + " pending an inspection (hậu kiểm). From ISSUED or EXPIRING. A province officer"
              + " acts on certificates of their province (current map); one recognised at the"
              + " central level (5★) only national officers. Send the version as read (body or"
              + " If-Match). Announced as CertificateStatusChanged on"
              + " ocop.registry.certificate.v1.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = StatusDecisionRequest.class),
              examples = @ExampleObject(name = "suspension", value = DECISION_EXAMPLE)))
  @APIResponse(
      responseCode = "200",
      description = "Suspended; ETag is the new version",
      headers =
          @Header(
              name = "ETag",
              description = "The certificate's new version",
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CertificateResponse.class)))
  @APIResponse(
      responseCode = "400",
      description = "Malformed JSON, a missing reason or decision number",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "CERTIFICATE_TRANSITION_NOT_ALLOWED from its status, or CERTIFICATE_VERSION_CONFLICT: it"
              + " changed since it was read",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples = @ExampleObject(name = "transition", value = TRANSITION_EXAMPLE)))
  @APIResponse(
      responseCode = "422",
      description = "decisionDate in the future or before the certificate's own decision",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples = @ExampleObject(name = "decisionDate", value = DATE_EXAMPLE)))
  @APIResponse(
      responseCode = "428",
      description = "CERTIFICATE_VERSION_REQUIRED: neither version nor If-Match was sent",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response suspend(
      @Parameter(description = "Certificate id") @PathParam("id") UUID id,
      @Parameter(in = ParameterIn.HEADER, description = "The certificate's ETag as read")
          @HeaderParam("If-Match")
          String ifMatch,
      @NotNull @Valid StatusDecisionRequest body) {
    return decide(id, OfficerAction.SUSPENSION, body, ifMatch);
  }

  @POST
  @Path("/{id}/revocation")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ADMIN, Roles.NATIONAL_OFFICER, Roles.PROVINCE_OFFICER})
  @Operation(
      operationId = "revokeCertificate",
      summary = "Revoke a certificate",
      description =
          "Records a decision revoking the certificate (thu hồi giấy chứng nhận): a breach of"
              + " the product-management rules, failed mandatory criteria on re-evaluation, or an"
              + " expired certificate not re-evaluated. From ISSUED, EXPIRING, SUSPENDED or"
              + " EXPIRED. Same scope and version rules as a suspension.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = StatusDecisionRequest.class),
              examples = @ExampleObject(name = "revocation", value = DECISION_EXAMPLE)))
  @APIResponse(
      responseCode = "200",
      description = "Revoked; ETag is the new version",
      headers =
          @Header(
              name = "ETag",
              description = "The certificate's new version",
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CertificateResponse.class)))
  @APIResponse(
      responseCode = "400",
      description = "Malformed JSON, a missing reason or decision number",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "CERTIFICATE_TRANSITION_NOT_ALLOWED from its status, or CERTIFICATE_VERSION_CONFLICT",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples = @ExampleObject(name = "transition", value = TRANSITION_EXAMPLE)))
  @APIResponse(
      responseCode = "422",
      description = "decisionDate in the future or before the certificate's own decision",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples = @ExampleObject(name = "decisionDate", value = DATE_EXAMPLE)))
  @APIResponse(
      responseCode = "428",
      description = "CERTIFICATE_VERSION_REQUIRED: neither version nor If-Match was sent",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response revoke(
      @Parameter(description = "Certificate id") @PathParam("id") UUID id,
      @Parameter(in = ParameterIn.HEADER, description = "The certificate's ETag as read")
          @HeaderParam("If-Match")
          String ifMatch,
      @NotNull @Valid StatusDecisionRequest body) {
    return decide(id, OfficerAction.REVOCATION, body, ifMatch);
  }

  @POST
  @Path("/{id}/reinstatement")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ADMIN, Roles.NATIONAL_OFFICER, Roles.PROVINCE_OFFICER})
  @Operation(
      operationId = "reinstateCertificate",
      summary = "Reinstate a certificate",
      description =
          "Records a decision lifting a suspension or annulling a revocation. The certificate"
              + " goes back to the status its dates give: ISSUED, EXPIRING (within 180 days of"
              + " valid_to) or EXPIRED. Refused (CERTIFICATE_REPLACED) when a newer certificate of"
              + " the product is in force. Same scope and version rules as a suspension.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = StatusDecisionRequest.class),
              examples =
                  @ExampleObject(
                      name = "reinstatement",
                      value =
                          "{\"reason\":\"Kết quả hậu kiểm đạt yêu cầu\",\"decisionNumber\":\"230/QĐ-UBND\",\"decisionDate\":\"2026-04-10\",\"version\":1}")))
  @APIResponse(
      responseCode = "200",
      description = "Reinstated; ETag is the new version",
      headers =
          @Header(
              name = "ETag",
              description = "The certificate's new version",
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CertificateResponse.class)))
  @APIResponse(
      responseCode = "400",
      description = "Malformed JSON, a missing reason or decision number",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "CERTIFICATE_TRANSITION_NOT_ALLOWED (neither suspended nor revoked),"
              + " CERTIFICATE_VERSION_CONFLICT, or CERTIFICATE_REPLACED",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples = @ExampleObject(name = "transition", value = TRANSITION_EXAMPLE)))
  @APIResponse(
      responseCode = "422",
      description = "decisionDate in the future or before the certificate's own decision",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples = @ExampleObject(name = "decisionDate", value = DATE_EXAMPLE)))
  @APIResponse(
      responseCode = "428",
      description = "CERTIFICATE_VERSION_REQUIRED: neither version nor If-Match was sent",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response reinstate(
      @Parameter(description = "Certificate id") @PathParam("id") UUID id,
      @Parameter(in = ParameterIn.HEADER, description = "The certificate's ETag as read")
          @HeaderParam("If-Match")
          String ifMatch,
      @NotNull @Valid StatusDecisionRequest body) {
    return decide(id, OfficerAction.REINSTATEMENT, body, ifMatch);
  }

  @GET
  @Path("/{id}/history")
  @RolesAllowed({
    Roles.ADMIN,
    Roles.NATIONAL_OFFICER,
    Roles.PROVINCE_OFFICER,
    Roles.COMMUNE_OFFICER,
    Roles.COUNCIL_MEMBER,
    Roles.ADVISOR,
    Roles.SUBJECT_MEMBER
  })
  @Operation(
      operationId = "getCertificateHistory",
      summary = "Get a certificate's status history",
      description =
          "Every status transition of the certificate, oldest first, from its issue: the expiry"
              + " engine's, the officers' decisions (quyết định) and superseding by a newer"
              + " certificate. Visible to whoever may see the certificate.")
  @APIResponse(
      responseCode = "200",
      description = "The transitions",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CertificateHistoryResponse.class)))
  public CertificateHistoryResponse history(
      @Parameter(description = "Certificate id") @PathParam("id") UUID id) {
    return CertificateHistoryResponse.of(id, lifecycle.history(id, Visibility.of(caller)));
  }

  private Response decide(
      UUID id, OfficerAction action, StatusDecisionRequest body, String ifMatch) {
    long expected = ExpectedVersion.of(body.version(), ifMatch);
    Certificate certificate =
        lifecycle.decide(id, action, body, expected, writer(), caller.username());
    return Response.ok(CertificateResponse.from(certificate))
        .tag(new EntityTag(ExpectedVersion.etag(certificate.version())))
        .build();
  }

  /** National officers change any certificate; a province officer those of their province. */
  private Visibility writer() {
    if (caller.isNational()) {
      return Visibility.national();
    }
    String province = caller.provinceCode();
    if (province == null) {
      throw new ProblemException(
          403, "NO_PROVINCE_SCOPE", "Forbidden", "This account is not bound to a province");
    }
    return Visibility.province(province);
  }
}
