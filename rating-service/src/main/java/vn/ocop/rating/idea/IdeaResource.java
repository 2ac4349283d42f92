package vn.ocop.rating.idea;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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

/** Product ideas of step 2 of the cycle (phiếu đăng ký ý tưởng sản phẩm). */
@Path("/api/rating/v1/ideas")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Product ideas",
    description = "Step 2 of the cycle: product ideas (ý tưởng sản phẩm) and their review")
public class IdeaResource {
  private static final String FORM =
      "\"productName\":\"Cà phê bột nguyên chất Ea Tu\",\"productSet\":13,"
          + "\"description\":\"Cà phê rang xay từ vườn Robusta của hợp tác xã\","
          + "\"rawMaterials\":\"Cà phê Robusta trồng tại xã Ea Tu\","
          + "\"expectedMarket\":\"Tỉnh Đắk Lắk, TP.HCM\",\"communeCode\":\"24121\"";

  private final IdeaService ideas;
  private final Caller caller;

  IdeaResource(IdeaService ideas, Caller caller) {
    this.ideas = ideas;
    this.caller = caller;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.SUBJECT_MEMBER)
  @Operation(
      operationId = "registerIdea",
      summary = "Register a product idea",
      description =
          "A subject member registers a product idea (phiếu đăng ký ý tưởng sản phẩm) of their"
              + " subject in a cycle round of the subject's province, while the round is at step"
              + " IDEA_REGISTRATION and not past its deadline. Publishes IdeaRegistered on"
              + " ocop.rating.registration.v1.")
  @APIResponse(
      responseCode = "201",
      description = "The idea, SUBMITTED",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = IdeaResponse.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "Malformed JSON or a broken field rule (VALIDATION_FAILED), e.g. productSet 1-26, communeCode 5 digits",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "Not a subject member (FORBIDDEN) or no subject_id claim (NO_SUBJECT_SCOPE)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such cycle in the subject's province (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "The round is not at IDEA_REGISTRATION (CYCLE_NOT_AT_STEP) or its deadline passed (STEP_DEADLINE_PASSED)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "422",
      description = "The subject is not known yet (subject_id known)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @Idempotent
  @Extension(name = Idempotent.OPENAPI_EXTENSION, value = "true")
  public RestResponse<IdeaResponse> register(
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(implementation = RegisterIdeaRequest.class),
                      examples =
                          @ExampleObject(
                              name = "Cà phê bột",
                              value =
                                  "{\"cycleId\":\"6f1c2b1e-2d3a-4f5b-8c9d-0e1f2a3b4c5d\","
                                      + FORM
                                      + "}")))
          @Valid
          @NotNull
          RegisterIdeaRequest request,
      UriInfo uri) {
    ProductIdea idea = ideas.register(request, caller);
    return RestResponse.ResponseBuilder.<IdeaResponse>created(
            uri.getAbsolutePathBuilder().path(idea.id().toString()).build())
        .entity(IdeaResponse.from(idea, ideas.history(idea)))
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
      operationId = "getIdea",
      summary = "Get a product idea with its history",
      description =
          "An idea the caller may see: their subject's (subject members), their commune's"
              + " (commune officers), their province's (province officers), any (national roles);"
              + " with every submission, review and revision, oldest first.")
  @APIResponse(
      responseCode = "200",
      description = "The idea",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = IdeaResponse.class)))
  @APIResponse(
      responseCode = "403",
      description = "The role may not read ideas (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such idea, or one outside the caller's scope (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public IdeaResponse get(@PathParam("id") UUID id) {
    ProductIdea idea = ideas.get(id, caller);
    return IdeaResponse.from(idea, ideas.history(idea));
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
      operationId = "listIdeas",
      summary = "List product ideas",
      description =
          "Ideas the caller may see, newest first, optionally of one cycle round, status and"
              + " commune (histories are left out; get one idea for its history).")
  @APIResponse(responseCode = "200", description = "A page of ideas")
  @APIResponse(
      responseCode = "400",
      description = "A filter breaks its rule (VALIDATION_FAILED)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "The role may not read ideas (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Page<IdeaResponse> list(
      @QueryParam("cycleId") @Parameter(description = "Only this cycle round") UUID cycleId,
      @QueryParam("status") @Parameter(description = "Only this status") IdeaStatus status,
      @QueryParam("communeCode")
          @Pattern(regexp = "\\d{5}")
          @Parameter(description = "Only this commune", example = "24121")
          String communeCode,
      @BeanParam PageQuery page) {
    return ideas.list(caller, cycleId, status, communeCode, page).map(IdeaResponse::summary);
  }

  @PUT
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.SUBJECT_MEMBER)
  @Operation(
      operationId = "reviseIdea",
      summary = "Revise and resubmit a returned idea",
      description =
          "The subject sends the whole form again after the office returned it; the idea is"
              + " SUBMITTED again and the history records the fields that changed. Only while the"
              + " round is at IDEA_REGISTRATION (the step deadline does not apply to a return).")
  @APIResponse(
      responseCode = "200",
      description = "The resubmitted idea",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = IdeaResponse.class)))
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
          "The idea is not RETURNED (IDEA_NOT_RETURNED), the round has left IDEA_REGISTRATION (CYCLE_NOT_AT_STEP) or the version is stale (CONCURRENT_UPDATE)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public IdeaResponse revise(
      @PathParam("id") UUID id,
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(implementation = ReviseIdeaRequest.class),
                      examples =
                          @ExampleObject(
                              name = "Revised after a return",
                              value =
                                  "{\"version\":1,"
                                      + FORM
                                      + ",\"note\":\"Bổ sung vùng nguyên liệu\"}")))
          @Valid
          @NotNull
          ReviseIdeaRequest request) {
    ProductIdea idea = ideas.revise(id, request, caller);
    return IdeaResponse.from(idea, ideas.history(idea));
  }

  @POST
  @Path("/{id}/review")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER})
  @Operation(
      operationId = "reviewIdea",
      summary = "Review a product idea",
      description =
          "A commune officer of the idea's commune or a province officer of its province accepts"
              + " the idea, returns it for revision (trả lại, with the reason) or rejects it (with"
              + " the reason). Publishes IdeaReviewed on ocop.rating.registration.v1.")
  @APIResponse(
      responseCode = "200",
      description = "The reviewed idea",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = IdeaResponse.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "Malformed JSON, a decision that is no outcome (decision reviewOutcome) or a return/rejection without reason (reason NotBlank)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "Not an officer (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such idea, or one outside the officer's commune or province (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "The idea is not SUBMITTED (IDEA_NOT_SUBMITTED), the round is closed (CYCLE_CLOSED) or the version is stale (CONCURRENT_UPDATE)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public IdeaResponse review(
      @PathParam("id") UUID id,
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(implementation = ReviewIdeaRequest.class),
                      examples = {
                        @ExampleObject(
                            name = "Return for revision",
                            value =
                                "{\"decision\":\"RETURNED\",\"reason\":\"Đề nghị làm rõ nguồn"
                                    + " nguyên liệu địa phương\",\"version\":0}"),
                        @ExampleObject(
                            name = "Accept",
                            value = "{\"decision\":\"ACCEPTED\",\"version\":2}")
                      }))
          @Valid
          @NotNull
          ReviewIdeaRequest request) {
    ProductIdea idea = ideas.review(id, request, caller);
    return IdeaResponse.from(idea, ideas.history(idea));
  }
}
