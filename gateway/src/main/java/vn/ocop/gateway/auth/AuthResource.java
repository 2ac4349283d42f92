package vn.ocop.gateway.auth;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.platform.problem.Problem;

/**
 * Sign-in (đăng nhập) with a local account, refresh and sign-out, and the key set that verifies the
 * issued tokens. All anonymous: they are how a caller obtains, and a service checks, a token.
 */
@Path("/auth")
@Tag(
    name = "Authentication",
    description = "Access tokens (token truy cập) of the embedded issuer and its JWK Set")
public class AuthResource {
  private final Sessions sessions;
  private final SigningKeys keys;

  AuthResource(Sessions sessions, SigningKeys keys) {
    this.sessions = sessions;
    this.keys = keys;
  }

  @POST
  @Path("/token")
  @PermitAll
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "issueToken",
      summary = "Sign in and get an access token and a refresh token",
      description =
          "Checks the username and password of a local account (tài khoản) and answers a bearer"
              + " JWT (RS256, audience ocop-api) carrying the account's roles (groups) and scope"
              + " (province, commune, subject_id), and an opaque one-time refresh token. Send the"
              + " JWT as `Authorization: Bearer <access_token>` to /api/**. A wrong password, an"
              + " unknown username and a disabled account get the same 401; after 5 failures in"
              + " a row the username is locked for 15 minutes (429 with Retry-After), whether"
              + " or not it exists.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = TokenRequest.class),
              examples =
                  @ExampleObject(
                      name = "province officer of Đắk Lắk",
                      value =
                          "{\"username\":\"daklak.officer\",\"password\":\"<demo password>\"}")))
  @APIResponse(
      responseCode = "200",
      description = "Signed in",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = TokenResponse.class)))
  @APIResponse(
      responseCode = "400",
      description = "Malformed body or missing field (VALIDATION_FAILED, MALFORMED_REQUEST)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "401",
      description = "Unknown username or wrong password (INVALID_CREDENTIALS)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "429",
      description =
          "Too many failed sign-ins for this username (LOGIN_LOCKED); Retry-After gives the"
              + " seconds left",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response token(@Valid @NotNull TokenRequest body, @Context HttpServerRequest request) {
    return noStore(sessions.signIn(body, clientOf(request)));
  }

  @POST
  @Path("/refresh")
  @PermitAll
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "refreshToken",
      summary = "Use a refresh token for a new access token and refresh token",
      description =
          "Each refresh token works once: the answer carries the next one. The access token is"
              + " built from the account as it is now (new roles apply; a disabled account gets"
              + " 401). Presenting a refresh token that was already used revokes every token of"
              + " that sign-in (a stolen token was replayed, or the client was): sign in again.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RefreshRequest.class),
              examples =
                  @ExampleObject(
                      name = "refresh",
                      value =
                          "{\"refresh_token\":\"q3Vb0w2c9kJ5mR1sT8yZx4eW7hA6nP0dLf2gK9jC5uE\"}")))
  @APIResponse(
      responseCode = "200",
      description = "A new access token and the next refresh token",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = TokenResponse.class)))
  @APIResponse(
      responseCode = "400",
      description = "Missing refresh_token (VALIDATION_FAILED, MALFORMED_REQUEST)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "401",
      description =
          "Unknown, used, expired or revoked refresh token, or a disabled account"
              + " (INVALID_REFRESH_TOKEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response refresh(@NotNull RefreshRequest body) {
    return noStore(sessions.refresh(body.token()));
  }

  @POST
  @Path("/logout")
  @PermitAll
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "logout",
      summary = "Sign out: revoke a sign-in's refresh tokens",
      description =
          "Revokes the refresh token and every other token of the same sign-in. Answers 204"
              + " whether or not the token was known (as RFC 7009 revocation does). Access tokens"
              + " already issued stay valid until they expire (at most 15 minutes).")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RefreshRequest.class),
              examples =
                  @ExampleObject(
                      name = "logout",
                      value =
                          "{\"refresh_token\":\"q3Vb0w2c9kJ5mR1sT8yZx4eW7hA6nP0dLf2gK9jC5uE\"}")))
  @APIResponse(responseCode = "204", description = "Signed out")
  @APIResponse(
      responseCode = "400",
      description = "Missing refresh_token (VALIDATION_FAILED, MALFORMED_REQUEST)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response logout(@NotNull RefreshRequest body) {
    sessions.signOut(body.token());
    return Response.noContent().build();
  }

  @GET
  @Path("/jwks")
  @PermitAll
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "getJsonWebKeySet",
      summary = "Public keys that verify the gateway's tokens",
      description =
          "The JWK Set of the published signing keys: the ACTIVE one, the NEXT one (published"
              + " before it signs, so that every service knows it in time) and RETIRED ones until"
              + " their last token has expired. The services verify bearer tokens with it"
              + " (mp.jwt.verify.publickey.location); a token's kid header names its key.")
  @APIResponse(
      responseCode = "200",
      description = "The JWK Set",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = JsonWebKeySet.class)))
  public Response jwks() {
    CacheControl aMinute = new CacheControl();
    aMinute.setMaxAge(60);
    return Response.ok(JsonWebKeySet.from(keys.verificationKeys())).cacheControl(aMinute).build();
  }

  private static Response noStore(TokenResponse tokens) {
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    return Response.ok(tokens).cacheControl(noStore).build();
  }

  /** The caller's address as the gateway saw it (the load balancer's view when trusted). */
  static String clientOf(HttpServerRequest request) {
    SocketAddress address = request == null ? null : request.remoteAddress();
    return address == null ? "unknown" : address.hostAddress();
  }
}
