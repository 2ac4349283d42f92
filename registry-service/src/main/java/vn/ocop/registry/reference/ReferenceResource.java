package vn.ocop.registry.reference;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.stream.Stream;
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
import vn.ocop.platform.security.Roles;
import vn.ocop.registry.text.SearchText;

/**
 * Read-only reference data: both administrative maps (the three-tier map in force until 30 June
 * 2025, the two-tier map since 1 July 2025, and the province successions between them) and the
 * product sets.
 */
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
    responseCode = "403",
    description = "The token carries none of the suite's roles",
    content =
        @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ReferenceResource {
  private final ReferenceData reference;
  private final AdminMaps maps;

  ReferenceResource(ReferenceData reference, AdminMaps maps) {
    this.reference = reference;
    this.maps = maps;
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

  @GET
  @Path("/admin-maps")
  @Operation(
      operationId = "listAdminMaps",
      summary = "List the administrative maps",
      description =
          "The versions of the administrative map (bản đồ hành chính) records may be coded on:"
              + " 2025-03, the three-tier map (63 provinces, districts, communes) in force until 30"
              + " June 2025, and 2025-07, the two-tier map (34 provinces, communes) of Resolution"
              + " 202/2025/QH15.")
  @APIResponse(
      responseCode = "200",
      description = "The maps, oldest first",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = AdminMaps.MapInfo.class)))
  public List<AdminMaps.MapInfo> listMaps() {
    return maps.maps();
  }

  @GET
  @Path("/admin-units")
  @Operation(
      operationId = "searchAdminUnits",
      summary = "List or search administrative units",
      description =
          "Units of one map (default the current one), optionally of one level, province or"
              + " district (pre-merger map), and matching a name without regard to accents or"
              + " case (\"buon ma thuot\" finds \"Buôn Ma Thuột\"). Each unit names the province"
              + " it is part of on the current map. Ordered by level, then code.")
  @APIResponse(
      responseCode = "200",
      description = "A page of units",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AdminUnitPage.class)))
  @APIResponse(
      responseCode = "400",
      description = "An unknown map (rule KnownMap) or level, or a malformed code",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Page<AdminUnitResponse> search(
      @Parameter(description = "Map version, default 2025-07", example = "2025-03")
          @QueryParam("map")
          String map,
      @Parameter(description = "PROVINCE, DISTRICT or COMMUNE", example = "COMMUNE")
          @QueryParam("level")
          AdminLevel level,
      @Parameter(description = "Units of this province (of that map)", example = "54")
          @QueryParam("provinceCode")
          @Pattern(regexp = "\\d{2}")
          String provinceCode,
      @Parameter(description = "Communes of this district (pre-merger map)", example = "555")
          @QueryParam("districtCode")
          @Pattern(regexp = "\\d{3}")
          String districtCode,
      @Parameter(description = "Part of the name, accents optional", example = "xuan phu")
          @QueryParam("q")
          @Size(max = 100)
          String q,
      @BeanParam PageQuery page) {
    String version = knownMap(map);
    String needle = q == null || q.isBlank() ? null : SearchText.of(q);
    List<AdminUnitResponse> all =
        Stream.of(AdminLevel.values())
            .filter(l -> level == null || l == level)
            .flatMap(l -> maps.units(version, l).stream())
            .filter(u -> provinceCode == null || provinceCode.equals(u.provinceCode()))
            .filter(u -> districtCode == null || districtCode.equals(u.districtCode()))
            .filter(u -> needle == null || SearchText.of(u.fullName()).contains(needle))
            .map(u -> AdminUnitResponse.from(u, maps))
            .toList();
    int from = Math.min(all.size(), page.index() * page.pageSize());
    int to = Math.min(all.size(), from + page.pageSize());
    return Page.of(all.subList(from, to), all.size(), page);
  }

  @GET
  @Path("/admin-units/{map}/{level}/{code}")
  @Operation(
      operationId = "getAdminUnit",
      summary = "Get an administrative unit",
      description =
          "One unit of a map, with the province it is part of on the current map (for an old"
              + " province: its successor under Resolution 202/2025/QH15).")
  @APIResponse(
      responseCode = "200",
      description = "The unit",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AdminUnitResponse.class)))
  @APIResponse(
      responseCode = "400",
      description = "An unknown map or level",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such unit on that map",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public AdminUnitResponse get(
      @Parameter(description = "Map version", example = "2025-03") @PathParam("map") String map,
      @Parameter(description = "PROVINCE, DISTRICT or COMMUNE", example = "PROVINCE")
          @PathParam("level")
          AdminLevel level,
      @Parameter(description = "Unit code", example = "54") @PathParam("code") String code) {
    String version = knownMap(map);
    return maps.unit(version, level, code)
        .map(u -> AdminUnitResponse.from(u, maps))
        .orElseThrow(() -> ProblemException.notFound("Administrative unit", code));
  }

  @GET
  @Path("/province-successions")
  @Operation(
      operationId = "listProvinceSuccessions",
      summary = "List the province mergers of 2025",
      description =
          "For each of the 63 provinces of the pre-merger map, the province of the current map it"
              + " became part of on 1 July 2025 (Resolution 202/2025/QH15). The new province keeps"
              + " the code of one of its parts, so codes repeat across maps with other meanings"
              + " (old 80 Long An → new 80 Tây Ninh). Commune-level correspondence is not in the"
              + " source data.")
  @APIResponse(
      responseCode = "200",
      description = "The successions, by old code",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = SuccessionResponse.class)))
  public List<SuccessionResponse> successions() {
    return maps.successions().stream()
        .map(
            s ->
                new SuccessionResponse(
                    s.oldMap(),
                    s.oldCode(),
                    provinceName(s.oldMap(), s.oldCode()),
                    s.newMap(),
                    s.newCode(),
                    provinceName(s.newMap(), s.newCode())))
        .toList();
  }

  private String provinceName(String map, String code) {
    return maps.unit(map, AdminLevel.PROVINCE, code).map(AdminUnit::name).orElse(null);
  }

  private String knownMap(String map) {
    String version = map == null || map.isBlank() ? AdminUnit.CURRENT_MAP : map;
    if (!maps.isKnownMap(version)) {
      throw ProblemException.invalidField(
          "map",
          "KnownMap",
          "Map '" + version + "' is not one of " + String.join(", ", maps.mapVersions()));
    }
    return version;
  }

  /** An old province and its successor. */
  @Schema(name = "ProvinceSuccession")
  public record SuccessionResponse(
      @Schema(example = "2025-03") String oldMap,
      @Schema(example = "54") String oldCode,
      @Schema(example = "Phú Yên") String oldName,
      @Schema(example = "2025-07") String newMap,
      @Schema(example = "66") String newCode,
      @Schema(example = "Đắk Lắk") String newName) {}

  /** The OpenAPI shape of a page of units. */
  @Schema(name = "AdminUnitPage")
  public record AdminUnitPage(List<AdminUnitResponse> items, Page.Pager pager) {}
}
