package vn.ocop.plan.progress;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.plan.actual.ActualValues.Window;
import vn.ocop.plan.actual.CountedItem;
import vn.ocop.plan.commune.Commune;
import vn.ocop.plan.commune.Communes;
import vn.ocop.plan.indicator.Indicator;
import vn.ocop.plan.indicator.Indicators;
import vn.ocop.plan.province.Province;
import vn.ocop.plan.province.Provinces;
import vn.ocop.plan.provinceplan.CommuneScope;
import vn.ocop.platform.paging.Page;
import vn.ocop.platform.paging.PageQuery;
import vn.ocop.platform.problem.Problem;
import vn.ocop.platform.problem.ProblemException;
import vn.ocop.platform.security.Caller;
import vn.ocop.platform.security.Roles;

/** Progress (tiến độ thực hiện): targets against actuals, drill-down and time series. */
@Path("/api/plan/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Progress",
    description =
        "Targets against actuals — tiến độ thực hiện mục tiêu, chỉ tiêu; tổng hợp toàn quốc")
public class ProgressResource {
  private final Progress progress;
  private final Provinces provinces;
  private final Communes communes;
  private final Indicators indicators;
  private final Caller caller;

  ProgressResource(
      Progress progress,
      Provinces provinces,
      Communes communes,
      Indicators indicators,
      Caller caller) {
    this.progress = progress;
    this.provinces = provinces;
    this.communes = communes;
    this.indicators = indicators;
    this.caller = caller;
  }

  @GET
  @Path("/progress")
  @RolesAllowed({Roles.ADMIN, Roles.NATIONAL_OFFICER})
  @Operation(
      operationId = "getNationalProgress",
      summary = "National roll-up of progress for a year",
      description =
          "Every province of the current map (34 rows, with or without targets) with its"
              + " province-wide targets (mục tiêu) against the actuals (kết quả thực hiện), status"
              + " MET / ON_TRACK / AT_RISK / NOT_MET / NO_TARGET / NO_DATA, and the country's totals:"
              + " COUNT targets summed over provinces, actuals counted once over the country. Plans"
              + " of provinces merged in 2025 roll up into their successor. For the national NTM"
              + " office (Văn phòng Điều phối NTM trung ương) and admins.")
  @APIResponse(
      responseCode = "200",
      description = "The roll-up",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = NationalProgress.class)))
  @APIResponse(
      responseCode = "400",
      description = "The year is not a year from 2000 to 2100 (VALIDATION_FAILED, field year)",
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
  public NationalProgress national(
      @Parameter(
              schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"),
              description = "The year viewed; the current year when absent",
              example = "2026")
          @QueryParam("year")
          String year) {
    return progress.national(ProgressQuery.year(year, progress));
  }

  @GET
  @Path("/provinces/{provinceCode}/progress")
  @RolesAllowed({Roles.ADMIN, Roles.NATIONAL_OFFICER, Roles.PROVINCE_OFFICER})
  @Operation(
      operationId = "getProvinceProgress",
      summary = "A province's progress for a year",
      description =
          "The province's targets in force (mục tiêu của tỉnh) against the actuals, each with its"
              + " window, pro-rata expectation, percentage and status, the actuals of indicators"
              + " without a target, and a summary per commune (xã) of the commune targets."
              + " Province officers see their own province; national officers and admins any.")
  @APIResponse(
      responseCode = "200",
      description = "The province's progress",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ProvinceProgress.class)))
  @APIResponse(
      responseCode = "400",
      description = "The year is not a year from 2000 to 2100 (VALIDATION_FAILED, field year)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "The role may not read a province's progress (FORBIDDEN)",
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
  public ProvinceProgress province(
      @Parameter(description = "Province code on the current map (mã tỉnh)", example = "66")
          @PathParam("provinceCode")
          String provinceCode,
      @Parameter(
              schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"),
              description = "The year viewed; the current year when absent",
              example = "2026")
          @QueryParam("year")
          String year) {
    int planYear = ProgressQuery.year(year, progress);
    return progress.province(provinces.visibleTo(caller, provinceCode), planYear);
  }

  @GET
  @Path("/provinces/{provinceCode}/communes/{communeCode}/progress")
  @RolesAllowed({
    Roles.ADMIN,
    Roles.NATIONAL_OFFICER,
    Roles.PROVINCE_OFFICER,
    Roles.COMMUNE_OFFICER
  })
  @Operation(
      operationId = "getCommuneProgress",
      summary = "A commune's progress for a year",
      description =
          "The commune's targets (mục tiêu của xã) against its actuals, and the actuals of"
              + " indicators without a target. Commune officers see their own commune only.")
  @APIResponse(
      responseCode = "200",
      description = "The commune's progress",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CommuneProgress.class)))
  @APIResponse(
      responseCode = "400",
      description = "The year is not a year from 2000 to 2100 (VALIDATION_FAILED, field year)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "The role may not read progress (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such province or commune of it, or not the caller's (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public CommuneProgress commune(
      @Parameter(description = "Province code on the current map (mã tỉnh)", example = "66")
          @PathParam("provinceCode")
          String provinceCode,
      @Parameter(description = "Commune code on the current map (mã xã)", example = "24121")
          @PathParam("communeCode")
          String communeCode,
      @Parameter(
              schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"),
              description = "The year viewed; the current year when absent",
              example = "2026")
          @QueryParam("year")
          String year) {
    int planYear = ProgressQuery.year(year, progress);
    Province province = provinces.visibleTo(caller, provinceCode);
    return progress.commune(province, visibleCommune(province, communeCode), planYear);
  }

  @GET
  @Path("/provinces/{provinceCode}/progress/items")
  @RolesAllowed({
    Roles.ADMIN,
    Roles.NATIONAL_OFFICER,
    Roles.PROVINCE_OFFICER,
    Roles.COMMUNE_OFFICER
  })
  @Operation(
      operationId = "listProgressItems",
      summary = "What an actual counted: the products or subjects behind a number",
      description =
          "The records one indicator's actual counted in the province (or one commune) over the"
              + " years from..year, newest first: the drill-down from a progress line to its"
              + " product or subject list (danh sách sản phẩm, chủ thể). Commune officers see"
              + " their own commune's records only.")
  @APIResponse(
      responseCode = "200",
      description = "A page of counted records",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CountedItemPage.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "VALIDATION_FAILED: indicatorCode NotBlank; year/from not years (type, Range); from"
              + " after year (NotAfterYear)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "The role may not read progress (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such province, or not the caller's; a commune not the caller's (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "422",
      description =
          "UNPROCESSABLE: indicatorCode not in the catalogue (exists); communeCode not a commune"
              + " of the province (InProvince)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Page<CountedItem> items(
      @Parameter(description = "Province code on the current map (mã tỉnh)", example = "66")
          @PathParam("provinceCode")
          String provinceCode,
      @Parameter(
              description = "The indicator whose actual is opened",
              required = true,
              example = "PRODUCTS_3STAR_PLUS")
          @QueryParam("indicatorCode")
          String indicatorCode,
      @Parameter(
              schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"),
              description = "The last year counted; the current year when absent",
              example = "2026")
          @QueryParam("year")
          String year,
      @Parameter(
              schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"),
              description = "The first year counted, for a cumulative line; the year when absent",
              example = "2026")
          @QueryParam("from")
          String from,
      @Parameter(description = "Only this commune's records", example = "24121")
          @QueryParam("communeCode")
          String communeCode,
      @BeanParam PageQuery page) {
    int planYear = ProgressQuery.year(year, progress);
    int fromYear = ProgressQuery.from(from, planYear);
    if (indicatorCode == null || indicatorCode.isBlank()) {
      throw ProblemException.invalidField(
          "indicatorCode", "NotBlank", "Name the indicator whose actual to open");
    }
    Province province = provinces.visibleTo(caller, provinceCode);
    CommuneScope scope = CommuneScope.of(caller);
    String commune = scope.confined() && communeCode == null ? scope.communeCode() : communeCode;
    if (commune != null) {
      if (!scope.sees(commune)) {
        throw ProblemException.notFound("Commune", commune);
      }
      if (communes.inProvince(province.code, commune).isEmpty()) {
        throw ProblemException.unprocessable(
            "communeCode",
            "InProvince",
            "There is no commune " + commune + " in province " + province.code);
      }
    } else if (scope.confined()) {
      throw ProblemException.notFound("Commune", "none");
    }
    Indicator indicator =
        indicators
            .find(indicatorCode)
            .orElseThrow(
                () ->
                    ProblemException.unprocessable(
                        "indicatorCode",
                        "exists",
                        "There is no indicator '" + indicatorCode + "' in the catalogue"));
    return progress.items(province, indicator, commune, new Window(fromYear, planYear), page);
  }

  @GET
  @Path("/progress/series")
  @RolesAllowed({Roles.ADMIN, Roles.NATIONAL_OFFICER})
  @Operation(
      operationId = "getNationalProgressSeries",
      summary = "The country's actuals and targets per year",
      description =
          "For each year from..to (at most 15): every indicator's actual of the year over the"
              + " country and the provinces' PER_YEAR COUNT targets of the year summed.")
  @APIResponse(
      responseCode = "200",
      description = "The series",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ProgressSeries.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "VALIDATION_FAILED: from/to not years (type, Range), to before from (NotBeforeFrom),"
              + " more than 15 years (MaxYears)",
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
  public ProgressSeries nationalSeries(
      @Parameter(
              schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"),
              description = "First year; four years before `to` when absent",
              example = "2022")
          @QueryParam("from")
          String from,
      @Parameter(
              schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"),
              description = "Last year; the current year when absent",
              example = "2026")
          @QueryParam("to")
          String to) {
    ProgressQuery.Range range = ProgressQuery.range(from, to, progress);
    return progress.series(null, range.from(), range.to());
  }

  @GET
  @Path("/provinces/{provinceCode}/progress/series")
  @RolesAllowed({Roles.ADMIN, Roles.NATIONAL_OFFICER, Roles.PROVINCE_OFFICER})
  @Operation(
      operationId = "getProvinceProgressSeries",
      summary = "A province's actuals and targets per year",
      description =
          "For each year from..to (at most 15): every indicator's actual of the year in the"
              + " province and its province-wide PER_YEAR target of the year.")
  @APIResponse(
      responseCode = "200",
      description = "The series",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ProgressSeries.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "VALIDATION_FAILED: from/to not years (type, Range), to before from (NotBeforeFrom),"
              + " more than 15 years (MaxYears)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "The role may not read a province's progress (FORBIDDEN)",
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
  public ProgressSeries provinceSeries(
      @Parameter(description = "Province code on the current map (mã tỉnh)", example = "66")
          @PathParam("provinceCode")
          String provinceCode,
      @Parameter(
              schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"),
              description = "First year; four years before `to` when absent",
              example = "2022")
          @QueryParam("from")
          String from,
      @Parameter(
              schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"),
              description = "Last year; the current year when absent",
              example = "2026")
          @QueryParam("to")
          String to) {
    ProgressQuery.Range range = ProgressQuery.range(from, to, progress);
    Province province = provinces.visibleTo(caller, provinceCode);
    return progress.series(province, range.from(), range.to());
  }

  private Commune visibleCommune(Province province, String communeCode) {
    if (!CommuneScope.of(caller).sees(communeCode)) {
      throw ProblemException.notFound("Commune", communeCode);
    }
    return communes
        .inProvince(province.code, communeCode)
        .orElseThrow(() -> ProblemException.notFound("Commune", communeCode));
  }

  /** The OpenAPI shape of a page of counted records. */
  @Schema(name = "CountedItemPage")
  record CountedItemPage(List<CountedItem> items, Page.Pager pager) {}
}
