package vn.ocop.registry.product;

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

/** Products (sản phẩm) of subjects: registration and look-up, scoped to the caller's province. */
@Path("/api/registry/v1/products")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Products", description = "Products — sản phẩm OCOP, each in one product set")
@SecurityRequirement(name = "bearer")
public class ProductResource {
  private final ProductService products;
  private final Caller caller;

  private final AdminMaps maps;

  ProductResource(ProductService products, AdminMaps maps, Caller caller) {
    this.products = products;
    this.maps = maps;
    this.caller = caller;
  }

  @PATCH
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ADMIN, Roles.NATIONAL_OFFICER, Roles.PROVINCE_OFFICER})
  @Operation(
      operationId = "updateProduct",
      summary = "Update a product",
      description =
          "Changes a product's (sản phẩm) name, description or product set; fields left out stay"
              + " as they are. Officers of the product's province (current map) only. Send the"
              + " version last read: a stale one answers 409. Announced on"
              + " ocop.registry.product.v1 as vn.ocop.product.updated.v1 with the old and new"
              + " state.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = UpdateProductRequest.class),
              examples =
                  @ExampleObject(
                      name = "rename",
                      value = "{\"version\":0,\"name\":\"Cà phê bột nguyên chất Ea Tu\"}")))
  @APIResponse(
      responseCode = "200",
      description = "The product as updated",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ProductResponse.class)))
  @APIResponse(
      responseCode = "400",
      description = "An invalid field (rules KnownProductSet, Size, NotNull)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such product, or not the caller's to see",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "PRODUCT_VERSION_CONFLICT (changed since read) or PRODUCT_DUPLICATE (the subject has a"
              + " product of that name in that set)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public ProductResponse update(
      @Parameter(description = "Product id") @PathParam("id") UUID id,
      @NotNull @Valid UpdateProductRequest body) {
    return ProductResponse.from(products.update(id, body, caller), maps);
  }

  @POST
  @Path("/{id}/status")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ADMIN, Roles.NATIONAL_OFFICER, Roles.PROVINCE_OFFICER})
  @Operation(
      operationId = "changeProductStatus",
      summary = "Discontinue or resume a product",
      description =
          "REGISTERED → DISCONTINUED when the subject stops making it (ngừng sản xuất),"
              + " DISCONTINUED → REGISTERED when it resumes; anything else answers 409"
              + " PRODUCT_TRANSITION_NOT_ALLOWED. Its certificates keep their own lifecycle."
              + " Announced as vn.ocop.product.status-changed.v1.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ChangeProductStatusRequest.class),
              examples =
                  @ExampleObject(
                      name = "discontinue",
                      value =
                          "{\"version\":2,\"status\":\"DISCONTINUED\",\"reason\":\"Cơ sở"
                              + " ngừng sản xuất từ tháng 9/2026\"}")))
  @APIResponse(
      responseCode = "200",
      description = "The product in its new status",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ProductResponse.class)))
  @APIResponse(
      responseCode = "400",
      description = "A missing status or reason",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such product, or not the caller's to see",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description = "PRODUCT_TRANSITION_NOT_ALLOWED or PRODUCT_VERSION_CONFLICT",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public ProductResponse changeStatus(
      @Parameter(description = "Product id") @PathParam("id") UUID id,
      @NotNull @Valid ChangeProductStatusRequest body) {
    return ProductResponse.from(products.changeStatus(id, body, caller), maps);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ADMIN, Roles.NATIONAL_OFFICER, Roles.PROVINCE_OFFICER})
  @Operation(
      operationId = "registerProduct",
      summary = "Register a product",
      description =
          "Registers a product (sản phẩm) of an existing subject in one of the 26 product sets"
              + " (bộ sản phẩm) of Decision 148. Province and commune are the subject's. A"
              + " province officer may register only for subjects of their province. Announced on"
              + " ocop.registry.product.v1.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RegisterProductRequest.class),
              examples =
                  @ExampleObject(
                      name = "coffee",
                      summary = "Ground coffee of a cooperative",
                      value =
                          "{\"subjectId\":\"0b9d6c1e-5f7a-4c2b-9e51-3f1c2d4a5b6c\",\"name\":\"Cà"
                              + " phê bột Ea Tu\",\"productSet\":13,\"description\":\"Cà phê"
                              + " Robusta rang xay từ vùng nguyên liệu Ea Tu\"}")))
  @APIResponse(
      responseCode = "201",
      description = "Registered; Location names the new product",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ProductResponse.class)))
  @APIResponse(
      responseCode = "400",
      description = "Malformed JSON, a missing or invalid field, or an unknown product set",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such subject, or not the caller's",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description = "PRODUCT_DUPLICATE: the subject has a product of that name in that set",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @Idempotent
  @Extension(name = Idempotent.OPENAPI_EXTENSION, value = "true")
  public Response register(@NotNull @Valid RegisterProductRequest body, @Context UriInfo uri) {
    ProductResponse created =
        ProductResponse.from(
            products.register(body, Visibility.of(caller), caller.username()), maps);
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
      operationId = "getProduct",
      summary = "Get a product",
      description =
          "One product (sản phẩm). Officers see those of their province, subject members their"
              + " subject's; anything else answers 404.")
  @APIResponse(
      responseCode = "200",
      description = "The product",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ProductResponse.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such product, or not the caller's to see",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public ProductResponse get(@Parameter(description = "Product id") @PathParam("id") UUID id) {
    return ProductResponse.from(products.get(id, Visibility.of(caller)), maps);
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
      operationId = "listProducts",
      summary = "List products",
      description =
          "Products (sản phẩm) the caller may see, newest first, optionally of one subject or"
              + " province.")
  @APIResponse(
      responseCode = "200",
      description = "A page of products",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ProductPage.class)))
  @APIResponse(
      responseCode = "400",
      description = "An invalid filter",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Page<ProductResponse> list(
      @Parameter(description = "Only products of this subject") @QueryParam("subjectId")
          UUID subjectId,
      @Parameter(description = "Only products of this province", example = "66")
          @QueryParam("provinceCode")
          @Pattern(regexp = "\\d{2}")
          String provinceCode,
      @BeanParam PageQuery page) {
    return products
        .list(Visibility.of(caller), subjectId, provinceCode, page)
        .map(p -> ProductResponse.from(p, maps));
  }

  /** The OpenAPI shape of a page of products. */
  @Schema(name = "ProductPage")
  public record ProductPage(List<ProductResponse> items, Page.Pager pager) {}
}
