package vn.ocop.rating.recognition;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.platform.paging.Page;
import vn.ocop.platform.paging.PageQuery;
import vn.ocop.platform.problem.Problem;
import vn.ocop.platform.problem.ProblemException;
import vn.ocop.platform.security.Caller;
import vn.ocop.platform.security.Roles;
import vn.ocop.rating.rules.EvaluationLevel;

/** The list of recognition decisions, from which the decision annex is drawn up. */
@Path("/api/rating/v1/recognition-decisions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Recognition",
    description = "Recognition decisions (quyết định công nhận kết quả đánh giá, phân hạng)")
public class RecognitionDecisionsResource {
  private final RecognitionService recognition;
  private final Caller caller;

  RecognitionDecisionsResource(RecognitionService recognition, Caller caller) {
    this.recognition = recognition;
    this.caller = caller;
  }

  @GET
  @RolesAllowed({Roles.ADMIN, Roles.NATIONAL_OFFICER, Roles.PROVINCE_OFFICER})
  @Operation(
      operationId = "listRecognitionDecisions",
      summary = "List recognition decisions",
      description =
          "Decisions công nhận and không công nhận by decision date and number, as the annex of"
              + " a decision (phụ lục danh sách sản phẩm) lists them: national accounts of any"
              + " province, province officers of their own (naming another province answers"
              + " 404). Filters: province, deciding level, outcome and a period of decision"
              + " dates (inclusive).")
  @APIResponse(responseCode = "200", description = "A page of decisions")
  @APIResponse(
      responseCode = "400",
      description =
          "An unknown level or outcome, a malformed date, or a period ending before it starts"
              + " (field to, rule notBeforeFrom) (VALIDATION_FAILED)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "The role may not read decisions (FORBIDDEN)",
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
  public Page<RecognitionDecisionResponse> list(
      @QueryParam("provinceCode") @Parameter(description = "Only this province", example = "66")
          String provinceCode,
      @QueryParam("level") @Parameter(description = "Only decisions of this (deciding) level")
          EvaluationLevel level,
      @QueryParam("outcome") @Parameter(description = "Only RECOGNISED or NOT_RECOGNISED")
          DecisionOutcome outcome,
      @QueryParam("from") @Parameter(description = "Decision date from, inclusive") LocalDate from,
      @QueryParam("to") @Parameter(description = "Decision date to, inclusive") LocalDate to,
      @BeanParam PageQuery page) {
    requireStorable("from", from);
    requireStorable("to", to);
    return recognition
        .list(caller, provinceCode, level, outcome, from, to, page)
        .map(RecognitionDecisionResponse::from);
  }

  /** ISO dates reach year 999999999; PostgreSQL's dates do not, and the query would fail. */
  private static void requireStorable(String parameter, LocalDate date) {
    if (date != null && (date.getYear() < 1 || date.getYear() > 9999)) {
      throw ProblemException.invalidField(
          parameter, "Range", "A date between the years 1 and 9999");
    }
  }
}
