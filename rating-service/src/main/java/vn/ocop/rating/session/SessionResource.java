package vn.ocop.rating.session;

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
import jakarta.ws.rs.core.UriInfo;
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

/** Council sessions (phiên họp) and the dossiers put before them. */
@Path("/api/rating/v1/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Sessions",
    description =
        "Council sessions (phiên họp hội đồng): attendance, quorum and the dossiers put before them")
public class SessionResource {
  private final SessionService sessions;
  private final Caller caller;

  SessionResource(SessionService sessions, Caller caller) {
    this.sessions = sessions;
    this.caller = caller;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ADMIN, Roles.NATIONAL_OFFICER, Roles.PROVINCE_OFFICER})
  @Operation(
      operationId = "planSession",
      summary = "Plan a session",
      description =
          "Schedules a session (lên lịch phiên họp) of a council or advisory team the caller"
              + " manages: province officers those of their province, national accounts any.")
  @APIResponse(
      responseCode = "201",
      description = "The session, PLANNED",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SessionResponse.class)))
  @APIResponse(
      responseCode = "400",
      description = "Malformed JSON (MALFORMED_REQUEST) or a missing field (VALIDATION_FAILED)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "The role may not plan sessions (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such council, or not the caller's to manage (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @Idempotent
  @Extension(name = Idempotent.OPENAPI_EXTENSION, value = "true")
  public RestResponse<SessionResponse> plan(
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(implementation = PlanSessionRequest.class),
                      examples =
                          @ExampleObject(
                              name = "Provincial session",
                              value =
                                  "{\"councilId\":\"7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d\","
                                      + "\"heldOn\":\"2026-09-15\",\"place\":\"Hội trường Sở Nông nghiệp"
                                      + " và Môi trường, Buôn Ma Thuột\"}")))
          @Valid
          @NotNull
          PlanSessionRequest request,
      UriInfo uri) {
    CouncilSession session = sessions.plan(request, caller);
    return RestResponse.ResponseBuilder.<SessionResponse>created(
            uri.getAbsolutePathBuilder().path(session.id().toString()).build())
        .entity(SessionResponse.from(session))
        .build();
  }

  @GET
  @RolesAllowed({
    Roles.ADMIN,
    Roles.NATIONAL_OFFICER,
    Roles.PROVINCE_OFFICER,
    Roles.COUNCIL_MEMBER,
    Roles.ADVISOR
  })
  @Operation(
      operationId = "listSessions",
      summary = "List sessions",
      description =
          "Sessions the caller may see by date: national roles all, a province officer those of"
              + " their province's councils, a member those of councils they sit on.")
  @APIResponse(responseCode = "200", description = "A page of sessions")
  @APIResponse(
      responseCode = "403",
      description = "The role may not read sessions (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Page<SessionResponse> list(
      @QueryParam("councilId") @Parameter(description = "Only sessions of this council")
          UUID councilId,
      @QueryParam("status") @Parameter(description = "Only sessions in this status")
          SessionStatus status,
      @BeanParam PageQuery page) {
    return sessions.list(caller, councilId, status, page).map(SessionResponse::from);
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({
    Roles.ADMIN,
    Roles.NATIONAL_OFFICER,
    Roles.PROVINCE_OFFICER,
    Roles.COUNCIL_MEMBER,
    Roles.ADVISOR
  })
  @Operation(
      operationId = "getSession",
      summary = "Get a session",
      description = "A session with its attendance, if the caller may see its council.")
  @APIResponse(responseCode = "200", description = "The session")
  @APIResponse(
      responseCode = "403",
      description = "The role may not read sessions (FORBIDDEN)",
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
  public SessionResponse get(@PathParam("id") UUID id) {
    return SessionResponse.from(sessions.get(id, caller));
  }

  @POST
  @Path("/{id}/open")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ADMIN, Roles.NATIONAL_OFFICER, Roles.PROVINCE_OFFICER})
  @Operation(
      operationId = "openSession",
      summary = "Open a session",
      description =
          "Opens a PLANNED session (khai mạc phiên họp) with the members present, recording"
              + " everyone's attendance. It opens only with the quorum of the council's regulation"
              + " (quy chế hoạt động; by default 75% of the scoring members, chair included):"
              + " secretaries do not count.")
  @APIResponse(responseCode = "200", description = "The session, OPEN, with its attendance")
  @APIResponse(
      responseCode = "400",
      description = "Malformed JSON (MALFORMED_REQUEST) or no members present (VALIDATION_FAILED)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "The role may not open sessions (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such session, or not the caller's to manage (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "The session is not PLANNED (SESSION_NOT_PLANNED), the quorum is not present (QUORUM_NOT_PRESENT) or the session changed meanwhile (CONCURRENT_UPDATE)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "422",
      description =
          "A username present is not on the council (UNPROCESSABLE, field presentMembers, rule member)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public SessionResponse open(
      @PathParam("id") UUID id,
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(implementation = OpenSessionRequest.class),
                      examples =
                          @ExampleObject(
                              name = "Members present",
                              value =
                                  "{\"presentMembers\":[\"daklak.chair\",\"daklak.member1\","
                                      + "\"daklak.secretary\"]}")))
          @Valid
          @NotNull
          OpenSessionRequest request) {
    return SessionResponse.from(sessions.open(id, request, caller));
  }

  @POST
  @Path("/{id}/close")
  @RolesAllowed({Roles.ADMIN, Roles.NATIONAL_OFFICER, Roles.PROVINCE_OFFICER})
  @Operation(
      operationId = "closeSession",
      summary = "Close a session",
      description =
          "Closes an OPEN session (bế mạc phiên họp); members no longer score in it. Dossiers"
              + " left without a result may be put before a later session.")
  @APIResponse(responseCode = "200", description = "The session, CLOSED")
  @APIResponse(
      responseCode = "403",
      description = "The role may not close sessions (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such session, or not the caller's to manage (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description = "The session is not OPEN (SESSION_NOT_OPEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public SessionResponse close(@PathParam("id") UUID id) {
    return SessionResponse.from(sessions.close(id, caller));
  }

  @POST
  @Path("/{id}/cancel")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ADMIN, Roles.NATIONAL_OFFICER, Roles.PROVINCE_OFFICER})
  @Operation(
      operationId = "cancelSession",
      summary = "Cancel a session",
      description =
          "Cancels a PLANNED session (hủy phiên họp) with a reason; its dossiers may be put before"
              + " another session.")
  @APIResponse(responseCode = "200", description = "The session, CANCELLED")
  @APIResponse(
      responseCode = "400",
      description = "Malformed JSON (MALFORMED_REQUEST) or no reason (VALIDATION_FAILED)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "The role may not cancel sessions (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such session, or not the caller's to manage (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description = "The session is not PLANNED (SESSION_NOT_PLANNED)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public SessionResponse cancel(
      @PathParam("id") UUID id,
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(implementation = CancelSessionRequest.class),
                      examples =
                          @ExampleObject(
                              name = "Postponed",
                              value = "{\"reason\":\"Hoãn do chưa đủ hồ sơ\"}")))
          @Valid
          @NotNull
          CancelSessionRequest request) {
    return SessionResponse.from(sessions.cancel(id, request, caller));
  }

  @POST
  @Path("/{id}/dossiers")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ADMIN, Roles.NATIONAL_OFFICER, Roles.PROVINCE_OFFICER})
  @Operation(
      operationId = "assignDossierToSession",
      summary = "Put a dossier before a session",
      description =
          "Puts a SUBMITTED dossier before a PLANNED or OPEN session of a council of its province"
              + " (giao hồ sơ cho hội đồng), at a level its rule set has; the dossier becomes"
              + " IN_EVALUATION. A dossier sits in one session at a time; one left without a result"
              + " by a CLOSED or CANCELLED session may be carried over to another.")
  @APIResponse(
      responseCode = "200",
      description = "The dossier, IN_EVALUATION before the session",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SessionDossierResponse.class)))
  @APIResponse(
      responseCode = "400",
      description = "Malformed JSON (MALFORMED_REQUEST) or a missing dossierId (VALIDATION_FAILED)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "The role may not assign dossiers (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such session or dossier, or one outside the caller's scope (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "The session is CLOSED or CANCELLED (SESSION_NOT_ACTIVE), the dossier is before another active session (DOSSIER_IN_SESSION), is not SUBMITTED (DOSSIER_NOT_SUBMITTED) or changed meanwhile (CONCURRENT_UPDATE)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "422",
      description =
          "The dossier is of another province (UNPROCESSABLE, field dossierId, rule sameProvince), the council's level is not in the dossier's rule set (field sessionId, rule levelInRuleSet) or not the dossier's level (rule sameLevel), or the session is an advisory team's (rule scoringCouncil)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public SessionDossierResponse assignDossier(
      @PathParam("id") UUID id,
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(implementation = AssignDossierRequest.class),
                      examples =
                          @ExampleObject(
                              name = "A submitted dossier",
                              value = "{\"dossierId\":\"3c2b1a09-8f7e-4d6c-9b5a-4e3d2c1b0a9f\"}")))
          @Valid
          @NotNull
          AssignDossierRequest request) {
    return SessionDossierResponse.from(sessions.assignDossier(id, request.dossierId(), caller));
  }

  @GET
  @Path("/{id}/dossiers")
  @RolesAllowed({Roles.ADMIN, Roles.NATIONAL_OFFICER, Roles.PROVINCE_OFFICER})
  @Operation(
      operationId = "listSessionDossiers",
      summary = "List a session's dossiers",
      description =
          "The dossiers before a session, for the officers managing it. Members list theirs with"
              + " listMySessionDossiers.")
  @APIResponse(responseCode = "200", description = "The session's dossiers")
  @APIResponse(
      responseCode = "403",
      description = "The role may not manage sessions (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such session, or not the caller's to manage (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public List<SessionDossierResponse> dossiers(@PathParam("id") UUID id) {
    return sessions.dossiersOf(id, caller).stream().map(SessionDossierResponse::from).toList();
  }
}
