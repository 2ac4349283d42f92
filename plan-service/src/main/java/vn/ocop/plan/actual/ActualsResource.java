package vn.ocop.plan.actual;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.plan.period.PlanYear;
import vn.ocop.plan.province.Province;
import vn.ocop.plan.province.Provinces;
import vn.ocop.platform.problem.Problem;
import vn.ocop.platform.security.Caller;
import vn.ocop.platform.security.Roles;

/** Actuals (kết quả thực hiện) of provinces and the national roll-up, computed from events. */
@Path("/api/plan/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Actuals",
    description = "Actuals computed from events — kết quả thực hiện, tính từ sự kiện")
public class ActualsResource {
  private final Actuals actuals;
  private final Provinces provinces;
  private final Caller caller;

  ActualsResource(Actuals actuals, Provinces provinces, Caller caller) {
    this.actuals = actuals;
    this.provinces = provinces;
    this.caller = caller;
  }

  @GET
  @Path("/provinces/{provinceCode}/actuals")
  // Commune officers see their commune's figures (getCommuneProgress), not the province's.
  @RolesAllowed({Roles.ADMIN, Roles.NATIONAL_OFFICER, Roles.PROVINCE_OFFICER})
  @Operation(
      operationId = "getProvinceActuals",
      summary = "Actuals of a province for a year",
      description =
          "Every event-computed indicator of the catalogue for the province (tỉnh) and year, with"
              + " value 0 when nothing was counted, and the year's target and percent of target where"
              + " an approved plan sets one (province-wide PER_YEAR targets of the year; those of"
              + " plans in force for the province add up). Province officers see their own province"
              + " only; commune officers read their commune's progress instead (403 here);"
              + " national officers and admins see every province.")
  @APIResponse(
      responseCode = "200",
      description = "The province's actuals",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ProvinceActuals.class)))
  @APIResponse(
      responseCode = "400",
      description = "The year is not a year from 2000 to 2100 (code VALIDATION_FAILED, field year)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "The role may not read actuals (FORBIDDEN)",
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
  public ProvinceActuals ofProvince(
      @Parameter(description = "Province code on the current map (mã tỉnh)", example = "66")
          @PathParam("provinceCode")
          String provinceCode,
      @Parameter(
              description = "The plan year, 2000–2100; the current year when absent",
              example = "2026",
              schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"))
          @QueryParam("year")
          String year) {
    int planYear = PlanYear.orCurrent(year);
    Province province = provinces.visibleTo(caller, provinceCode);
    return actuals.ofProvince(province, planYear);
  }

  @GET
  @Path("/actuals")
  @RolesAllowed({Roles.ADMIN, Roles.NATIONAL_OFFICER})
  @Operation(
      operationId = "getNationalActuals",
      summary = "National roll-up of actuals for a year",
      description =
          "Totals over the country and the actuals of every province (tổng hợp toàn quốc), with"
              + " each province's targets of the year from its approved plans. For national officers (Văn phòng Điều phối NTM trung"
              + " ương) and admins only.")
  @APIResponse(
      responseCode = "200",
      description = "The national roll-up",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = NationalActuals.class)))
  @APIResponse(
      responseCode = "400",
      description = "The year is not a year from 2000 to 2100 (code VALIDATION_FAILED, field year)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "Not a national role (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public NationalActuals national(
      @Parameter(
              description = "The plan year, 2000–2100; the current year when absent",
              example = "2026",
              schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"))
          @QueryParam("year")
          String year) {
    return actuals.national(PlanYear.orCurrent(year));
  }
}
