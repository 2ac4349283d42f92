package vn.ocop.plan.indicator;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.platform.idempotency.Idempotent;
import vn.ocop.platform.paging.Page;
import vn.ocop.platform.paging.PageQuery;
import vn.ocop.platform.problem.Problem;
import vn.ocop.platform.problem.ProblemException;
import vn.ocop.platform.security.Caller;
import vn.ocop.platform.security.Roles;

/** The indicator catalogue (danh mục chỉ tiêu): read by every role, extended by admins. */
@Path("/api/plan/v1/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Indicators", description = "The indicator catalogue — danh mục chỉ tiêu")
public class IndicatorResource {
  private final Indicators indicators;
  private final IndicatorCatalogue catalogue;
  private final Caller caller;

  IndicatorResource(Indicators indicators, IndicatorCatalogue catalogue, Caller caller) {
    this.indicators = indicators;
    this.catalogue = catalogue;
    this.caller = caller;
  }

  @GET
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
      operationId = "listIndicators",
      summary = "List the indicator catalogue",
      description =
          "The indicators (chỉ tiêu) provinces set targets for and report on, each with how its"
              + " actual (kết quả thực hiện) is computed: the measure, its filters, the events it"
              + " comes from and the rule in Vietnamese and English. EVENT indicators are computed"
              + " from other services' events; MANUAL ones are entered by the province (số liệu"
              + " nhập tay), or are ratios of entered figures.")
  @APIResponse(
      responseCode = "200",
      description = "A page of indicators, in display order",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = IndicatorPage.class)))
  @APIResponse(
      responseCode = "403",
      description = "The token carries no role of the suite (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Page<IndicatorResponse> list(@BeanParam PageQuery page) {
    Map<String, Indicator> all = indicators.byCode();
    return indicators.page(page).map(i -> IndicatorResponse.from(i, all::get));
  }

  @GET
  @Path("/{code}")
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
      operationId = "getIndicator",
      summary = "Read one indicator of the catalogue",
      description =
          "One indicator (chỉ tiêu) with how its actual is computed: measure, filters, source"
              + " event types and the rule in words.")
  @APIResponse(
      responseCode = "200",
      description = "The indicator",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = IndicatorResponse.class)))
  @APIResponse(
      responseCode = "403",
      description = "The token carries no role of the suite (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No indicator with this code (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public IndicatorResponse get(
      @Parameter(description = "The indicator's code", example = "PRODUCTS_3STAR_PLUS")
          @PathParam("code")
          String code) {
    Indicator indicator =
        indicators.find(code).orElseThrow(() -> ProblemException.notFound("Indicator", code));
    return IndicatorResponse.from(indicator, indicators.byCode()::get);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      operationId = "createIndicator",
      summary = "Add an indicator to the catalogue",
      description =
          "Adds an indicator (chỉ tiêu) computed by one of the measures the service knows,"
              + " narrowed by the filters that measure accepts, a RATIO of two indicators of the"
              + " catalogue (in percent), or an ENTERED indicator provinces type in. Admins only."
              + " Nothing is written unless the whole request is valid.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CreateIndicatorRequest.class),
              examples = {
                @ExampleObject(
                    name = "food-5-star",
                    summary = "Food products recognised at 5 stars",
                    value =
                        "{\"code\":\"PRODUCTS_5STAR_FOOD\",\"nameVi\":\"Số sản phẩm thực phẩm"
                            + " đạt OCOP 5 sao\",\"nameEn\":\"Food products rated 5 stars\","
                            + "\"measure\":\"CERTIFIED_PRODUCTS\",\"minStarClass\":5,"
                            + "\"maxStarClass\":5,\"productGroups\":[1]}"),
                @ExampleObject(
                    name = "share-upgraded",
                    summary = "Share of upgraded products among those recognised",
                    value =
                        "{\"code\":\"SHARE_UPGRADED\",\"nameVi\":\"Tỷ lệ sản phẩm được nâng"
                            + " hạng\",\"nameEn\":\"Share of upgraded products\","
                            + "\"measure\":\"RATIO\",\"numeratorCode\":"
                            + "\"PRODUCTS_UPGRADED_3STAR_PLUS\",\"denominatorCode\":"
                            + "\"PRODUCTS_3STAR_PLUS\"}")
              }))
  @APIResponse(
      responseCode = "201",
      description = "The indicator was added",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = IndicatorResponse.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "Malformed JSON or an unknown measure or filter value (MALFORMED_REQUEST); a bad code"
              + " format, a filter the measure does not take (rule AllowedForMeasure), a missing"
              + " ratio part or status list (RequiredForMeasure), a star range upside down, or a"
              + " unit the measure does not have (VALIDATION_FAILED)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "Not an admin (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description = "The code is taken (INDICATOR_EXISTS)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "422",
      description =
          "A ratio part is not in the catalogue (rule exists) or leads back to the new indicator"
              + " (rule acyclic) (UNPROCESSABLE)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @Idempotent
  @Extension(name = Idempotent.OPENAPI_EXTENSION, value = "true")
  public Response create(@Valid @NotNull CreateIndicatorRequest request, @Context UriInfo uri) {
    Indicator indicator = catalogue.create(request, caller.username());
    return Response.created(uri.getAbsolutePathBuilder().path(indicator.code).build())
        .entity(IndicatorResponse.from(indicator, indicators.byCode()::get))
        .build();
  }

  /** The OpenAPI shape of a page of indicators (generic records have no schema of their own). */
  @Schema(name = "IndicatorPage")
  record IndicatorPage(List<IndicatorResponse> items, Page.Pager pager) {}
}
