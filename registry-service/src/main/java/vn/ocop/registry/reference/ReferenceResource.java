package vn.ocop.registry.reference;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.platform.problem.Problem;
import vn.ocop.platform.security.Roles;

/** Read-only reference data: the current administrative map and the product sets. */
@Path("/api/registry/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Reference data",
    description =
        "Administrative units (đơn vị hành chính) of the current map and product sets (bộ sản"
            + " phẩm) of Decision 148")
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
    responseCode = "401",
    description = "No valid bearer token",
    content =
        @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
    responseCode = "403",
    description = "The token carries none of the suite's roles",
    content =
        @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ReferenceResource {
  private final ReferenceData reference;

  ReferenceResource(ReferenceData reference) {
    this.reference = reference;
  }

  @GET
  @Path("/provinces")
  @Operation(
      operationId = "listProvinces",
      summary = "List the provinces",
      description =
          "The 34 provinces and centrally-run cities (tỉnh, thành phố) of the map in force since 1"
              + " July 2025, ordered by code.")
  @APIResponse(
      responseCode = "200",
      description = "The provinces",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = ProvinceResponse.class)))
  public List<ProvinceResponse> provinces() {
    return reference.provinces().stream().map(ProvinceResponse::from).toList();
  }

  @GET
  @Path("/provinces/{code}/communes")
  @Operation(
      operationId = "listCommunesOfProvince",
      summary = "List the communes of a province",
      description =
          "The communes, wards and special zones (xã, phường, đặc khu) of one province on the"
              + " current map, ordered by code.")
  @APIResponse(
      responseCode = "200",
      description = "The communes",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = CommuneResponse.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such province on the current map",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public List<CommuneResponse> communes(
      @Parameter(description = "Province code, 2 digits", example = "66") @PathParam("code")
          String code) {
    return reference.communes(code).stream().map(CommuneResponse::from).toList();
  }

  @GET
  @Path("/product-sets")
  @Operation(
      operationId = "listProductSets",
      summary = "List the product sets",
      description =
          "The 26 product sets (bộ sản phẩm) of Decision 148/QĐ-TTg in Annex order, each with its"
              + " product group (nhóm ngành, 1 to 6).")
  @APIResponse(
      responseCode = "200",
      description = "The product sets",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = ProductSetResponse.class)))
  public List<ProductSetResponse> productSets() {
    return reference.productSets().stream().map(ProductSetResponse::from).toList();
  }
}
