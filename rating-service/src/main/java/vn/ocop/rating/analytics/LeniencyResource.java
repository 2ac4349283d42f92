package vn.ocop.rating.analytics;

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

/** Leniency analytics per council and per province, with each member's figures. */
@Path("/api/rating/v1/leniency")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Leniency analytics",
    description =
        "Score distributions, members' deviation from each other and the share of 4★+ results,"
            + " so that over-lenient rating (chấm điểm dễ dãi) shows")
public class LeniencyResource {
  private final LeniencyService leniency;
  private final Caller caller;

  LeniencyResource(LeniencyService leniency, Caller caller) {
    this.leniency = leniency;
    this.caller = caller;
  }

  @GET
  @Path("/councils/{id}")
  @RolesAllowed({Roles.ADMIN, Roles.NATIONAL_OFFICER, Roles.PROVINCE_OFFICER})
  @Operation(
      operationId = "getCouncilLeniency",
      summary = "Get a council's leniency figures",
      description =
          "For a council (hội đồng): the number of submitted score sheets (phiếu đánh giá), their"
              + " distribution by star band and 5-point bucket, the mean total, the share of"
              + " results at 4★ or more, and per member the same figures plus the mean deviation"
              + " from the other members on the same dossiers (positive = more lenient). Officers"
              + " only: members never see each other's figures.")
  @APIResponse(
      responseCode = "200",
      description = "The council's figures",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CouncilLeniency.class)))
  @APIResponse(
      responseCode = "403",
      description = "Only officers read leniency figures (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such council, or one of another province (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public CouncilLeniency council(@PathParam("id") UUID id) {
    return leniency.council(id, caller);
  }

  @GET
  @Path("/provinces/{code}")
  @RolesAllowed({Roles.ADMIN, Roles.NATIONAL_OFFICER, Roles.PROVINCE_OFFICER})
  @Operation(
      operationId = "getProvinceLeniency",
      summary = "Get a province's leniency figures",
      description =
          "For the province's own councils (not the central ones that re-evaluate its products):"
              + " the figures of all their score sheets, of each council, and of each member"
              + " across them, with the share of results at 4★ or more. Province officers read"
              + " their province, national roles any.")
  @APIResponse(
      responseCode = "200",
      description = "The province's figures",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ProvinceLeniency.class)))
  @APIResponse(
      responseCode = "403",
      description = "Only officers read leniency figures (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "Unknown province, or another province than the officer's (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public ProvinceLeniency province(@PathParam("code") String code) {
    return leniency.province(code, caller);
  }
}
