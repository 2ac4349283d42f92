package vn.ocop.gateway.client;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.ocop.gateway.auth.TokenIssuer;
import vn.ocop.gateway.auth.TokenResponse;
import vn.ocop.platform.problem.Problem;

/**
 * The OAuth 2.0 token endpoint of the client credentials grant (RFC 6749 §4.4). Its errors follow
 * RFC 6749 §5.2 ({@code {"error":"invalid_client"}}), not problem+json: OAuth client libraries
 * parse that shape.
 */
@Path("/auth/oauth2/token")
@Tag(name = "Authentication")
public class ClientTokenResource {
  private static final Logger LOG = Logger.getLogger(ClientTokenResource.class);

  private final MachineClients clients;
  private final TokenIssuer issuer;

  ClientTokenResource(MachineClients clients, TokenIssuer issuer) {
    this.clients = clients;
    this.issuer = issuer;
  }

  @POST
  @PermitAll
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "issueClientToken",
      summary = "Client credentials grant: an access token for a machine client",
      description =
          "Form fields grant_type=client_credentials and the client's credentials, either as HTTP"
              + " Basic (client_id:client_secret) or as the client_id and client_secret fields"
              + " (not both). Answers an access token whose sub is the client id and whose roles"
              + " are the client's; no refresh token (ask again). Errors are RFC 6749 §5.2 JSON.")
  @APIResponse(
      responseCode = "200",
      description = "An access token",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = TokenResponse.class)))
  @APIResponse(
      responseCode = "400",
      description = "invalid_request (missing or doubled credentials) or unsupported_grant_type",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ClientViews.OAuthError.class),
              examples =
                  @ExampleObject(
                      name = "unsupported grant",
                      value =
                          "{\"error\":\"unsupported_grant_type\",\"error_description\":\"Only client_credentials is supported\"}")))
  @APIResponse(
      responseCode = "413",
      description = "The form is larger than the server reads (PAYLOAD_TOO_LARGE)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "401",
      description =
          "invalid_client: unknown or disabled client, or wrong secret (WWW-Authenticate: Basic)",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ClientViews.OAuthError.class),
              examples =
                  @ExampleObject(
                      name = "wrong secret",
                      value =
                          "{\"error\":\"invalid_client\",\"error_description\":\"Client authentication failed\"}")))
  public Response token(
      @FormParam("grant_type") String grantType,
      @FormParam("client_id") String formClientId,
      @FormParam("client_secret") String formSecret,
      @HeaderParam("Authorization") String authorization) {
    String[] basic;
    try {
      basic = basic(authorization);
    } catch (IllegalArgumentException e) {
      return error(400, "invalid_request", "The Basic credentials cannot be read");
    }
    if (basic != null && (formClientId != null || formSecret != null)) {
      return error(
          400, "invalid_request", "Send the credentials either as Basic or as form fields");
    }
    if (grantType == null || grantType.isBlank()) {
      return error(400, "invalid_request", "grant_type is required");
    }
    if (!grantType.equals("client_credentials")) {
      return error(400, "unsupported_grant_type", "Only client_credentials is supported");
    }
    String clientId = basic != null ? basic[0] : formClientId;
    String secret = basic != null ? basic[1] : formSecret;
    if (clientId == null || clientId.isBlank() || secret == null || secret.isEmpty()) {
      return error(401, "invalid_client", "Client authentication failed");
    }
    var client = clients.authenticate(clientId, secret);
    if (client.isEmpty()) {
      LOG.warnf(
          "client credentials refused for client id '%s'",
          clientId.length() > 100
              ? clientId.substring(0, 100)
              : clientId.replaceAll("\\p{Cntrl}", "?"));
      return error(401, "invalid_client", "Client authentication failed");
    }
    MachineClient machine = client.get();
    String token = issuer.forClient(machine.clientId, machine.roles, machine.provinceCode);
    return Response.ok(TokenResponse.bearer(token, issuer.lifetimeSeconds()))
        .cacheControl(noStore())
        .header("Pragma", "no-cache")
        .build();
  }

  /**
   * A form body that is not valid application/x-www-form-urlencoded (a stray '%', bytes that are
   * not UTF-8) fails while the form fields are read, before {@link #token}; it is the client's
   * invalid_request, in the shape OAuth clients parse. Only this resource's errors are mapped so,
   * and only those raised while no code of the suite ran: one thrown from within the suite's own
   * code is a defect, logged and answered 500 server_error, not blamed on the client.
   */
  @ServerExceptionMapper
  Response unreadableForm(IllegalArgumentException e) {
    for (StackTraceElement frame : e.getStackTrace()) {
      if (frame.getClassName().startsWith("vn.ocop.")) {
        LOG.error("client token request failed", e);
        return error(500, "server_error", "The server could not complete the request");
      }
    }
    return error(400, "invalid_request", "The form body cannot be read");
  }

  /** client_id and client_secret of a Basic header (each form-urlencoded, RFC 6749 §2.3.1). */
  private static String[] basic(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    String decoded =
        new String(
            Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException("no colon");
    }
    return new String[] {
      URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
      URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8)
    };
  }

  private static Response error(int status, String error, String description) {
    Response.ResponseBuilder response =
        Response.status(status)
            .type(MediaType.APPLICATION_JSON)
            .cacheControl(noStore())
            .entity(new ClientViews.OAuthError(error, description));
    if (status == 401) {
      response.header("WWW-Authenticate", "Basic realm=\"ocop\"");
    }
    return response.build();
  }

  private static CacheControl noStore() {
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    return noStore;
  }
}
