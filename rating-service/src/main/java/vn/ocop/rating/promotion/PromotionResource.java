package vn.ocop.rating.promotion;

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

/** Trade-promotion activities of step 6 of the cycle. */
@Path("/api/rating/v1/promotions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Trade promotion",
    description =
        "Step 6 of the cycle: fairs, sales points and e-commerce listings (xúc tiến thương mại)")
public class PromotionResource {
  private final PromotionService promotions;
  private final Caller caller;

  PromotionResource(PromotionService promotions, Caller caller) {
    this.promotions = promotions;
    this.caller = caller;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER})
  @Operation(
      operationId = "recordPromotion",
      summary = "Record a trade-promotion activity",
      description =
          "A province officer records a fair (hội chợ), sales point (điểm bán) or e-commerce listing of a round of their province at step TRADE_PROMOTION, with the products it covers (known from the registry, of the round's province). Publishes PromotionRecorded on ocop.rating.promotion.v1.")
  @APIResponse(
      responseCode = "201",
      description = "The activity",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PromotionResponse.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "Malformed JSON or a broken field rule (VALIDATION_FAILED): endsOn before startsOn (notBeforeStartsOn), a listing without url or a fair/sales point without place (NotBlank)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "The role may not record promotion (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such cycle, or one of another province (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description = "The round is not at TRADE_PROMOTION (CYCLE_NOT_AT_STEP)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "422",
      description =
          "A product is unknown (productIds[i] known) or of another province (productIds[i] sameProvince)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @Idempotent
  @Extension(name = Idempotent.OPENAPI_EXTENSION, value = "true")
  public RestResponse<PromotionResponse> record(
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(implementation = RecordPromotionRequest.class),
                      examples = {
                        @ExampleObject(
                            name = "A fair",
                            value =
                                "{\"cycleId\":\"6f1c2b1e-2d3a-4f5b-8c9d-0e1f2a3b4c5d\",\"kind\":\"FAIR\","
                                    + "\"title\":\"Hội chợ OCOP tỉnh Đắk Lắk 2026\","
                                    + "\"place\":\"Quảng trường 10/3, Buôn Ma Thuột\","
                                    + "\"startsOn\":\"2026-11-20\",\"endsOn\":\"2026-11-24\","
                                    + "\"productIds\":[\"0b8f5a52-3c1d-4e2f-9a6b-7c8d9e0f1a2b\"]}")
                      }))
          @Valid
          @NotNull
          RecordPromotionRequest request,
      UriInfo uri) {
    PromotionActivity activity = promotions.record(request, caller);
    return RestResponse.ResponseBuilder.<PromotionResponse>created(
            uri.getAbsolutePathBuilder().path(activity.id().toString()).build())
        .entity(PromotionResponse.from(activity))
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
      operationId = "getPromotion",
      summary = "Get a trade-promotion activity",
      description = "An activity of the caller's province (any for national roles).")
  @APIResponse(
      responseCode = "200",
      description = "The activity",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PromotionResponse.class)))
  @APIResponse(
      responseCode = "403",
      description = "The role may not read promotion (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such activity, or one of another province (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public PromotionResponse get(@PathParam("id") UUID id) {
    return PromotionResponse.from(promotions.get(id, caller));
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
      operationId = "listPromotions",
      summary = "List trade-promotion activities",
      description =
          "Activities of the caller's province (any for national roles), latest first, per cycle round and/or per product.")
  @APIResponse(responseCode = "200", description = "A page of activities")
  @APIResponse(
      responseCode = "400",
      description = "A filter breaks its rule (VALIDATION_FAILED)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "The role may not read promotion (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Page<PromotionResponse> list(
      @QueryParam("cycleId") @Parameter(description = "Only this cycle round") UUID cycleId,
      @QueryParam("productId") @Parameter(description = "Only activities covering this product")
          UUID productId,
      @BeanParam PageQuery page) {
    return promotions.list(caller, cycleId, productId, page).map(PromotionResponse::from);
  }
}
