package vn.ocop.registry.subject;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.platform.idempotency.Idempotent;
import vn.ocop.platform.paging.Page;
import vn.ocop.platform.paging.PageQuery;
import vn.ocop.platform.problem.Problem;
import vn.ocop.platform.security.Caller;
import vn.ocop.platform.security.Roles;
import vn.ocop.registry.access.Visibility;
import vn.ocop.registry.reference.AdminMaps;

/** Subjects (chủ thể OCOP): registration and look-up, scoped to the caller's province. */
@Path("/api/registry/v1/subjects")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Subjects",
    description =
        "Subjects — chủ thể OCOP: cooperatives, cooperative groups, enterprises and household"
            + " businesses")
@SecurityRequirement(name = "bearer")
public class SubjectResource {
  private final SubjectService subjects;
  private final AdminMaps maps;
  private final Caller caller;

  SubjectResource(SubjectService subjects, AdminMaps maps, Caller caller) {
    this.subjects = subjects;
    this.maps = maps;
    this.caller = caller;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ADMIN, Roles.NATIONAL_OFFICER, Roles.PROVINCE_OFFICER})
  @Operation(
      operationId = "registerSubject",
      summary = "Register a subject",
      description =
          "Registers a subject (chủ thể) in a commune of the current map. A province officer"
              + " registers in their own province (provinceCode may be left out); admin and"
              + " national officers must name the province. The identifier follows from the type:"
              + " tax code for COOPERATIVE and ENTERPRISE, 12-digit personal id for"
              + " HOUSEHOLD_BUSINESS, none for COOPERATIVE_GROUP. Announced on"
              + " ocop.registry.subject.v1.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RegisterSubjectRequest.class),
              examples = {
                @ExampleObject(
                    name = "cooperative",
                    summary = "A coffee cooperative in Đắk Lắk",
                    value =
                        "{\"type\":\"COOPERATIVE\",\"identifier\":\"6001234567\",\"name\":\"HTX"
                            + " Cà phê Ea Tu\",\"provinceCode\":\"66\",\"communeCode\":\"24133\","
                            + "\"representative\":\"Y Bhim Niê\",\"womanLed\":false,"
                            + "\"ethnicMinorityLed\":true}"),
                @ExampleObject(
                    name = "householdBusiness",
                    summary = "A household business, identified by a personal id",
                    value =
                        "{\"type\":\"HOUSEHOLD_BUSINESS\",\"identifier\":\"066190001234\","
                            + "\"name\":\"Hộ kinh doanh Mật ong H'Nga\",\"communeCode\":\"24133\","
                            + "\"representative\":\"H'Nga Mlô\",\"womanLed\":true,"
                            + "\"ethnicMinorityLed\":true}")
              }))
  @APIResponse(
      responseCode = "201",
      description = "Registered; Location names the new subject",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SubjectResponse.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "Malformed JSON, a missing or invalid field, or an identifier that does not fit the"
              + " type (rules TaxCode, PersonalId, Null)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "The province is not the caller's",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description = "SUBJECT_IDENTIFIER_TAKEN: a subject with this identifier exists",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "422",
      description =
          "The province or commune is not on the current map, or the commune is not in the"
              + " province",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @Idempotent
  @Extension(name = Idempotent.OPENAPI_EXTENSION, value = "true")
  public Response register(@NotNull @Valid RegisterSubjectRequest body, @Context UriInfo uri) {
    String province = caller.writableProvince(body.provinceCode());
    SubjectResponse created =
        SubjectResponse.from(subjects.register(body, province, caller.username()), maps);
    return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
        .entity(created)
        .build();
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({
    Roles.ADMIN,
    Roles.NATIONAL_OFFICER,
    Roles.PROVINCE_OFFICER,
    Roles.COMMUNE_OFFICER,
    Roles.COUNCIL_MEMBER,
    Roles.ADVISOR,
    Roles.SUBJECT_MEMBER
  })
  @Operation(
      operationId = "getSubject",
      summary = "Get a subject",
      description =
          "One subject (chủ thể). Officers see those of their province, subject members their"
              + " own; anything else answers 404.")
  @APIResponse(
      responseCode = "200",
      description = "The subject",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SubjectResponse.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such subject, or not the caller's to see",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public SubjectResponse get(@Parameter(description = "Subject id") @PathParam("id") UUID id) {
    return SubjectResponse.from(subjects.get(id, Visibility.of(caller)), maps);
  }

  @GET
  @RolesAllowed({
    Roles.ADMIN,
    Roles.NATIONAL_OFFICER,
    Roles.PROVINCE_OFFICER,
    Roles.COMMUNE_OFFICER,
    Roles.COUNCIL_MEMBER,
    Roles.ADVISOR,
    Roles.SUBJECT_MEMBER
  })
  @Operation(
      operationId = "listSubjects",
      summary = "List subjects",
      description =
          "Subjects (chủ thể) the caller may see, newest first: all for national roles, their"
              + " province's for officers, their own for subject members.")
  @APIResponse(
      responseCode = "200",
      description = "A page of subjects",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SubjectPage.class)))
  @APIResponse(
      responseCode = "400",
      description = "An invalid filter",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Page<SubjectResponse> list(
      @Parameter(description = "Only subjects of this province", example = "66")
          @QueryParam("provinceCode")
          @Pattern(regexp = "\\d{2}")
          String provinceCode,
      @BeanParam PageQuery page) {
    return subjects
        .list(Visibility.of(caller), provinceCode, page)
        .map(s -> SubjectResponse.from(s, maps));
  }

  @PATCH
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ADMIN, Roles.NATIONAL_OFFICER, Roles.PROVINCE_OFFICER, Roles.SUBJECT_MEMBER})
  @Operation(
      operationId = "updateSubject",
      summary = "Update a subject",
      description =
          "Changes a subject's (chủ thể) record: fields left out stay as they are. The province's"
              + " officers change anything but the type (the commune only within the subject's"
              + " current province; a household business may move from its legacy tax code to"
              + " its representative's personal id); the subject's own members change only their"
              + " address, phone and e-mail. Send the version last read: a stale one answers 409."
              + " A change of the record is announced on ocop.registry.subject.v1 as"
              + " vn.ocop.subject.updated.v1 with the old and new state.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = UpdateSubjectRequest.class),
              examples = {
                @ExampleObject(
                    name = "contacts",
                    summary = "New phone and e-mail",
                    value =
                        "{\"version\":0,\"phone\":\"0912 345 678\","
                            + "\"email\":\"htx.eatu@example.vn\"}"),
                @ExampleObject(
                    name = "personalId",
                    summary = "A household business takes its representative's personal id",
                    value =
                        "{\"version\":3,\"identifierKind\":\"PERSONAL_ID\","
                            + "\"identifier\":\"066190001234\"}")
              }))
  @APIResponse(
      responseCode = "200",
      description = "The subject as updated",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SubjectResponse.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "An invalid field (rules TaxCode, PersonalId, IdentifierKindOfType, Phone, Email,"
              + " Pattern, NotNull)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such subject, or not the caller's to see",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description = "SUBJECT_VERSION_CONFLICT (changed since read) or SUBJECT_IDENTIFIER_TAKEN",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "422",
      description = "The commune is not on the current map or not in the subject's province",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public SubjectResponse update(
      @Parameter(description = "Subject id") @PathParam("id") UUID id,
      @NotNull @Valid UpdateSubjectRequest body) {
    return SubjectResponse.from(subjects.update(id, body, caller), maps);
  }

  /** The OpenAPI shape of a page of subjects (generic records have no schema of their own). */
  @Schema(name = "SubjectPage")
  public record SubjectPage(List<SubjectResponse> items, Page.Pager pager) {}
}
