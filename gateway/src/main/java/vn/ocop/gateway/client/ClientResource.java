package vn.ocop.gateway.client;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.platform.paging.Page;
import vn.ocop.platform.paging.PageQuery;
import vn.ocop.platform.problem.Problem;
import vn.ocop.platform.security.Roles;

/** Administration of machine clients (the national NTM office's systems): admins only. */
@Path("/api/gateway/v1/clients")
@Tag(name = "Machine clients", description = "Systems that get tokens with client credentials")
@RolesAllowed(Roles.ADMIN)
public class ClientResource {
  /** A page as the list answers it; the schema is generic ({items, pager}). */
  private static final String CLIENT_PAGE_EXAMPLE =
      "{\"items\":[{\"clientId\":\"ntm-office-sync\",\"name\":\"National NTM office synchronisation\",\"roles\":[\"national-officer\"],\"enabled\":true,\"createdAt\":\"2025-03-14T09:30:00+07:00\",\"secretRotatedAt\":\"2025-03-14T09:30:00+07:00\"}],\"pager\":{\"page\":1,\"pageSize\":20,\"total\":1,\"pageCount\":1}}";

  private final MachineClients clients;

  ClientResource(MachineClients clients) {
    this.clients = clients;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "createMachineClient",
      summary = "Register a machine client",
      description =
          "Answers the client secret once: store it in the system's secret manager. Roles:"
              + " national-officer, or province-officer with a province.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ClientViews.Create.class),
              examples =
                  @ExampleObject(
                      name = "national reporting system",
                      value =
                          "{\"clientId\":\"ntm-reporting\",\"name\":\"Hệ thống báo cáo NTM\","
                              + "\"roles\":[\"national-officer\"]}")))
  @APIResponse(
      responseCode = "201",
      description = "Registered; the body carries clientSecret, shown this once",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ClientViews.View.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "A field breaks a rule (VALIDATION_FAILED: roles clientRole/mixed, provinceCode required/none)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "Not an admin (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description = "The client id is taken (CLIENT_ID_TAKEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response create(@Valid @NotNull ClientViews.Create body, @Context UriInfo uri) {
    ClientViews.View created = clients.create(body);
    return Response.created(uri.getAbsolutePathBuilder().path(created.clientId()).build())
        .cacheControl(noStore())
        .entity(created)
        .build();
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "listMachineClients",
      summary = "List machine clients",
      description = "Ordered by client id, paged; no secrets.")
  @APIResponse(
      responseCode = "200",
      description = "A page of clients ({items, pager})",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, example = CLIENT_PAGE_EXAMPLE))
  @APIResponse(
      responseCode = "403",
      description = "Not an admin (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Page<ClientViews.View> list(@BeanParam PageQuery page) {
    return clients.list(page);
  }

  @GET
  @Path("/{clientId}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "getMachineClient",
      summary = "Read a machine client",
      description = "Without its secret.")
  @APIResponse(
      responseCode = "200",
      description = "The client",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ClientViews.View.class)))
  @APIResponse(
      responseCode = "403",
      description = "Not an admin (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such client (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public ClientViews.View get(@PathParam("clientId") String clientId) {
    return clients.get(clientId);
  }

  @POST
  @Path("/{clientId}/disable")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "disableMachineClient",
      summary = "Disable a machine client",
      description = "It gets no more tokens; tokens already issued expire within 15 minutes.")
  @APIResponse(
      responseCode = "200",
      description = "Disabled",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ClientViews.View.class)))
  @APIResponse(
      responseCode = "403",
      description = "Not an admin (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such client (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public ClientViews.View disable(@PathParam("clientId") String clientId) {
    return clients.setEnabled(clientId, false);
  }

  @POST
  @Path("/{clientId}/enable")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "enableMachineClient",
      summary = "Enable a machine client again",
      description = "Its current secret works again.")
  @APIResponse(
      responseCode = "200",
      description = "Enabled",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ClientViews.View.class)))
  @APIResponse(
      responseCode = "403",
      description = "Not an admin (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such client (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public ClientViews.View enable(@PathParam("clientId") String clientId) {
    return clients.setEnabled(clientId, true);
  }

  @POST
  @Path("/{clientId}/secret")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "rotateMachineClientSecret",
      summary = "Give a machine client a new secret",
      description = "The old secret stops working at once; the new one is shown this once.")
  @APIResponse(
      responseCode = "200",
      description = "The client with its new clientSecret",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ClientViews.View.class)))
  @APIResponse(
      responseCode = "403",
      description = "Not an admin (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such client (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response rotateSecret(@PathParam("clientId") String clientId) {
    return Response.ok(clients.rotateSecret(clientId)).cacheControl(noStore()).build();
  }

  private static CacheControl noStore() {
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    return noStore;
  }
}
