package vn.ocop.registry.search;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.platform.paging.Page;
import vn.ocop.platform.paging.PageQuery;
import vn.ocop.platform.problem.Problem;
import vn.ocop.registry.reference.AdminMaps;
import vn.ocop.registry.time.RegistryClock;

/** Public search of certified products (tra cứu sản phẩm OCOP), without login. */
@Path("/public/products")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Public search",
    description = "Tra cứu sản phẩm OCOP — anyone can search certified products (no login)")
@SecurityRequirements
public class PublicSearchResource {
  private final CertifiedProductSearch search;
  private final SearchCache cache;
  private final RegistryClock clock;
  private final AdminMaps maps;

  PublicSearchResource(
      CertifiedProductSearch search, SearchCache cache, RegistryClock clock, AdminMaps maps) {
    this.search = search;
    this.cache = cache;
    this.clock = clock;
    this.maps = maps;
  }

  @GET
  @Operation(
      operationId = "searchCertifiedProducts",
      summary = "Search certified products",
      description =
          "Products holding at least one OCOP certificate (giấy chứng nhận), each with its newest"
              + " certificate's star class, status and validity; by default only those in force"
              + " (ISSUED, EXPIRING). The query is accent- and case-insensitive: \"ca phe\" finds"
              + " \"Cà phê\", \"dak lak\" finds \"Đắk Lắk\"; every word must appear in the product's"
              + " name or its subject's (chủ thể) name; products whose own name holds more of the"
              + " words come first, then higher star classes. Product sets (bộ sản phẩm) and"
              + " groups are filters, not searched words."
              + " A province is given with its map: on the current map (2025-07, 34 provinces)"
              + " provinceCode matches every record of that province today, whatever map it was"
              + " created on; on the pre-merger map (2025-03, 63 provinces) it matches the"
              + " records created with that old province code only. Commune-level correspondence"
              + " between the maps is not in the source data, so there is no filter by commune"
              + " across maps. Status is the certificate's status on the day of the search, its"
              + " dates applied. No personal data of subjects. Answers may come from memory:"
              + " any change of a certificate, product or subject clears it as soon as its event"
              + " arrives (normally within a second or two), and nothing is served older than"
              + " ocop.registry.search.cache.max-age (5 min).")
  @APIResponse(
      responseCode = "200",
      description = "A page of certified products",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CertifiedProductPage.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "A filter naming nothing that exists: a province not on that map, a map, product set,"
              + " product group, star class or status that does not exist, a query too long",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Page<CertifiedProductResponse> search(
      @Parameter(
              description =
                  "Words to find in the product's or the subject's name, with or without"
                      + " diacritics (at most 200 characters, 8 words)",
              example = "ca phe dak lak")
          @QueryParam("q")
          String q,
      @Parameter(
              description = "Province code on the map given by map",
              example = "66",
              schema = @Schema(type = SchemaType.STRING, pattern = "\\d{2}"))
          @QueryParam("provinceCode")
          String provinceCode,
      @Parameter(
              description =
                  "Map version of provinceCode: 2025-07 (current, the default) or 2025-03"
                      + " (pre-merger)",
              example = "2025-07",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"2025-07", "2025-03"}))
          @QueryParam("map")
          String map,
      @Parameter(
              description = "Star class (hạng sao) of the newest certificate, 3 to 5",
              example = "4",
              schema = @Schema(type = SchemaType.INTEGER, minimum = "3", maximum = "5"))
          @QueryParam("starClass")
          String starClass,
      @Parameter(
              description = "Product set (bộ sản phẩm) of Decision 148, 1 to 26",
              example = "13",
              schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "26"))
          @QueryParam("productSet")
          String productSet,
      @Parameter(
              description = "Product group (nhóm ngành), 1 to 6",
              example = "1",
              schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "6"))
          @QueryParam("productGroup")
          String productGroup,
      @Parameter(
              description =
                  "Certificate statuses to list (repeat the parameter or separate by commas);"
                      + " default ISSUED,EXPIRING (in force)",
              example = "[\"ISSUED\",\"EXPIRING\"]")
          @QueryParam("status")
          List<String> status,
      @BeanParam PageQuery page) {
    SearchFilters filters =
        SearchFilters.parse(
            q, map, provinceCode, starClass, productSet, productGroup, status, maps);
    return cache.get(
        new SearchCache.Key(filters, page.page(), page.pageSize(), clock.today()),
        () -> search.search(filters, page));
  }

  /** The OpenAPI shape of a page of certified products. */
  @Schema(name = "CertifiedProductPage")
  public record CertifiedProductPage(List<CertifiedProductResponse> items, Page.Pager pager) {}
}
