package vn.ocop.rating.criteria;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.platform.problem.Problem;
import vn.ocop.platform.problem.ProblemException;
import vn.ocop.platform.security.Roles;
import vn.ocop.rating.rules.RuleSet;
import vn.ocop.rating.rules.RuleSets;

/** The evaluation sheets of a rule set, read by anyone who takes part in an evaluation. */
@Path("/api/rating/v1/rule-sets/{version}/sheets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Rule sets",
    description =
        "Versioned rule sets (bộ tiêu chí và quy trình đánh giá, phân hạng sản phẩm OCOP)")
@RolesAllowed({
  Roles.ADMIN,
  Roles.NATIONAL_OFFICER,
  Roles.PROVINCE_OFFICER,
  Roles.COMMUNE_OFFICER,
  Roles.COUNCIL_MEMBER,
  Roles.ADVISOR,
  Roles.SUBJECT_MEMBER
})
public class CriteriaResource {
  private final RuleSets ruleSets;
  private final CriteriaCatalogue catalogue;

  CriteriaResource(RuleSets ruleSets, CriteriaCatalogue catalogue) {
    this.ruleSets = ruleSets;
    this.catalogue = catalogue;
  }

  @GET
  @Operation(
      operationId = "listCriteriaSheets",
      summary = "List the evaluation sheets of a rule set",
      description =
          "The 26 evaluation sheets (phiếu đánh giá) of the rule set's criteria version, one per"
              + " product set (bộ sản phẩm) in annex order, with their group, maximum, number of"
              + " criteria (tiêu chí) and the number of corrections applied to the source.")
  @APIResponse(responseCode = "200", description = "The sheets, by product set")
  @APIResponse(
      responseCode = "404",
      description = "No such rule-set version (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public List<SheetSummaryResponse> list(
      @Parameter(description = "Rule-set version", example = "QD148-2023+QD1489-2025")
          @PathParam("version")
          String version) {
    String criteriaVersion = ruleSet(version).criteriaVersion();
    CriteriaIndex index = catalogue.index(criteriaVersion).orElseThrow();
    return catalogue.sheets(criteriaVersion).stream()
        .map(
            sheet ->
                SheetSummaryResponse.from(
                    sheet,
                    index.sets().stream()
                        .filter(entry -> entry.productSet() == sheet.productSet())
                        .findFirst()
                        .orElse(null)))
        .toList();
  }

  @GET
  @Path("/{productSet}")
  @Operation(
      operationId = "getCriteriaSheet",
      summary = "Get the evaluation sheet of a product set",
      description =
          "The full evaluation sheet (phiếu đánh giá) of one product set: parts, sections,"
              + " criteria and options with points, the star-class minimums (tiêu chí bắt buộc),"
              + " alternative groups, the criteria the commune pre-reviews (Decision 1489) and the"
              + " corrections applied to the source transcription.")
  @APIResponse(responseCode = "200", description = "The sheet")
  @APIResponse(
      responseCode = "404",
      description = "No such rule-set version or product set (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public SheetResponse get(
      @Parameter(description = "Rule-set version", example = "QD148-2023+QD1489-2025")
          @PathParam("version")
          String version,
      @Parameter(description = "Product set number 1–26 (bộ sản phẩm)", example = "1")
          @PathParam("productSet")
          int productSet) {
    String criteriaVersion = ruleSet(version).criteriaVersion();
    return catalogue.sheets(criteriaVersion).stream()
        .filter(sheet -> sheet.productSet() == productSet)
        .findFirst()
        .map(SheetResponse::from)
        .orElseThrow(
            () -> ProblemException.notFound("Evaluation sheet", version + "/" + productSet));
  }

  private RuleSet ruleSet(String version) {
    return ruleSets.find(version).orElseThrow(() -> ProblemException.notFound("Rule set", version));
  }
}
