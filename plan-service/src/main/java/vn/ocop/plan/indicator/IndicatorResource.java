package vn.ocop.plan.indicator;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.platform.paging.Page;
import vn.ocop.platform.paging.PageQuery;
import vn.ocop.platform.problem.Problem;
import vn.ocop.platform.security.Roles;

/** The indicator catalogue (danh mục chỉ tiêu), read-only. */
@Path("/api/plan/v1/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Indicators", description = "The indicator catalogue — danh mục chỉ tiêu")
public class IndicatorResource {
  private final Indicators indicators;

  IndicatorResource(Indicators indicators) {
    this.indicators = indicators;
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
          "The indicators (chỉ tiêu) provinces set targets for and report on, with the rule by"
              + " which each actual is computed. EVENT indicators are computed from other services'"
              + " events; MANUAL ones come from progress reports (báo cáo tiến độ).")
  @APIResponse(
      responseCode = "200",
      description = "A page of indicators, in display order",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = IndicatorPage.class)))
  @APIResponse(
      responseCode = "401",
      description = "No valid bearer token (UNAUTHENTICATED)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "The token carries no role of the suite (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Page<IndicatorResponse> list(@BeanParam PageQuery page) {
    return indicators.page(page).map(IndicatorResponse::from);
  }

  /** The OpenAPI shape of a page of indicators (generic records have no schema of their own). */
  @Schema(name = "IndicatorPage")
  record IndicatorPage(List<IndicatorResponse> items, Page.Pager pager) {}
}
