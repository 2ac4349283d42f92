package vn.ocop.rating.support;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.ocop.platform.idempotency.Idempotent;
import vn.ocop.platform.problem.Problem;
import vn.ocop.platform.security.Caller;
import vn.ocop.platform.security.Roles;

/** Step 4 of the cycle: the support given for an approved plan and the subject's milestones. */
@Path("/api/rating/v1/business-plans/{planId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Plan implementation",
    description =
        "Step 4 of the cycle: carrying out an approved plan (triển khai phương án) with the"
            + " support received")
public class ImplementationResource {
  private final ImplementationService implementation;
  private final Caller caller;

  ImplementationResource(ImplementationService implementation, Caller caller) {
    this.implementation = implementation;
    this.caller = caller;
  }

  @POST
  @Path("/support")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER})
  @Operation(
      operationId = "recordPlanSupport",
      summary = "Record support received for a plan",
      description =
          "A province officer of the plan's province or a commune officer of its commune records support the subject received (TRAINING, BRANDING_PACKAGING, CREDIT, TRADE_LINKAGE, EQUIPMENT, OTHER) while the plan is APPROVED.")
  @APIResponse(
      responseCode = "201",
      description = "The support record",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SupportResponse.class)))
  @APIResponse(
      responseCode = "403",
      description = "Not an officer (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such plan, or one outside the officer's province or commune (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description = "The plan is not APPROVED (BUSINESS_PLAN_NOT_APPROVED)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @Idempotent
  @Extension(name = Idempotent.OPENAPI_EXTENSION, value = "true")
  public RestResponse<SupportResponse> recordSupport(
      @PathParam("planId") UUID planId,
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(implementation = RecordSupportRequest.class),
                      examples = {
                        @ExampleObject(
                            name = "Branding",
                            value =
                                "{\"kind\":\"BRANDING_PACKAGING\",\"provider\":\"Sở Công Thương tỉnh Đắk Lắk\","
                                    + "\"amountVnd\":30000000,\"receivedOn\":\"2026-09-15\","
                                    + "\"note\":\"Thiết kế bộ nhận diện và bao bì\"}")
                      }))
          @Valid
          @NotNull
          RecordSupportRequest request,
      UriInfo uri) {
    SupportRecord record = implementation.recordSupport(planId, request, caller);
    return RestResponse.ResponseBuilder.<SupportResponse>created(
            uri.getAbsolutePathBuilder().path(record.id().toString()).build())
        .entity(SupportResponse.from(record))
        .build();
  }

  @GET
  @Path("/support")
  @RolesAllowed({
    Roles.ADMIN,
    Roles.NATIONAL_OFFICER,
    Roles.PROVINCE_OFFICER,
    Roles.COMMUNE_OFFICER,
    Roles.SUBJECT_MEMBER
  })
  @Operation(
      operationId = "listPlanSupport",
      summary = "List the support received for a plan",
      description = "The support records of a plan the caller may see, by date received.")
  @APIResponse(responseCode = "200", description = "The support records")
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
  public List<SupportResponse> support(@PathParam("planId") UUID planId) {
    return implementation.support(planId, caller).stream().map(SupportResponse::from).toList();
  }

  @POST
  @Path("/milestones")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.SUBJECT_MEMBER)
  @Operation(
      operationId = "recordPlanMilestone",
      summary = "Record a progress milestone",
      description =
          "A subject member records a milestone reached in carrying out their subject's APPROVED plan.")
  @APIResponse(
      responseCode = "201",
      description = "The milestone",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = MilestoneResponse.class)))
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
      description = "The plan is not APPROVED (BUSINESS_PLAN_NOT_APPROVED)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @Idempotent
  @Extension(name = Idempotent.OPENAPI_EXTENSION, value = "true")
  public RestResponse<MilestoneResponse> recordMilestone(
      @PathParam("planId") UUID planId,
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(implementation = RecordMilestoneRequest.class),
                      examples = {
                        @ExampleObject(
                            name = "Roaster installed",
                            value =
                                "{\"title\":\"Lắp đặt xong máy rang\",\"reachedOn\":\"2026-10-01\"}")
                      }))
          @Valid
          @NotNull
          RecordMilestoneRequest request,
      UriInfo uri) {
    Milestone milestone = implementation.recordMilestone(planId, request, caller);
    return RestResponse.ResponseBuilder.<MilestoneResponse>created(
            uri.getAbsolutePathBuilder().path(milestone.id().toString()).build())
        .entity(MilestoneResponse.from(milestone))
        .build();
  }

  @GET
  @Path("/milestones")
  @RolesAllowed({
    Roles.ADMIN,
    Roles.NATIONAL_OFFICER,
    Roles.PROVINCE_OFFICER,
    Roles.COMMUNE_OFFICER,
    Roles.SUBJECT_MEMBER
  })
  @Operation(
      operationId = "listPlanMilestones",
      summary = "List a plan's milestones",
      description = "The milestones of a plan the caller may see, by date reached.")
  @APIResponse(responseCode = "200", description = "The milestones")
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
  public List<MilestoneResponse> milestones(@PathParam("planId") UUID planId) {
    return implementation.milestones(planId, caller).stream().map(MilestoneResponse::from).toList();
  }
}
