package vn.ocop.registry.expiry;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.platform.paging.Page;
import vn.ocop.platform.paging.PageQuery;
import vn.ocop.platform.problem.Problem;
import vn.ocop.platform.security.Caller;
import vn.ocop.platform.security.Roles;
import vn.ocop.registry.access.Visibility;
import vn.ocop.registry.subject.SubjectService;

/**
 * The expiry reminders of one subject's (chủ thể) certificates. Same path as the subjects'
 * resource, so that the route is merged with it rather than shadowed by it.
 */
@Path("/api/registry/v1/subjects")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Certificate expiry")
@SecurityRequirement(name = "bearer")
@RolesAllowed({
  Roles.ADMIN,
  Roles.NATIONAL_OFFICER,
  Roles.PROVINCE_OFFICER,
  Roles.COMMUNE_OFFICER,
  Roles.COUNCIL_MEMBER,
  Roles.ADVISOR,
  Roles.SUBJECT_MEMBER
})
@APIResponse(
    responseCode = "400",
    description = "daysBefore is not 180, 90 or 30",
    content =
        @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class SubjectReminderResource {
  private final ReminderFeed feed;
  private final SubjectService subjects;
  private final Caller caller;

  SubjectReminderResource(ReminderFeed feed, SubjectService subjects, Caller caller) {
    this.feed = feed;
    this.subjects = subjects;
    this.caller = caller;
  }

  @GET
  @Path("/{id}/reminders")
  @Operation(
      operationId = "listSubjectReminders",
      summary = "List a subject's expiry reminders",
      description =
          "The expiry reminders of one subject's (chủ thể) certificates, newest due date first."
              + " A subject outside the caller's scope answers 404.")
  @APIResponse(
      responseCode = "200",
      description = "A page of reminders",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReminderResource.ReminderPage.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such subject, or not the caller's to see",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Page<ReminderResponse> listOfSubject(
      @Parameter(description = "Subject id") @PathParam("id") UUID id,
      @Parameter(
              description = "Only this threshold: 180, 90 or 30",
              example = "30",
              schema =
                  @Schema(
                      type = SchemaType.INTEGER,
                      enumeration = {"180", "90", "30"}))
          @QueryParam("daysBefore")
          String daysBefore,
      @BeanParam PageQuery page) {
    Visibility visibility = Visibility.of(caller);
    subjects.get(id, visibility);
    return feed.list(visibility, ReminderResource.filter(null, id, daysBefore, null, null), page);
  }
}
