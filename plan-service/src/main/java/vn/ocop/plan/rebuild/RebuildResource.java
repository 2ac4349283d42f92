package vn.ocop.plan.rebuild;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.platform.problem.Problem;
import vn.ocop.platform.security.Roles;

/** Operations on the facts the actuals are computed from. */
@Path("/api/plan/v1/facts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Facts", description = "Facts kept from events — dữ liệu tổng hợp từ sự kiện")
public class RebuildResource {
  private final FactsRebuild rebuild;

  RebuildResource(FactsRebuild rebuild) {
    this.rebuild = rebuild;
  }

  @POST
  @Path("/rebuild")
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      operationId = "rebuildFacts",
      summary = "Rebuild every fact table from the beginning of the topics",
      description =
          "Replays the registry and rating topics the actuals (kết quả thực hiện) are computed"
              + " from, from their beginning to where they end when the rebuild starts, into"
              + " emptied fact tables, in one transaction and with the live consumers' own code:"
              + " the numbers come out the same. Live consumers wait meanwhile; readers see the"
              + " old facts until the rebuild commits. Admins only; answers what was replayed per"
              + " topic and how long it took.")
  @APIResponse(
      responseCode = "200",
      description = "The facts were rebuilt",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RebuildResult.class)))
  @APIResponse(
      responseCode = "403",
      description = "Not an admin (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description = "Another rebuild is running (REBUILD_RUNNING)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public RebuildResult rebuild() {
    return rebuild.rebuild();
  }
}
