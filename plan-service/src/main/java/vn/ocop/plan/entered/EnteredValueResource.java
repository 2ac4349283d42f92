package vn.ocop.plan.entered;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
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

/** Values provinces type in for indicators no service's events can tell (số liệu nhập tay). */
@Path("/api/plan/v1/provinces/{provinceCode}/entered-values")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Entered values", description = "Figures entered by hand — số liệu nhập tay")
public class EnteredValueResource {
  private final EnteredValues values;
  private final Provinces provinces;
  private final Caller caller;

  EnteredValueResource(EnteredValues values, Provinces provinces, Caller caller) {
    this.values = values;
    this.provinces = provinces;
    this.caller = caller;
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.PROVINCE_OFFICER, Roles.ADMIN})
  @Operation(
      operationId = "enterValue",
      summary = "Enter a value of an ENTERED indicator",
      description =
          "Sets the value (số liệu nhập tay) of an ENTERED indicator for a year, for the whole"
              + " province (tỉnh) or one of its communes (xã), replacing an earlier value: 201 when"
              + " it is new, 200 when it replaced one. Every change is kept with who made it and"
              + " when. Province officers enter values of their own province, admins of any. A"
              + " year whose annual report (báo cáo) was approved is locked.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = EnterValueRequest.class),
              examples =
                  @ExampleObject(
                      name = "craft-villages",
                      summary = "12 craft villages in 2026",
                      value =
                          "{\"indicatorCode\":\"CRAFT_VILLAGES\",\"year\":2026,\"value\":12,"
                              + "\"note\":\"Báo cáo của Sở Công Thương\"}")))
  @APIResponse(
      responseCode = "201",
      description = "The value was entered for the first time",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = EnteredValueResponse.class)))
  @APIResponse(
      responseCode = "200",
      description = "The value replaced an earlier one",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = EnteredValueResponse.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "Malformed JSON (MALFORMED_REQUEST) or a field breaks a rule (VALIDATION_FAILED):"
              + " negative value, fractional value of a COUNT indicator, over 100 for PERCENT,"
              + " year out of 2000–2100",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "The role may not enter values (FORBIDDEN)",
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
      responseCode = "409",
      description = "The year is locked: its annual report was approved (PERIOD_LOCKED)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "422",
      description =
          "The indicator is not in the catalogue (rule exists) or is computed, not entered (rule"
              + " Entered), or the commune is not one of the province's (rule inProvince)"
              + " (UNPROCESSABLE)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response enter(
      @Parameter(description = "Province code on the current map (mã tỉnh)", example = "42")
          @PathParam("provinceCode")
          String provinceCode,
      @Valid @NotNull EnterValueRequest request) {
    Province province = provinces.writableBy(caller, provinceCode);
    EnteredValues.Outcome outcome = values.enter(province, request, caller.username());
    return Response.status(outcome.created() ? Response.Status.CREATED : Response.Status.OK)
        .entity(EnteredValueResponse.from(outcome.value()))
        .build();
  }

  @GET
  @RolesAllowed({
    Roles.ADMIN,
    Roles.NATIONAL_OFFICER,
    Roles.PROVINCE_OFFICER,
    Roles.COMMUNE_OFFICER
  })
  @Operation(
      operationId = "listEnteredValues",
      summary = "List a province's entered values",
      description =
          "The values the province entered (số liệu nhập tay), optionally of one year, by year,"
              + " indicator and commune. Commune officers see their own commune's values only.")
  @APIResponse(
      responseCode = "200",
      description = "A page of entered values",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = EnteredValuePage.class)))
  @APIResponse(
      responseCode = "400",
      description = "The year is not a year from 2000 to 2100 (code VALIDATION_FAILED, field year)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "The role may not read plan data (FORBIDDEN)",
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
  public Page<EnteredValueResponse> list(
      @Parameter(description = "Province code on the current map (mã tỉnh)", example = "42")
          @PathParam("provinceCode")
          String provinceCode,
      @Parameter(
              description = "Only this year, 2000–2100",
              example = "2026",
              schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"))
          @QueryParam("year")
          String year,
      @BeanParam PageQuery page) {
    Integer planYear = PlanYear.optional(year);
    Province province = provinces.visibleTo(caller, provinceCode);
    String communeOnly = null;
    if (!caller.isNational() && !caller.hasRole(Roles.PROVINCE_OFFICER)) {
      // A commune officer's figures are their commune's, not the province's.
      communeOnly = caller.communeCode() == null ? "" : caller.communeCode();
    }
    return values.list(province, planYear, communeOnly, page).map(EnteredValueResponse::from);
  }

  /** The OpenAPI shape of a page of entered values. */
  @Schema(name = "EnteredValuePage")
  record EnteredValuePage(List<EnteredValueResponse> items, Page.Pager pager) {}
}
