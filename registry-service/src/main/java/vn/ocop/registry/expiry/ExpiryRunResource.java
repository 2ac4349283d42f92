package vn.ocop.registry.expiry;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.platform.problem.Problem;
import vn.ocop.platform.problem.ProblemException;
import vn.ocop.platform.security.Caller;
import vn.ocop.platform.security.Roles;
import vn.ocop.registry.time.RegistryClock;

/** Runs the expiry engine on demand: to catch up after an outage, or to check a date's effect. */
@Path("/api/registry/v1/expiry-runs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Certificate expiry",
    description =
        "The expiry engine (hết hiệu lực) and the reminders owed to subjects before a certificate"
            + " ends")
@SecurityRequirement(name = "bearer")
public class ExpiryRunResource {
  static final String IN_PROGRESS = "EXPIRY_RUN_IN_PROGRESS";

  private final ExpiryEngine engine;
  private final ExpiryConfig config;
  private final RegistryClock clock;
  private final Caller caller;

  ExpiryRunResource(ExpiryEngine engine, ExpiryConfig config, RegistryClock clock, Caller caller) {
    this.engine = engine;
    this.config = config;
    this.clock = clock;
    this.caller = caller;
  }

  @POST
  @RolesAllowed({Roles.ADMIN, Roles.NATIONAL_OFFICER})
  @Operation(
      operationId = "runExpiry",
      summary = "Run the expiry engine",
      description =
          "Runs the daily expiry engine now, for today (Asia/Ho_Chi_Minh) or the given day:"
              + " ISSUED → EXPIRING from 180 days before valid_to, ISSUED/EXPIRING/SUSPENDED →"
              + " EXPIRED after valid_to, and the reminders due 180, 90 and 30 days before"
              + " valid_to. Idempotent: a second run for the same day changes nothing. Each"
              + " change is announced on ocop.registry.certificate.v1. A day after today is"
              + " refused unless the deployment allows it (ocop.registry.expiry.allow-future-as-of,"
              + " for tests).")
  @APIResponse(
      responseCode = "200",
      description = "What the run did",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ExpiryRunResponse.class),
              examples =
                  @ExampleObject(
                      name = "run",
                      value =
                          "{\"asOf\":\"2026-11-24\",\"startedAt\":\"2026-11-23T17:15:00Z\","
                              + "\"finishedAt\":\"2026-11-23T17:15:02Z\",\"transitions\":["
                              + "{\"from\":\"ISSUED\",\"to\":\"EXPIRED\",\"count\":0},"
                              + "{\"from\":\"EXPIRING\",\"to\":\"EXPIRED\",\"count\":37},"
                              + "{\"from\":\"SUSPENDED\",\"to\":\"EXPIRED\",\"count\":1},"
                              + "{\"from\":\"ISSUED\",\"to\":\"EXPIRING\",\"count\":45}],"
                              + "\"reminders\":[{\"daysBefore\":30,\"count\":40,\"late\":0},"
                              + "{\"daysBefore\":90,\"count\":38,\"late\":0},"
                              + "{\"daysBefore\":180,\"count\":45,\"late\":0}]}")))
  @APIResponse(
      responseCode = "400",
      description = "asOf is not a date (yyyy-MM-dd)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "Only admins and national officers run the engine",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description = "EXPIRY_RUN_IN_PROGRESS: another run (the daily job, another replica) is on",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "422",
      description = "asOf is after today and this deployment does not allow it",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public ExpiryRunResponse run(
      @Parameter(description = "The day to run for; today if absent", example = "2026-11-24")
          @QueryParam("asOf")
          String asOf) {
    LocalDate today = clock.today();
    LocalDate day = QueryDates.parse(asOf, "asOf");
    if (day == null) {
      day = today;
    }
    if (day.isAfter(today) && !config.allowFutureAsOf()) {
      throw ProblemException.unprocessable(
          "asOf",
          "NotInFuture",
          "asOf " + day + " is after today (" + today + "): it would end certificates early");
    }
    ExpiryRun run =
        engine
            .run(day, ExpiryJob.ENGINE + "/" + caller.username())
            .orElseThrow(
                () ->
                    ProblemException.conflict(
                        IN_PROGRESS, "Another expiry run is in progress; try again later"));
    return ExpiryRunResponse.from(run);
  }
}
