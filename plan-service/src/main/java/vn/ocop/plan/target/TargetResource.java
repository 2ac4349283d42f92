package vn.ocop.plan.target;

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
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.plan.period.PlanYear;
import vn.ocop.plan.province.Province;
import vn.ocop.plan.province.Provinces;
import vn.ocop.platform.paging.Page;
import vn.ocop.platform.paging.PageQuery;
import vn.ocop.platform.problem.Problem;
import vn.ocop.platform.security.Caller;
import vn.ocop.platform.security.Roles;

/** Province targets (mục tiêu kế hoạch) per indicator and year. */
@Path("/api/plan/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Targets", description = "Province targets — mục tiêu kế hoạch của tỉnh")
public class TargetResource {
  private final Targets targets;
  private final Provinces provinces;
  private final Caller caller;

  TargetResource(Targets targets, Provinces provinces, Caller caller) {
    this.targets = targets;
    this.provinces = provinces;
    this.caller = caller;
  }

  @POST
  @Path("/provinces/{provinceCode}/targets")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.PROVINCE_OFFICER, Roles.ADMIN})
  @Operation(
      operationId = "setProvinceTarget",
      summary = "Set a province's target for an indicator and year",
      description =
          "Sets the target (mục tiêu) of the province for one indicator of the catalogue and one"
              + " year, replacing an earlier value: 201 when it is new, 200 when it replaced one."
              + " Sending the same request again leaves one target. Province officers set targets"
              + " of their own province; admins of any.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SetTargetRequest.class),
              examples =
                  @ExampleObject(
                      name = "at-least-50-3star-plus",
                      summary = "At least 50 products rated 3★+ in 2026",
                      value =
                          "{\"indicatorCode\":\"PRODUCTS_3STAR_PLUS\",\"year\":2026,"
                              + "\"value\":50,\"kind\":\"AT_LEAST\"}")))
  @APIResponse(
      responseCode = "201",
      description = "The target was set for the first time",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = TargetResponse.class)))
  @APIResponse(
      responseCode = "200",
      description = "The target replaced an earlier value",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = TargetResponse.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "Malformed JSON (MALFORMED_REQUEST) or a field breaks a rule (VALIDATION_FAILED), e.g."
              + " year out of 2000–2100, negative value, fractional value of a COUNT indicator",
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
      description = "The role may not set targets (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such province, or not the caller's (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "422",
      description = "The indicator is not in the catalogue (UNPROCESSABLE, field indicatorCode)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response set(
      @Parameter(description = "Province code on the current map (mã tỉnh)", example = "66")
          @PathParam("provinceCode")
          String provinceCode,
      @Valid @NotNull SetTargetRequest request) {
    Province province = provinces.writableBy(caller, provinceCode);
    Targets.Outcome outcome = targets.set(province, request, caller.username());
    return Response.status(outcome.created() ? Response.Status.CREATED : Response.Status.OK)
        .entity(TargetResponse.from(outcome.target()))
        .build();
  }

  @GET
  @Path("/provinces/{provinceCode}/targets")
  @RolesAllowed({
    Roles.ADMIN,
    Roles.NATIONAL_OFFICER,
    Roles.PROVINCE_OFFICER,
    Roles.COMMUNE_OFFICER
  })
  @Operation(
      operationId = "listProvinceTargets",
      summary = "List a province's targets",
      description =
          "The targets (mục tiêu) of the province, optionally of one year, by year and indicator.")
  @APIResponse(
      responseCode = "200",
      description = "A page of targets",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = TargetPage.class)))
  @APIResponse(
      responseCode = "400",
      description = "The year is not a year from 2000 to 2100 (code VALIDATION_FAILED, field year)",
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
      description = "The role may not read targets (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such province, or not the caller's (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Page<TargetResponse> list(
      @Parameter(description = "Province code on the current map (mã tỉnh)", example = "66")
          @PathParam("provinceCode")
          String provinceCode,
      @Parameter(
              description = "Only targets of this year, 2000–2100",
              example = "2026",
              schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"))
          @QueryParam("year")
          String year,
      @BeanParam PageQuery page) {
    Integer planYear = PlanYear.optional(year);
    Province province = provinces.visibleTo(caller, provinceCode);
    return targets.list(province, planYear, page).map(TargetResponse::from);
  }

  /** The OpenAPI shape of a page of targets (generic records have no schema of their own). */
  @Schema(name = "TargetPage")
  record TargetPage(List<TargetResponse> items, Page.Pager pager) {}
}
