package vn.ocop.rating.routing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.ocop.platform.idempotency.Idempotent;
import vn.ocop.platform.problem.Problem;
import vn.ocop.platform.security.Caller;
import vn.ocop.platform.security.Roles;

/** Forwarding an evaluated product to the next level. */
@Path("/api/rating/v1/dossiers/{id}/forward")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Routing",
    description = "Levels and routing (chuyển cấp trên, kết quả cấp trên trả về)")
public class ForwardingResource {
  private final ForwardingService forwarding;
  private final Caller caller;

  ForwardingResource(ForwardingService forwarding, Caller caller) {
    this.forwarding = forwarding;
    this.caller = caller;
  }

  @POST
  @RolesAllowed({Roles.ADMIN, Roles.NATIONAL_OFFICER, Roles.PROVINCE_OFFICER})
  @Operation(
      operationId = "forwardDossier",
      summary = "Forward a dossier to the next level",
      description =
          "Chuyển hồ sơ lên cấp trên: an officer of the dossier's level forwards an EVALUATED"
              + " dossier whose average reaches the rule set's threshold from its level (Decision"
              + " 148: district → province from 70, province → centre (trung ương) from 90;"
              + " after Decision 1489 only province → centre). It opens the next level's"
              + " dossier (same cycle, product and rule set, status SUBMITTED), marks this one"
              + " FORWARDED and publishes DossierNominated and DossierSubmitted on"
              + " ocop.rating.dossier.v1, in one transaction. Province officers forward their"
              + " province's dossiers; only national accounts act on CENTRAL dossiers.")
  @APIResponse(
      responseCode = "201",
      description = "Forwarded; Location is the next level's dossier",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ForwardingResponse.class)))
  @APIResponse(
      responseCode = "403",
      description =
          "The role may not forward dossiers, or a province officer would act on a CENTRAL"
              + " dossier (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such dossier, or one of another province (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "Already forwarded (DOSSIER_ALREADY_FORWARDED), not EVALUATED"
              + " (DOSSIER_NOT_EVALUATED), below the threshold or no level above"
              + " (NOT_FORWARDABLE, the threshold in the detail), the product already has a"
              + " dossier at the next level (DOSSIER_EXISTS) or it changed meanwhile"
              + " (CONCURRENT_UPDATE)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @Idempotent
  @Extension(name = Idempotent.OPENAPI_EXTENSION, value = "true")
  public RestResponse<ForwardingResponse> forward(@PathParam("id") UUID id, UriInfo uri) {
    ForwardingService.Forwarded forwarded = forwarding.forward(id, caller);
    return RestResponse.ResponseBuilder.<ForwardingResponse>created(
            uri.getBaseUriBuilder()
                .path("api/rating/v1/dossiers")
                .path(forwarded.upper().id().toString())
                .build())
        .entity(ForwardingResponse.from(forwarded.lower(), forwarded.upper(), forwarded.rule()))
        .build();
  }
}
