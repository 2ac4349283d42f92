package vn.ocop.rating.businessplan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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

/** Business plans of step 3 of the cycle and their outcome in step 4. */
@Path("/api/rating/v1/business-plans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Business plans",
    description =
        "Steps 3-4 of the cycle: business plans (phương án/dự án sản xuất kinh doanh), their"
            + " review and the product declared ready")
public class PlanResource {
  private final PlanService plans;
  private final Caller caller;

  PlanResource(PlanService plans, Caller caller) {
    this.plans = plans;
    this.caller = caller;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.SUBJECT_MEMBER)
  @Operation(
      operationId = "submitBusinessPlan",
      summary = "Submit a business plan",
      description =
          "A subject member submits the plan of one of their subject's ACCEPTED ideas while its round is at step BUSINESS_PLANS and not past the deadline; one plan per idea.")
  @APIResponse(
      responseCode = "201",
      description = "The plan, SUBMITTED",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PlanResponse.class)))
  @APIResponse(
      responseCode = "403",
      description = "Not a subject member (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such idea, or one of another subject (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "The idea is not ACCEPTED (IDEA_NOT_ACCEPTED), already has a plan (BUSINESS_PLAN_EXISTS), the round is not at BUSINESS_PLANS (CYCLE_NOT_AT_STEP) or past the deadline (STEP_DEADLINE_PASSED)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @Idempotent
  @Extension(name = Idempotent.OPENAPI_EXTENSION, value = "true")
  public RestResponse<PlanResponse> submit(
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(implementation = SubmitPlanRequest.class),
                      examples = {
                        @ExampleObject(
                            name = "Cà phê bột",
                            value =
                                "{\"ideaId\":\"6f1c2b1e-2d3a-4f5b-8c9d-0e1f2a3b4c5d\","
                                    + "\"summary\":\"Đầu tư dây chuyền rang xay và đóng gói cà phê bột\","
                                    + "\"investmentVnd\":850000000,\"capitalSources\":\"Vốn tự có 60%, vay 40%\","
                                    + "\"productionCapacity\":\"20 tấn mỗi năm\",\"targetMarket\":\"Siêu thị trong tỉnh\","
                                    + "\"timeline\":\"Quý 3/2026 lắp đặt, quý 4 sản xuất\","
                                    + "\"requestedSupport\":[\"TRAINING\",\"BRANDING_PACKAGING\"]"
                                    + "}")
                      }))
          @Valid
          @NotNull
          SubmitPlanRequest request,
      UriInfo uri) {
    BusinessPlan plan = plans.submit(request, caller);
    return RestResponse.ResponseBuilder.<PlanResponse>created(
            uri.getAbsolutePathBuilder().path(plan.id().toString()).build())
        .entity(PlanResponse.from(plan, plans.history(plan)))
        .build();
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
      operationId = "getBusinessPlan",
      summary = "Get a business plan with its history",
      description =
          "A plan the caller may see (same scope as ideas: own subject, commune, province, national), with every submission, opinion, review and revision.")
  @APIResponse(
      responseCode = "200",
      description = "The plan",
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
      description = "No such plan, or one outside the caller's scope (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public PlanResponse get(@PathParam("id") UUID id) {
    BusinessPlan plan = plans.visible(id, caller);
    return PlanResponse.from(plan, plans.history(plan));
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
      operationId = "listBusinessPlans",
      summary = "List business plans",
      description =
          "Plans the caller may see, newest first, optionally of one cycle round and status (without histories).")
  @APIResponse(responseCode = "200", description = "A page of plans")
  @APIResponse(
      responseCode = "400",
      description = "A filter breaks its rule (VALIDATION_FAILED)",
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
  public Page<PlanResponse> list(
      @QueryParam("cycleId") @Parameter(description = "Only this cycle round") UUID cycleId,
      @QueryParam("status") @Parameter(description = "Only this status") PlanStatus status,
      @BeanParam PageQuery page) {
    return plans.list(caller, cycleId, status, page).map(PlanResponse::summary);
  }

  @PUT
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.SUBJECT_MEMBER)
  @Operation(
      operationId = "reviseBusinessPlan",
      summary = "Revise and resubmit a returned plan",
      description =
          "The subject sends the whole plan again after the province returned it; the history records the fields that changed. Only while the round is at BUSINESS_PLANS.")
  @APIResponse(
      responseCode = "200",
      description = "The resubmitted plan",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PlanResponse.class)))
  @APIResponse(
      responseCode = "403",
      description = "Not a subject member (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such plan, or one of another subject (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "The plan is not RETURNED (BUSINESS_PLAN_NOT_RETURNED), the round left BUSINESS_PLANS (CYCLE_NOT_AT_STEP) or the version is stale (CONCURRENT_UPDATE)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public PlanResponse revise(
      @PathParam("id") UUID id,
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(implementation = RevisePlanRequest.class),
                      examples = {
                        @ExampleObject(
                            name = "Revised after a return",
                            value =
                                "{\"version\":1,"
                                    + "\"summary\":\"Đầu tư dây chuyền rang xay và đóng gói cà phê bột\","
                                    + "\"investmentVnd\":850000000,\"capitalSources\":\"Vốn tự có 60%, vay 40%\","
                                    + "\"productionCapacity\":\"20 tấn mỗi năm\",\"targetMarket\":\"Siêu thị trong tỉnh\","
                                    + "\"timeline\":\"Quý 3/2026 lắp đặt, quý 4 sản xuất\","
                                    + "\"requestedSupport\":[\"TRAINING\",\"BRANDING_PACKAGING\"]"
                                    + ",\"note\":\"Bổ sung nguồn vốn vay\"}")
                      }))
          @Valid
          @NotNull
          RevisePlanRequest request) {
    BusinessPlan plan = plans.revise(id, request, caller);
    return PlanResponse.from(plan, plans.history(plan));
  }

  @POST
  @Path("/{id}/review")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.PROVINCE_OFFICER)
  @Operation(
      operationId = "reviewBusinessPlan",
      summary = "Review a business plan",
      description =
          "A province officer of the plan's province approves it, returns it for revision (with the reason) or rejects it (with the reason). Publishes BusinessPlanReviewed on ocop.rating.registration.v1 (key ideaId).")
  @APIResponse(
      responseCode = "200",
      description = "The reviewed plan",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PlanResponse.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "A decision that is no outcome (decision reviewOutcome) or a return/rejection without reason (reason NotBlank)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "Not a province officer (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such plan, or one of another province (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "The plan is not SUBMITTED (BUSINESS_PLAN_NOT_SUBMITTED), the round is closed (CYCLE_CLOSED) or the version is stale (CONCURRENT_UPDATE)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public PlanResponse review(
      @PathParam("id") UUID id,
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(implementation = ReviewPlanRequest.class),
                      examples = {
                        @ExampleObject(
                            name = "Approve",
                            value = "{\"decision\":\"APPROVED\",\"version\":0}"),
                        @ExampleObject(
                            name = "Return",
                            value =
                                "{\"decision\":\"RETURNED\",\"reason\":\"Bổ sung nguồn vốn\",\"version\":0}")
                      }))
          @Valid
          @NotNull
          ReviewPlanRequest request) {
    BusinessPlan plan = plans.review(id, request, caller);
    return PlanResponse.from(plan, plans.history(plan));
  }

  @POST
  @Path("/{id}/opinions")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.COMMUNE_OFFICER)
  @Operation(
      operationId = "givePlanOpinion",
      summary = "Give the commune's opinion on a plan",
      description =
          "A commune officer of the plan's commune adds an opinion (ý kiến của UBND xã) to a SUBMITTED plan's history for the province office that reviews it.")
  @APIResponse(
      responseCode = "200",
      description = "The plan with the opinion in its history",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PlanResponse.class)))
  @APIResponse(
      responseCode = "400",
      description = "A blank opinion (VALIDATION_FAILED)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "Not a commune officer (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such plan, or one of another commune (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description = "The plan is not SUBMITTED (BUSINESS_PLAN_NOT_SUBMITTED)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public PlanResponse opinion(
      @PathParam("id") UUID id,
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(implementation = PlanOpinionRequest.class),
                      examples = {
                        @ExampleObject(
                            name = "Supports it",
                            value = "{\"opinion\":\"UBND xã thống nhất đề nghị phê duyệt\"}")
                      }))
          @Valid
          @NotNull
          PlanOpinionRequest request) {
    BusinessPlan plan = plans.opinion(id, request, caller);
    return PlanResponse.from(plan, plans.history(plan));
  }

  @POST
  @Path("/{id}/ready")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.SUBJECT_MEMBER)
  @Operation(
      operationId = "declarePlanReady",
      summary = "Declare the product ready for evaluation",
      description =
          "The subject declares the product of its APPROVED plan ready for evaluation (READY_FOR_EVALUATION), optionally naming the registry product a dossier will be opened for.")
  @APIResponse(
      responseCode = "200",
      description = "The plan, READY_FOR_EVALUATION",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PlanResponse.class)))
  @APIResponse(
      responseCode = "400",
      description = "Malformed JSON or a missing version (VALIDATION_FAILED)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "Not a subject member (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such plan, or one of another subject (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "The plan is not APPROVED (BUSINESS_PLAN_NOT_APPROVED) or the version is stale (CONCURRENT_UPDATE)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "422",
      description =
          "The product is unknown (productId known) or of another subject (productId sameSubject)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public PlanResponse ready(
      @PathParam("id") UUID id,
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(implementation = DeclareReadyRequest.class),
                      examples = {
                        @ExampleObject(
                            name = "Ready",
                            value = "{\"version\":3,\"note\":\"Đã hoàn thiện bao bì, nhãn mác\"}")
                      }))
          @Valid
          @NotNull
          DeclareReadyRequest request) {
    BusinessPlan plan = plans.declareReady(id, request, caller);
    return PlanResponse.from(plan, plans.history(plan));
  }

  @PUT
  @Path("/{id}/product")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.SUBJECT_MEMBER)
  @Operation(
      operationId = "linkPlanProduct",
      summary = "Link a plan to its registry product",
      description =
          "Once the registry has registered the product of an approved (or ready) plan, the subject links it; step 5 opens the dossier for that productId.")
  @APIResponse(
      responseCode = "200",
      description = "The plan with its product",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PlanResponse.class)))
  @APIResponse(
      responseCode = "400",
      description = "Malformed JSON or a missing field (VALIDATION_FAILED)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "Not a subject member (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such plan, or one of another subject (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "The plan is not approved (BUSINESS_PLAN_NOT_APPROVED) or the version is stale (CONCURRENT_UPDATE)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "422",
      description =
          "The product is unknown (productId known) or of another subject (productId sameSubject)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public PlanResponse linkProduct(
      @PathParam("id") UUID id,
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(implementation = LinkProductRequest.class),
                      examples = {
                        @ExampleObject(
                            name = "The registered product",
                            value =
                                "{\"version\":4,\"productId\":\"0b8f5a52-3c1d-4e2f-9a6b-7c8d9e0f1a2b\"}")
                      }))
          @Valid
          @NotNull
          LinkProductRequest request) {
    BusinessPlan plan = plans.linkProduct(id, request, caller);
    return PlanResponse.from(plan, plans.history(plan));
  }
}
