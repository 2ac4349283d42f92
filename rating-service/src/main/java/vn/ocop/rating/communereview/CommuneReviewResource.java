package vn.ocop.rating.communereview;

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

/** The commune pre-review of a dossier (thẩm định cấp xã, Decision 1489). */
@Path("/api/rating/v1/dossiers/{id}/commune-review")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Commune review", description = "The commune's pre-review of dossiers (Decision 1489)")
public class CommuneReviewResource {
  private final CommuneReviews reviews;
  private final Caller caller;

  CommuneReviewResource(CommuneReviews reviews, Caller caller) {
    this.reviews = reviews;
    this.caller = caller;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.COMMUNE_OFFICER)
  @Operation(
      operationId = "recordCommuneReview",
      summary = "Record the commune's pre-review",
      description =
          "An officer of the dossier's commune records the commune's review of a SUBMITTED"
              + " dossier under Decision 1489: findings on the criteria the commune checks (origin"
              + " of the product and raw materials, local labour, origin of the idea, local"
              + " identity), the minutes (biên bản) and the chairman's opinion on forwarding to the"
              + " province. A new review supersedes the current one, which is kept.")
  @APIResponse(
      responseCode = "201",
      description = "The review is recorded and current",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CommuneReviewResponse.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "Malformed JSON (MALFORMED_REQUEST), a missing field, a malformed criterion code (rule Pattern) or NOT_FORWARD without a reason (VALIDATION_FAILED, rule RequiredWhenNotForward)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "Only commune officers record commune reviews (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such dossier, or not of the caller's commune (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "The dossier is not SUBMITTED (DOSSIER_NOT_SUBMITTED) or another review was recorded meanwhile (CONCURRENT_UPDATE)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @Idempotent
  @Extension(name = Idempotent.OPENAPI_EXTENSION, value = "true")
  public RestResponse<CommuneReviewResponse> record(
      @PathParam("id") UUID id,
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(implementation = RecordCommuneReviewRequest.class),
                      examples =
                          @ExampleObject(
                              name = "Forward to the province",
                              value =
                                  "{\"minutesNumber\":\"15/BB-UBND\",\"minutesDate\":\"2026-03-12\","
                                      + "\"findings\":[{\"criterionCode\":\"A1a\","
                                      + "\"finding\":\"Nguyên liệu từ vùng trồng của xã\","
                                      + "\"satisfied\":true}],\"chairmanOpinion\":\"FORWARD\"}")))
          @Valid
          @NotNull
          RecordCommuneReviewRequest request,
      UriInfo uri) {
    CommuneReview review = reviews.record(id, request, caller);
    return RestResponse.ResponseBuilder.<CommuneReviewResponse>created(uri.getAbsolutePath())
        .entity(CommuneReviewResponse.from(review))
        .build();
  }

  @GET
  @RolesAllowed({
    Roles.ADMIN,
    Roles.NATIONAL_OFFICER,
    Roles.PROVINCE_OFFICER,
    Roles.COMMUNE_OFFICER,
    Roles.COUNCIL_MEMBER,
    Roles.SUBJECT_MEMBER
  })
  @Operation(
      operationId = "getCommuneReview",
      summary = "Get the commune's current pre-review",
      description =
          "The current commune review (thẩm định cấp xã) of a dossier the caller may see.")
  @APIResponse(responseCode = "200", description = "The current review")
  @APIResponse(
      responseCode = "403",
      description = "The role may not read dossiers (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "A council member who has not yet declared (no) conflict of interest on the dossier"
              + " (CONFLICT_DECLARATION_REQUIRED)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such dossier, not the caller's to see, or not reviewed yet (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public CommuneReviewResponse get(@PathParam("id") UUID id) {
    return CommuneReviewResponse.from(reviews.current(id, caller));
  }

  @GET
  @Path("/history")
  @RolesAllowed({
    Roles.ADMIN,
    Roles.NATIONAL_OFFICER,
    Roles.PROVINCE_OFFICER,
    Roles.COMMUNE_OFFICER,
    Roles.COUNCIL_MEMBER,
    Roles.SUBJECT_MEMBER
  })
  @Operation(
      operationId = "listCommuneReviews",
      summary = "List the commune's pre-reviews",
      description =
          "Every commune review of a dossier the caller may see, oldest first, superseded ones"
              + " included.")
  @APIResponse(responseCode = "200", description = "The reviews")
  @APIResponse(
      responseCode = "403",
      description = "The role may not read dossiers (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "A council member who has not yet declared (no) conflict of interest on the dossier"
              + " (CONFLICT_DECLARATION_REQUIRED)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such dossier, or not the caller's to see (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public List<CommuneReviewResponse> history(@PathParam("id") UUID id) {
    return reviews.history(id, caller).stream().map(CommuneReviewResponse::from).toList();
  }
}
