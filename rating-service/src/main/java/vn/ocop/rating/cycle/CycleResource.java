package vn.ocop.rating.cycle;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
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
              + " rounds of their own province; an admin names the province. The walking skeleton"
              + " opens the round at the EVALUATION step, ready for dossiers (hồ sơ).")
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
              + " 2019-2100, round 1-12, provinceCode 2 digits and required for national accounts",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "401",
      description = "No valid bearer token (UNAUTHENTICATED)",
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
  public RestResponse<CycleResponse> open(
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(implementation = OpenCycleRequest.class),
                      examples =
                          @ExampleObject(
                              name = "Đắk Lắk 2026 round 1",
                              value = "{\"year\":2026,\"round\":1,\"provinceCode\":\"66\"}")))
          @Valid
          @NotNull
          OpenCycleRequest request,
      UriInfo uri) {
    String province = caller.writableProvince(request.provinceCode());
    Cycle cycle = cycles.open(province, request.year(), request.round(), caller.username());
    return RestResponse.ResponseBuilder.<CycleResponse>created(
            uri.getAbsolutePathBuilder().path(cycle.id().toString()).build())
        .entity(CycleResponse.from(cycle))
        .build();
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Roles.ADMIN, Roles.NATIONAL_OFFICER, Roles.PROVINCE_OFFICER})
  @Operation(
      operationId = "getCycle",
      summary = "Get a cycle round",
      description = "A cycle round of the caller's province (any province for national roles).")
  @APIResponse(responseCode = "200", description = "The cycle round")
  @APIResponse(
      responseCode = "401",
      description = "No valid bearer token (UNAUTHENTICATED)",
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
  @RolesAllowed({Roles.ADMIN, Roles.NATIONAL_OFFICER, Roles.PROVINCE_OFFICER})
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
      responseCode = "401",
      description = "No valid bearer token (UNAUTHENTICATED)",
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
