package vn.ocop.rating.cycle;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
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

/** Rounds of the provinces' annual OCOP cycles. */
@Path("/api/rating/v1/cycles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cycles", description = "Annual OCOP cycles (chu trình OCOP thường niên) per province")
public class CycleResource {
  private final CycleService cycles;
  private final Caller caller;

  CycleResource(CycleService cycles, Caller caller) {
    this.cycles = cycles;
    this.caller = caller;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER})
  @Operation(
      operationId = "openCycle",
      summary = "Open a cycle round",
      description =
          "Opens a round of a province's annual cycle under the rule set in force today (Asia/Ho_Chi_Minh)"
              + " and publishes CycleOpened on ocop.rating.cycle.v1. A province officer opens"
              + " rounds of their own province; an admin names the province. The round starts at"
              + " step 1, PROMOTION (tuyên truyền, hướng dẫn), unless startAtStep names the step of"
              + " a round already running (then CycleStepChanged is published too). Each step gets"
              + " a planned window: the ones sent, else the province's usual calendar.")
  @APIResponse(
      responseCode = "201",
      description = "The cycle round was opened",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CycleResponse.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "Malformed JSON (MALFORMED_REQUEST) or a broken field rule (VALIDATION_FAILED): year"
              + " 2019-2100, round 1-12, provinceCode 2 digits and required for national accounts,"
              + " startAtStep not CLOSED, schedule windows with deadline >= opensOn, each step once,"
              + " in step order (inStepOrder)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "The role may not open cycles (FORBIDDEN, NO_PROVINCE_SCOPE)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "A province officer named another province (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "The province already has this round of the year (CYCLE_EXISTS), or no rule set is in"
              + " force today (NO_RULE_SET_IN_FORCE)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "422",
      description = "The province code is not on the current map (UNPROCESSABLE, rule known)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @Idempotent
  @Extension(name = Idempotent.OPENAPI_EXTENSION, value = "true")
  public RestResponse<CycleResponse> open(
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(implementation = OpenCycleRequest.class),
                      examples = {
                        @ExampleObject(
                            name = "Đắk Lắk 2026 round 1",
                            value = "{\"year\":2026,\"round\":1,\"provinceCode\":\"66\"}"),
                        @ExampleObject(
                            name = "With its own idea-registration window",
                            value =
                                "{\"year\":2026,\"round\":2,\"schedule\":[{\"step\":"
                                    + "\"IDEA_REGISTRATION\",\"opensOn\":\"2026-04-01\","
                                    + "\"deadline\":\"2026-06-30\"}]}"),
                        @ExampleObject(
                            name = "A running round moved into the service",
                            value =
                                "{\"year\":2026,\"round\":1,\"startAtStep\":" + "\"EVALUATION\"}")
                      }))
          @Valid
          @NotNull
          OpenCycleRequest request,
      UriInfo uri) {
    String province = caller.writableProvince(request.provinceCode());
    Cycle cycle = cycles.open(province, request, caller.username());
    return RestResponse.ResponseBuilder.<CycleResponse>created(
            uri.getAbsolutePathBuilder().path(cycle.id().toString()).build())
        .entity(CycleResponse.from(cycle))
        .build();
  }

  @POST
  @Path("/{id}/step")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER})
  @Operation(
      operationId = "advanceCycleStep",
      summary = "Move a cycle round to its next step",
      description =
          "Moves a round of the officer's province to the step after its current one (PROMOTION →"
              + " IDEA_REGISTRATION → BUSINESS_PLANS → IMPLEMENTATION → EVALUATION →"
              + " TRADE_PROMOTION → CLOSED) and publishes CycleStepChanged on ocop.rating.cycle.v1"
              + " in the same transaction. The request carries the version the officer saw.")
  @APIResponse(
      responseCode = "200",
      description = "The round at its new step",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CycleResponse.class)))
  @APIResponse(
      responseCode = "400",
      description = "Malformed JSON or a missing step/version (VALIDATION_FAILED)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "The role may not move cycles (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such cycle, or one of another province (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "A skip, a move back or a move of a closed round (CYCLE_STEP_TRANSITION_NOT_ALLOWED),"
              + " or a stale version (CONCURRENT_UPDATE)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public CycleResponse advance(
      @PathParam("id") UUID id,
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(implementation = AdvanceCycleStepRequest.class),
                      examples =
                          @ExampleObject(
                              name = "Start receiving product ideas",
                              value = "{\"step\":\"IDEA_REGISTRATION\",\"version\":0}")))
          @Valid
          @NotNull
          AdvanceCycleStepRequest request) {
    return CycleResponse.from(cycles.advance(id, request, caller));
  }

  @PUT
  @Path("/{id}/schedule")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER})
  @Operation(
      operationId = "rescheduleCycle",
      summary = "Change the planned windows of a round's steps",
      description =
          "Sets new windows (opensOn, deadline = hạn chót) for some steps of a round of the"
              + " officer's province, e.g. extends the idea-registration deadline; the other steps"
              + " keep theirs. The whole schedule must stay in step order.")
  @APIResponse(
      responseCode = "200",
      description = "The round with its new schedule",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CycleResponse.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "A window breaks a rule (VALIDATION_FAILED): deadline before opensOn"
              + " (notBeforeOpensOn), a step twice (unique), CLOSED (aStep), out of step order"
              + " (inStepOrder)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "The role may not reschedule cycles (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such cycle, or one of another province (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "The round is closed (CYCLE_CLOSED) or the version is stale (CONCURRENT_UPDATE)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public CycleResponse reschedule(
      @PathParam("id") UUID id,
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(implementation = RescheduleCycleRequest.class),
                      examples =
                          @ExampleObject(
                              name = "Extend the idea-registration deadline",
                              value =
                                  "{\"version\":1,\"windows\":[{\"step\":\"IDEA_REGISTRATION\","
                                      + "\"opensOn\":\"2026-04-01\",\"deadline\":\"2026-07-15\"}]}")))
          @Valid
          @NotNull
          RescheduleCycleRequest request) {
    return CycleResponse.from(cycles.reschedule(id, request, caller));
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({
    Roles.ADMIN,
    Roles.NATIONAL_OFFICER,
    Roles.PROVINCE_OFFICER,
    Roles.COMMUNE_OFFICER,
    Roles.SUBJECT_MEMBER
  })
  @Operation(
      operationId = "getCycle",
      summary = "Get a cycle round",
      description =
          "A cycle round of the caller's province (any province for national roles). Commune"
              + " officers and subject members read their province's rounds to know the current"
              + " step and its deadline.")
  @APIResponse(responseCode = "200", description = "The cycle round")
  @APIResponse(
      responseCode = "403",
      description = "The role may not read cycles (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such cycle, or one of another province (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public CycleResponse get(@PathParam("id") UUID id) {
    return CycleResponse.from(cycles.get(id, caller));
  }

  @GET
  @RolesAllowed({
    Roles.ADMIN,
    Roles.NATIONAL_OFFICER,
    Roles.PROVINCE_OFFICER,
    Roles.COMMUNE_OFFICER,
    Roles.SUBJECT_MEMBER
  })
  @Operation(
      operationId = "listCycles",
      summary = "List cycle rounds",
      description =
          "Cycle rounds newest first: those of the caller's province, or of every province for"
              + " national roles, optionally filtered by province and year.")
  @APIResponse(responseCode = "200", description = "A page of cycle rounds")
  @APIResponse(
      responseCode = "400",
      description = "A filter breaks its rule (VALIDATION_FAILED)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "The role may not read cycles (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Page<CycleResponse> list(
      @QueryParam("provinceCode")
          @Pattern(regexp = "\\d{2}")
          @Parameter(description = "Only this province", example = "66")
          String provinceCode,
      @QueryParam("year") @Parameter(description = "Only this year", example = "2026") Integer year,
      @BeanParam PageQuery page) {
    return cycles.list(caller, provinceCode, year, page).map(CycleResponse::from);
  }
}
