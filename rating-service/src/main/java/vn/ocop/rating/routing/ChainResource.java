package vn.ocop.rating.routing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.platform.problem.Problem;
import vn.ocop.platform.security.Caller;
import vn.ocop.platform.security.Roles;

/** A product's dossiers across levels. */
@Path("/api/rating/v1/dossiers/{id}/chain")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Routing",
    description = "Levels and routing (chuyển cấp trên, kết quả cấp trên trả về)")
public class ChainResource {
  private final ChainService chains;
  private final Caller caller;

  ChainResource(ChainService chains, Caller caller) {
    this.chains = chains;
    this.caller = caller;
  }

  @GET
  @RolesAllowed({Roles.ADMIN, Roles.NATIONAL_OFFICER, Roles.PROVINCE_OFFICER})
  @Operation(
      operationId = "getDossierChain",
      summary = "Get a product's dossiers across levels",
      description =
          "The dossiers of the same product and cycle round at every level (tỉnh, trung ương;"
              + " huyện before 2025), lowest first, each with its result, the decision recorded"
              + " on it and its routing history (forwarded, decided at another level, referred"
              + " back). Officers of the dossier's province and national accounts read it.")
  @APIResponse(
      responseCode = "200",
      description = "The chain",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = DossierChainResponse.class)))
  @APIResponse(
      responseCode = "403",
      description = "The role may not read chains (FORBIDDEN)",
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
  public DossierChainResponse chain(@PathParam("id") UUID id) {
    return chains.chain(id, caller);
  }
}
