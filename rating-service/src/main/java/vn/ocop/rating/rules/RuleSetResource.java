package vn.ocop.rating.rules;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.platform.security.Roles;

/** The rule sets the service judges dossiers by. */
@Path("/api/rating/v1/rule-sets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Rule sets",
    description =
        "Versioned rule sets (bộ tiêu chí và quy trình đánh giá, phân hạng sản phẩm OCOP)")
public class RuleSetResource {
  private final RuleSets ruleSets;

  RuleSetResource(RuleSets ruleSets) {
    this.ruleSets = ruleSets;
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
      operationId = "listRuleSets",
      summary = "List the rule sets",
      description =
          "Every rule-set version (bộ tiêu chí), oldest first: Decision 148/QĐ-TTg of 2023, then"
              + " 148 as amended by Decision 1489/QĐ-TTg of 2025 (province recognises 3★ and 4★).")
  @APIResponse(responseCode = "200", description = "The rule sets")
  public List<RuleSetResponse> list() {
    return ruleSets.all().stream().map(RuleSetResponse::from).toList();
  }
}
