package vn.ocop.rating.council;

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
import vn.ocop.rating.rules.EvaluationLevel;

/** Evaluation councils. */
@Path("/api/rating/v1/councils")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Councils",
    description = "Evaluation councils (hội đồng đánh giá, phân hạng sản phẩm OCOP) and members")
public class CouncilResource {
  private static final String EXAMPLE =
      "{\"name\":\"Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh Đắk Lắk 2026\","
          + "\"level\":\"PROVINCE\",\"provinceCode\":\"66\",\"members\":["
          + "{\"username\":\"daklak.chair\",\"role\":\"CHAIR\",\"fullName\":\"Nguyễn Văn An\","
          + "\"title\":\"Phó Chủ tịch UBND tỉnh\"},"
          + "{\"username\":\"daklak.member1\",\"role\":\"MEMBER\","
          + "\"employerSubjectIds\":[\"5f1d2e3c-4b5a-4c6d-8e7f-9a0b1c2d3e4f\"]},"
          + "{\"username\":\"daklak.member2\",\"role\":\"MEMBER\"},"
          + "{\"username\":\"daklak.secretary\",\"role\":\"SECRETARY\"}]}";
  private static final String MEMBERS_EXAMPLE =
      "{\"version\":0,\"members\":["
          + "{\"username\":\"daklak.chair\",\"role\":\"CHAIR\"},"
          + "{\"username\":\"daklak.member3\",\"role\":\"MEMBER\","
          + "\"relatedSubjectIds\":[\"5f1d2e3c-4b5a-4c6d-8e7f-9a0b1c2d3e4f\"]}]}";

  private final CouncilService councils;
  private final Caller caller;

  CouncilResource(CouncilService councils, Caller caller) {
    this.councils = councils;
    this.caller = caller;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ADMIN, Roles.NATIONAL_OFFICER, Roles.PROVINCE_OFFICER})
  @Operation(
      operationId = "constituteCouncil",
      summary = "Constitute a council",
      description =
          "Constitutes an evaluation council (thành lập hội đồng đánh giá, phân hạng) or an"
              + " advisory team (tổ tư vấn) with its members and regulation (quy chế hoạt động). A"
              + " province officer constitutes councils of their own province; a national account"
              + " may name any province, or none for a CENTRAL council. Exactly one member is the"
              + " CHAIR and no account sits twice. Members' employer and related subjects are used"
              + " to detect conflicts of interest (xung đột lợi ích).")
  @APIResponse(
      responseCode = "201",
      description = "The council was constituted",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CouncilResponse.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "Malformed JSON (MALFORMED_REQUEST) or a broken rule (VALIDATION_FAILED), e.g. field"
              + " members with rule ExactlyOneChair or UniqueUsernames",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "The role may not constitute this council (FORBIDDEN, NO_PROVINCE_SCOPE)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "A province officer named another province (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description = "No rule set is in force today (NO_RULE_SET_IN_FORCE)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "422",
      description =
          "Unknown province (UNPROCESSABLE, field provinceCode, rule known) or a level without"
              + " councils under the rule set in force (field level, rule inForce)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @Idempotent
  @Extension(name = Idempotent.OPENAPI_EXTENSION, value = "true")
  public RestResponse<CouncilResponse> constitute(
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(implementation = ConstituteCouncilRequest.class),
                      examples =
                          @ExampleObject(name = "Đắk Lắk provincial council", value = EXAMPLE)))
          @Valid
          @NotNull
          ConstituteCouncilRequest request,
      UriInfo uri) {
    Council council = councils.constitute(request, caller);
    return RestResponse.ResponseBuilder.<CouncilResponse>created(
            uri.getAbsolutePathBuilder().path(council.id().toString()).build())
        .entity(CouncilResponse.from(council))
        .build();
  }

  @GET
  @RolesAllowed({
    Roles.ADMIN,
    Roles.NATIONAL_OFFICER,
    Roles.PROVINCE_OFFICER,
    Roles.COUNCIL_MEMBER,
    Roles.ADVISOR
  })
  @Operation(
      operationId = "listCouncils",
      summary = "List councils",
      description =
          "Councils and advisory teams the caller may see, newest first: national roles all, a"
              + " province officer those of their province, a member those they sit on.")
  @APIResponse(responseCode = "200", description = "A page of councils")
  @APIResponse(
      responseCode = "403",
      description = "The role may not read councils (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Page<CouncilResponse> list(
      @QueryParam("level") @Parameter(description = "Only councils of this level")
          EvaluationLevel level,
      @QueryParam("kind") @Parameter(description = "Only councils or only advisory teams")
          CouncilKind kind,
      @QueryParam("provinceCode") @Parameter(description = "Only councils of this province")
          String provinceCode,
      @BeanParam PageQuery page) {
    return councils.list(caller, level, kind, provinceCode, page).map(CouncilResponse::from);
  }

  @PUT
  @Path("/{id}/members")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ADMIN, Roles.NATIONAL_OFFICER, Roles.PROVINCE_OFFICER})
  @Operation(
      operationId = "replaceCouncilMembers",
      summary = "Replace the council's members",
      description =
          "Replaces the whole membership (kiện toàn hội đồng) between sessions, against the"
              + " version the caller read. Never while a session of the council is OPEN.")
  @APIResponse(responseCode = "200", description = "The council with its new members")
  @APIResponse(
      responseCode = "400",
      description =
          "Malformed JSON or an unknown role (MALFORMED_REQUEST) or a broken rule"
              + " (VALIDATION_FAILED: members ExactlyOneChair, UniqueUsernames)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "The role may not manage councils (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such council, or not the caller's to manage (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "A session is OPEN (COUNCIL_IN_SESSION) or the council changed since it was read"
              + " (CONCURRENT_UPDATE)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public CouncilResponse replaceMembers(
      @PathParam("id") UUID id,
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(implementation = ReplaceMembersRequest.class),
                      examples =
                          @ExampleObject(name = "A member replaced", value = MEMBERS_EXAMPLE)))
          @Valid
          @NotNull
          ReplaceMembersRequest request) {
    return CouncilResponse.from(councils.replaceMembers(id, request, caller));
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({
    Roles.ADMIN,
    Roles.NATIONAL_OFFICER,
    Roles.PROVINCE_OFFICER,
    Roles.COUNCIL_MEMBER,
    Roles.ADVISOR
  })
  @Operation(
      operationId = "getCouncil",
      summary = "Get a council",
      description =
          "A council with its members: national roles see all, a province officer those of their"
              + " province, a council member the councils they sit on.")
  @APIResponse(responseCode = "200", description = "The council")
  @APIResponse(
      responseCode = "403",
      description = "The role may not read councils (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such council, or not the caller's to see (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public CouncilResponse get(@PathParam("id") UUID id) {
    return CouncilResponse.from(councils.get(id, caller));
  }
}
