package vn.ocop.rating.conflict;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.ocop.platform.idempotency.Idempotent;
import vn.ocop.platform.paging.Page;
import vn.ocop.platform.paging.PageQuery;
import vn.ocop.platform.problem.Problem;
import vn.ocop.platform.security.Caller;
import vn.ocop.platform.security.Roles;

/** Conflict-of-interest declarations (khai báo xung đột lợi ích) of council members. */
@Path("/api/rating/v1/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Conflicts of interest",
    description =
        "Each member declares per dossier, before seeing it, whether they have a conflict of"
            + " interest (xung đột lợi ích); a declared or detected one excludes them")
public class ConflictResource {
  private final ConflictService conflicts;
  private final Caller caller;

  ConflictResource(ConflictService conflicts, Caller caller) {
    this.conflicts = conflicts;
    this.caller = caller;
  }

  @POST
  @Path("/{sessionId}/dossiers/{dossierId}/declarations")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.COUNCIL_MEMBER)
  @Operation(
      operationId = "declareConflictOfInterest",
      summary = "Declare a conflict of interest",
      description =
          "The calling member declares, on a dossier of their PLANNED or OPEN session and before"
              + " seeing it, NONE or a CONFLICT of a kind (same subject, relative, employer, other)."
              + " Declarations are never edited: a new one supersedes the last, until the member"
              + " scored. A conflict the service detects (the subject is among the member's"
              + " employer or relatives' subjects, or the member's own account belongs to it) is"
              + " recorded and excludes the member whatever they declare.")
  @APIResponse(
      responseCode = "201",
      description = "The declaration",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = DeclarationResponse.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "Malformed JSON or an unknown value (MALFORMED_REQUEST), a CONFLICT without kind (VALIDATION_FAILED, field kind, rule RequiredForConflict) or NONE with one (rule NullForNone)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "Only council members declare (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such session or dossier before it, or not the caller's council (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "The session is CLOSED or CANCELLED (SESSION_NOT_ACTIVE), the member already scored (ALREADY_SCORED) or declared at the same moment (CONCURRENT_UPDATE)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @Idempotent
  @Extension(name = Idempotent.OPENAPI_EXTENSION, value = "true")
  public RestResponse<DeclarationResponse> declare(
      @PathParam("sessionId") UUID sessionId,
      @PathParam("dossierId") UUID dossierId,
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(implementation = DeclareConflictRequest.class),
                      examples = {
                        @ExampleObject(name = "No conflict", value = "{\"declaration\":\"NONE\"}"),
                        @ExampleObject(
                            name = "A relative",
                            value =
                                "{\"declaration\":\"CONFLICT\",\"kind\":\"RELATIVE\","
                                    + "\"note\":\"Em ruột tôi là giám đốc hợp tác xã\"}")
                      }))
          @Valid
          @NotNull
          DeclareConflictRequest request) {
    return RestResponse.status(
        RestResponse.Status.CREATED,
        DeclarationResponse.from(conflicts.declare(sessionId, dossierId, request, caller)));
  }

  @GET
  @Path("/{sessionId}/declarations")
  @RolesAllowed({Roles.ADMIN, Roles.NATIONAL_OFFICER, Roles.PROVINCE_OFFICER, Roles.COUNCIL_MEMBER})
  @Operation(
      operationId = "listSessionDeclarations",
      summary = "List a session's declarations",
      description =
          "Every declaration of a session, each revision, by dossier and member: officers see all"
              + " members', a member only their own.")
  @APIResponse(responseCode = "200", description = "The declarations")
  @APIResponse(
      responseCode = "403",
      description = "The role may not read declarations (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such session, or not the caller's to see (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public List<DeclarationResponse> declarations(@PathParam("sessionId") UUID sessionId) {
    return conflicts.ofSession(sessionId, caller).stream().map(DeclarationResponse::from).toList();
  }

  @GET
  @Path("/my-dossiers")
  @RolesAllowed(Roles.COUNCIL_MEMBER)
  @Operation(
      operationId = "listMySessionDossiers",
      summary = "List my sessions' dossiers",
      description =
          "The dossiers before the caller's PLANNED and OPEN sessions, with only what a member"
              + " needs to declare a conflict of interest (product, subject, product set) and"
              + " where they stand: DECLARATION_REQUIRED, CLEARED or CONFLICTED.")
  @APIResponse(responseCode = "200", description = "A page of dossier summaries")
  @APIResponse(
      responseCode = "403",
      description = "Only council members have sessions (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Page<MySessionDossierResponse> mySessionDossiers(
      @QueryParam("sessionId") @Parameter(description = "Only dossiers of this session")
          UUID sessionId,
      @BeanParam PageQuery page) {
    return conflicts.mySessionDossiers(caller, sessionId, page);
  }
}
