package vn.ocop.plan.provinceplan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
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
import vn.ocop.plan.province.Province;
import vn.ocop.plan.province.Provinces;
import vn.ocop.platform.idempotency.Idempotent;
import vn.ocop.platform.paging.Page;
import vn.ocop.platform.paging.PageQuery;
import vn.ocop.platform.problem.Problem;
import vn.ocop.platform.problem.ProblemException;
import vn.ocop.platform.security.Caller;
import vn.ocop.platform.security.Roles;

/** Province plans (kế hoạch OCOP) and their targets (chỉ tiêu), versioned by amendment. */
@Path("/api/plan/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Plans",
    description =
        "Province plans and their targets, drafted, approved and amended — kế hoạch, chỉ tiêu,"
            + " phê duyệt, điều chỉnh")
public class PlanResource {
  private static final String EXAMPLE =
      "{\"title\":\"Kế hoạch OCOP tỉnh Đắk Lắk giai đoạn 2026–2030\",\"periodStart\":2026,"
          + "\"periodEnd\":2030,\"targets\":["
          + "{\"indicatorCode\":\"PRODUCTS_3STAR_PLUS\",\"kind\":\"AT_LEAST\",\"value\":250},"
          + "{\"indicatorCode\":\"PRODUCTS_3STAR_PLUS\",\"year\":2026,\"kind\":\"AT_LEAST\","
          + "\"value\":50},"
          + "{\"indicatorCode\":\"PRODUCTS_5STAR\",\"year\":2026,\"kind\":\"AT_LEAST\",\"value\":1}"
          + "]}";
  private static final String PRE_MERGER_EXAMPLE =
      "{\"title\":\"Kế hoạch OCOP tỉnh Phú Yên giai đoạn 2021–2025\",\"periodStart\":2021,"
          + "\"periodEnd\":2025,\"mapVersion\":\"2025-03\",\"planProvinceCode\":\"54\","
          + "\"targets\":[{\"indicatorCode\":\"PRODUCTS_3STAR_PLUS\",\"kind\":\"AT_LEAST\","
          + "\"value\":120}]}";

  private final Plans plans;
  private final Provinces provinces;
  private final Caller caller;

  PlanResource(Plans plans, Provinces provinces, Caller caller) {
    this.plans = plans;
    this.provinces = provinces;
    this.caller = caller;
  }

  @POST
  @Path("/provinces/{provinceCode}/plans")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.PROVINCE_OFFICER, Roles.ADMIN})
  @Operation(
      operationId = "createPlan",
      summary = "Draft a new plan of a province",
      description =
          "Creates version 1 of a plan (kế hoạch) of the province, as a draft, with its targets"
              + " (chỉ tiêu): per indicator, optionally per commune (xã), per year of the period or"
              + " for the whole period, at least or at most a value. A plan made before July 2025"
              + " on the pre-merger map names its old province (mapVersion 2025-03,"
              + " planProvinceCode) and rolls up into the province of the path. Province officers"
              + " create plans of their own province; admins of any. Nothing is in force before"
              + " approval.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CreatePlanRequest.class),
              examples = {
                @ExampleObject(name = "period-plan", value = EXAMPLE),
                @ExampleObject(name = "pre-merger-plan", value = PRE_MERGER_EXAMPLE)
              }))
  @APIResponse(
      responseCode = "201",
      description = "The draft, with Location and ETag",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PlanResponse.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "MALFORMED_REQUEST, or VALIDATION_FAILED naming each field and rule: periodEnd"
              + " NotBeforePeriodStart / MaxPeriodYears (10), targets[i].year WithinPeriod,"
              + " targets[i].value DecimalMin / Integer (COUNT) / Max (PERCENT over 100),"
              + " targets[i] UniqueCell, targets[i].accumulation CumulativeWithoutYear",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "The role may not write plans (FORBIDDEN)",
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
      description = "A target of a year whose report was approved (PERIOD_LOCKED)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "422",
      description =
          "UNPROCESSABLE: targets[i].indicatorCode not in the catalogue (exists),"
              + " targets[i].communeCode unknown (exists) or of another province (InProvince),"
              + " planProvinceCode unknown on its map (exists), not succeeded by the path's"
              + " province (SucceededBy) or another province on the current map (SameProvince)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @Idempotent
  @Extension(name = Idempotent.OPENAPI_EXTENSION, value = "true")
  public Response create(
      @Parameter(description = "Province code on the current map (mã tỉnh)", example = "66")
          @PathParam("provinceCode")
          String provinceCode,
      @Valid @NotNull CreatePlanRequest request) {
    Province province = provinces.writableBy(caller, provinceCode);
    Plan plan = plans.create(province, request, caller.username());
    return Response.created(URI.create("/api/plan/v1/plans/" + plan.id))
        .tag(etag(plan))
        .entity(PlanResponse.from(plan, plans.targetsOf(plan.id)))
        .build();
  }

  @GET
  @Path("/provinces/{provinceCode}/plans")
  @RolesAllowed({
    Roles.ADMIN,
    Roles.NATIONAL_OFFICER,
    Roles.PROVINCE_OFFICER,
    Roles.COMMUNE_OFFICER
  })
  @Operation(
      operationId = "listPlans",
      summary = "List a province's plans",
      description =
          "Every version of every plan (kế hoạch) of the province, those made on the pre-merger"
              + " map for the provinces it succeeded included, newest period first; optionally of"
              + " one status.")
  @APIResponse(
      responseCode = "200",
      description = "A page of plan versions",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PlanPage.class)))
  @APIResponse(
      responseCode = "400",
      description = "status is not DRAFT, APPROVED or SUPERSEDED (VALIDATION_FAILED, field status)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "The role may not read plans (FORBIDDEN)",
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
  public Page<PlanSummary> list(
      @Parameter(description = "Province code on the current map (mã tỉnh)", example = "66")
          @PathParam("provinceCode")
          String provinceCode,
      @Parameter(
              description = "Only versions of this status",
              schema = @Schema(enumeration = {"DRAFT", "APPROVED", "SUPERSEDED"}))
          @QueryParam("status")
          String status,
      @BeanParam PageQuery page) {
    PlanStatus wanted = status(status);
    Province province = provinces.visibleTo(caller, provinceCode);
    return plans.list(province.code, wanted, page).map(PlanSummary::from);
  }

  @GET
  @Path("/plans/{planId}")
  @RolesAllowed({
    Roles.ADMIN,
    Roles.NATIONAL_OFFICER,
    Roles.PROVINCE_OFFICER,
    Roles.COMMUNE_OFFICER
  })
  @Operation(
      operationId = "getPlan",
      summary = "A plan version with its targets",
      description =
          "One version of a plan (kế hoạch) and its targets (chỉ tiêu), with an ETag of its row"
              + " version. Commune officers see only the targets of their commune.")
  @APIResponse(
      responseCode = "200",
      description = "The plan version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PlanResponse.class)))
  @APIResponse(
      responseCode = "403",
      description = "The role may not read plans (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such plan, or not in the caller's province (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response get(@PathParam("planId") String planId) {
    Plan plan = visible(planId);
    return Response.ok(response(plan)).tag(etag(plan)).build();
  }

  @PUT
  @Path("/plans/{planId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.PROVINCE_OFFICER, Roles.ADMIN})
  @Operation(
      operationId = "updatePlan",
      summary = "Change a draft plan",
      description =
          "Replaces the title, period and every target of a draft version. The rowVersion read"
              + " (body rowVersion or If-Match) must be current. Approved and superseded versions"
              + " never change: amend the approved one instead.")
  @APIResponse(
      responseCode = "200",
      description = "The changed draft, with its new ETag",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PlanResponse.class)))
  @APIResponse(
      responseCode = "400",
      description = "As for createPlan (VALIDATION_FAILED, MALFORMED_REQUEST)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "The role may not write plans (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such plan, or not in the caller's province (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "PLAN_NOT_DRAFT (approved or superseded), PLAN_VERSION_CONFLICT (stale rowVersion),"
              + " PERIOD_LOCKED (a target of a locked year added, changed or removed)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "422",
      description = "As for createPlan (UNPROCESSABLE)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "428",
      description = "Neither rowVersion nor If-Match was sent (PLAN_VERSION_REQUIRED)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response update(
      @PathParam("planId") String planId,
      @Parameter(description = "The ETag of the version read, instead of the body's rowVersion")
          @HeaderParam(HttpHeaders.IF_MATCH)
          String ifMatch,
      @Valid @NotNull UpdatePlanRequest request) {
    UUID id = writable(planId).id;
    Plan plan = plans.update(id, request, expectedVersion(request.rowVersion(), ifMatch));
    return Response.ok(response(plan)).tag(etag(plan)).build();
  }

  @DELETE
  @Path("/plans/{planId}")
  @RolesAllowed({Roles.PROVINCE_OFFICER, Roles.ADMIN})
  @Operation(
      operationId = "deletePlan",
      summary = "Delete a draft plan",
      description =
          "Deletes a draft version and its targets: a new plan never approved, or an amendment"
              + " given up (the approved version stays in force).")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(
      responseCode = "403",
      description = "The role may not write plans (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such plan, or not in the caller's province (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description = "The version is approved or superseded (PLAN_NOT_DRAFT)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response delete(@PathParam("planId") String planId) {
    plans.delete(writable(planId).id);
    return Response.noContent().build();
  }

  @POST
  @Path("/plans/{planId}/approve")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.PROVINCE_OFFICER, Roles.ADMIN})
  @Operation(
      operationId = "approvePlan",
      summary = "Approve a draft plan with the province's decision",
      description =
          "Records the decision (quyết định phê duyệt) of the provincial People's Committee: the"
              + " draft comes into force, the plan's approved version (if any) becomes SUPERSEDED,"
              + " and plan.approved (version 1) or plan.amended is published on"
              + " ocop.plan.target.v1, all in one transaction.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ApprovePlanRequest.class),
              examples =
                  @ExampleObject(
                      name = "decision",
                      value =
                          "{\"decisionNumber\":\"1576/QĐ-UBND\",\"decisionDate\":\"2026-01-15\"}")))
  @APIResponse(
      responseCode = "200",
      description = "The approved version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PlanResponse.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "decisionNumber NotBlank, decisionDate NotNull / PastOrPresent (VALIDATION_FAILED)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "The role may not approve plans (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such plan, or not in the caller's province (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "PLAN_NOT_DRAFT (already approved or superseded), PERIOD_LOCKED (a year locked since"
              + " the draft was written would change)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public PlanResponse approve(
      @PathParam("planId") String planId, @Valid @NotNull ApprovePlanRequest request) {
    UUID id = writable(planId).id;
    return response(plans.approve(id, request, caller.username()));
  }

  @POST
  @Path("/plans/{planId}/amendments")
  @RolesAllowed({Roles.PROVINCE_OFFICER, Roles.ADMIN})
  @Operation(
      operationId = "amendPlan",
      summary = "Start an amendment of an approved plan",
      description =
          "Creates the next version of the plan as a draft (điều chỉnh kế hoạch) holding a copy of"
              + " the approved version's targets; change it with updatePlan and approve it to"
              + " supersede the version in force.")
  @APIResponse(
      responseCode = "201",
      description = "The new draft version, with Location",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PlanResponse.class)))
  @APIResponse(
      responseCode = "403",
      description = "The role may not write plans (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such plan, or not in the caller's province (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "PLAN_NOT_APPROVED (a draft or superseded version), PLAN_DRAFT_EXISTS (the plan already"
              + " has a draft)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @Idempotent
  @Extension(name = Idempotent.OPENAPI_EXTENSION, value = "true")
  public Response amend(@PathParam("planId") String planId) {
    UUID id = writable(planId).id;
    Plan draft = plans.amend(id, caller.username());
    return Response.created(URI.create("/api/plan/v1/plans/" + draft.id))
        .tag(etag(draft))
        .entity(response(draft))
        .build();
  }

  @GET
  @Path("/plans/{planId}/versions")
  @RolesAllowed({
    Roles.ADMIN,
    Roles.NATIONAL_OFFICER,
    Roles.PROVINCE_OFFICER,
    Roles.COMMUNE_OFFICER
  })
  @Operation(
      operationId = "listPlanVersions",
      summary = "Every version of a plan and what changed",
      description =
          "The versions of the plan the given version belongs to, oldest first, each with the"
              + " targets added, removed or changed since the version before (version 1: all"
              + " added). Commune officers see the changes of their commune's targets only.")
  @APIResponse(
      responseCode = "200",
      description = "The versions",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PlanVersions.class)))
  @APIResponse(
      responseCode = "403",
      description = "The role may not read plans (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such plan, or not in the caller's province (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public PlanVersions versions(@PathParam("planId") String planId) {
    Plan plan = visible(planId);
    List<Plan> versions = plans.versions(plan.lineageId);
    Map<UUID, List<PlanTarget>> targets =
        plans.targetsOf(versions.stream().map(version -> version.id).toList());
    return VersionHistory.of(plan.lineageId, versions, targets, CommuneScope.of(caller));
  }

  private PlanResponse response(Plan plan) {
    CommuneScope scope = CommuneScope.of(caller);
    return PlanResponse.from(
        plan,
        plans.targetsOf(plan.id).stream()
            .filter(target -> scope.sees(target.communeCode))
            .toList());
  }

  private Plan visible(String planId) {
    Plan plan = plans.require(parse(planId));
    caller.requireProvince(plan.currentProvinceCode, "Plan", planId);
    return plan;
  }

  private Plan writable(String planId) {
    Plan plan = plans.require(parse(planId));
    if (!caller.hasRole(Roles.ADMIN) && !plan.currentProvinceCode.equals(caller.provinceCode())) {
      throw ProblemException.notFound("Plan", planId);
    }
    return plan;
  }

  private static UUID parse(String planId) {
    try {
      return UUID.fromString(planId);
    } catch (IllegalArgumentException e) {
      throw ProblemException.notFound("Plan", planId);
    }
  }

  private static PlanStatus status(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return PlanStatus.valueOf(raw.trim());
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalidField(
          "status", "OneOf", "Expected DRAFT, APPROVED or SUPERSEDED");
    }
  }

  private static long expectedVersion(Long bodyVersion, String ifMatch) {
    if (bodyVersion != null) {
      return bodyVersion;
    }
    if (ifMatch != null && !ifMatch.isBlank()) {
      String tag = ifMatch.trim();
      if (tag.startsWith("W/")) {
        tag = tag.substring(2);
      }
      tag = tag.replace("\"", "");
      try {
        return Long.parseLong(tag);
      } catch (NumberFormatException e) {
        throw ProblemException.invalidField(
            "If-Match", "ETag", "Expected the ETag of the plan as read, e.g. \"3\"");
      }
    }
    throw new ProblemException(
        428,
        "PLAN_VERSION_REQUIRED",
        "Precondition required",
        "Send the rowVersion of the plan as read, in the body or as If-Match");
  }

  private static EntityTag etag(Plan plan) {
    return new EntityTag(Long.toString(plan.rowVersion));
  }

  /** The OpenAPI shape of a page of plans (generic records have no schema of their own). */
  @Schema(name = "PlanPage")
  record PlanPage(List<PlanSummary> items, Page.Pager pager) {}
}
