package vn.ocop.rating.dossier;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.ocop.platform.paging.Page;
import vn.ocop.platform.paging.PageQuery;
import vn.ocop.platform.problem.Problem;
import vn.ocop.platform.security.Caller;
import vn.ocop.platform.security.Roles;

/** Evaluation dossiers. */
@Path("/api/rating/v1/dossiers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dossiers", description = "Evaluation dossiers (hồ sơ đánh giá, phân hạng)")
public class DossierResource {
  private final DossierService dossiers;
  private final Caller caller;

  DossierResource(DossierService dossiers, Caller caller) {
    this.dossiers = dossiers;
    this.caller = caller;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER})
  @Operation(
      operationId = "submitDossier",
      summary = "Submit a dossier",
      description =
          "Submits a product's evaluation dossier (nộp hồ sơ đánh giá) to a cycle round of the"
              + " caller's province. The product must be known from the registry's events and"
              + " belong to the cycle's province. The dossier is judged by the cycle's rule set.")
  @APIResponse(
      responseCode = "201",
      description = "The dossier was submitted",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = DossierResponse.class)))
  @APIResponse(
      responseCode = "400",
      description = "Malformed JSON (MALFORMED_REQUEST) or a missing field (VALIDATION_FAILED)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "401",
      description = "No valid bearer token (UNAUTHENTICATED)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "The role may not submit dossiers (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such cycle, or a cycle or product of another province (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "The product already has a dossier in the cycle (DOSSIER_EXISTS) or the cycle takes no"
              + " dossiers (CYCLE_NOT_ACCEPTING_DOSSIERS)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "422",
      description =
          "The product is not known from the registry's events yet (UNPROCESSABLE, field"
              + " productId, rule known), is of another province than the cycle (rule"
              + " sameProvince), or the kind is not supported yet (field kind, rule supported)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public RestResponse<DossierResponse> submit(
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(implementation = SubmitDossierRequest.class),
                      examples =
                          @ExampleObject(
                              name = "New product",
                              value =
                                  "{\"cycleId\":\"0b7c3c1e-8f0a-4a8e-9d7e-2f4d5a6b7c8d\","
                                      + "\"productId\":\"5f1d2e3c-4b5a-4c6d-8e7f-9a0b1c2d3e4f\","
                                      + "\"kind\":\"NEW\"}")))
          @Valid
          @NotNull
          SubmitDossierRequest request,
      UriInfo uri) {
    Dossier dossier = dossiers.submit(request, caller);
    return RestResponse.ResponseBuilder.<DossierResponse>created(
            uri.getAbsolutePathBuilder().path(dossier.id().toString()).build())
        .entity(DossierResponse.from(dossier))
        .build();
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Roles.ADMIN, Roles.NATIONAL_OFFICER, Roles.PROVINCE_OFFICER, Roles.COUNCIL_MEMBER})
  @Operation(
      operationId = "getDossier",
      summary = "Get a dossier",
      description =
          "A dossier the caller may see: national roles any, a province officer those of their"
              + " province, a council member those of councils they sit on. Scoring is blind: no"
              + " member's score appears here, and the result (average and star class) only once"
              + " every member has scored.")
  @APIResponse(responseCode = "200", description = "The dossier")
  @APIResponse(
      responseCode = "401",
      description = "No valid bearer token (UNAUTHENTICATED)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "The role may not read dossiers (FORBIDDEN)",
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
  public DossierResponse get(@PathParam("id") UUID id) {
    return DossierResponse.from(dossiers.get(id, caller));
  }

  @GET
  @RolesAllowed({Roles.ADMIN, Roles.NATIONAL_OFFICER, Roles.PROVINCE_OFFICER, Roles.COUNCIL_MEMBER})
  @Operation(
      operationId = "listDossiers",
      summary = "List dossiers",
      description =
          "Dossiers the caller may see, oldest first, optionally of one cycle and in one status.")
  @APIResponse(responseCode = "200", description = "A page of dossiers")
  @APIResponse(
      responseCode = "401",
      description = "No valid bearer token (UNAUTHENTICATED)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "The role may not read dossiers (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Page<DossierResponse> list(
      @QueryParam("cycleId") @Parameter(description = "Only dossiers of this cycle round")
          UUID cycleId,
      @QueryParam("status") @Parameter(description = "Only dossiers in this status")
          DossierStatus status,
      @BeanParam PageQuery page) {
    return dossiers.list(caller, cycleId, status, page).map(DossierResponse::from);
  }
}
