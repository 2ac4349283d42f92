package vn.ocop.registry.expiry;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
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
import vn.ocop.platform.problem.ProblemException;
import vn.ocop.platform.security.Caller;
import vn.ocop.platform.security.Roles;
import vn.ocop.registry.access.Visibility;

/**
 * The feed of expiry reminders (nhắc hết hạn giấy chứng nhận) the engine recorded: what officers
 * notify subjects of, and what a subject sees of its own certificates.
 */
@Path("/api/registry/v1/reminders")
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
    description = "An invalid filter (province code, daysBefore not 180/90/30, a bad date)",
    content =
        @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ReminderResource {
  private final ReminderFeed feed;
  private final Caller caller;

  ReminderResource(ReminderFeed feed, Caller caller) {
    this.feed = feed;
    this.caller = caller;
  }

  @GET
  @Operation(
      operationId = "listReminders",
      summary = "List expiry reminders",
      description =
          "Reminders that certificates end soon, recorded 180, 90 and 30 days before valid_to"
              + " (the issuing body notifies the subject at least 30 days ahead), newest due date"
              + " first, with the product, subject, star class and validity. Province-bound roles"
              + " see their province (current map), subject members their subject, national"
              + " roles all.")
  @APIResponse(
      responseCode = "200",
      description = "A page of reminders",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReminderPage.class)))
  public Page<ReminderResponse> list(
      @Parameter(description = "Only certificates of this province (current map)", example = "66")
          @QueryParam("provinceCode")
          @Pattern(regexp = "\\d{2}")
          String provinceCode,
      @Parameter(description = "Only certificates of this subject") @QueryParam("subjectId")
          String subjectId,
      @Parameter(
              description = "Only this threshold: 180, 90 or 30",
              example = "30",
              schema =
                  @Schema(
                      type = SchemaType.INTEGER,
                      enumeration = {"180", "90", "30"}))
          @QueryParam("daysBefore")
          String daysBefore,
      @Parameter(description = "Earliest due date (yyyy-MM-dd)", example = "2026-01-01")
          @QueryParam("from")
          String from,
      @Parameter(description = "Latest due date (yyyy-MM-dd)", example = "2026-12-31")
          @QueryParam("to")
          String to,
      @BeanParam PageQuery page) {
    return feed.list(
        Visibility.of(caller),
        filter(provinceCode, uuid(subjectId, "subjectId"), daysBefore, from, to),
        page);
  }

  static ReminderFeed.Filter filter(
      String provinceCode, UUID subjectId, String daysBefore, String from, String to) {
    Integer threshold = null;
    if (daysBefore != null && !daysBefore.isBlank()) {
      threshold =
          Reminders.DAYS_BEFORE.stream()
              .filter(days -> String.valueOf(days).equals(daysBefore.strip()))
              .findFirst()
              .orElseThrow(
                  () ->
                      ProblemException.invalidField(
                          "daysBefore",
                          "OneOf",
                          "daysBefore must be one of " + Reminders.DAYS_BEFORE));
    }
    LocalDate earliest = QueryDates.parse(from, "from");
    LocalDate latest = QueryDates.parse(to, "to");
    if (earliest != null && latest != null && latest.isBefore(earliest)) {
      throw ProblemException.invalidField("to", "NotBeforeFrom", "to is before from");
    }
    return new ReminderFeed.Filter(provinceCode, subjectId, threshold, earliest, latest);
  }

  private static UUID uuid(String value, String parameter) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(value.strip());
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalidField(parameter, "UUID", parameter + " must be a UUID");
    }
  }

  /** The OpenAPI shape of a page of reminders. */
  @Schema(name = "CertificateReminderPage")
  public record ReminderPage(List<ReminderResponse> items, Page.Pager pager) {}
}
