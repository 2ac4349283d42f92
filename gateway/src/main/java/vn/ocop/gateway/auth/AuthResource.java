package vn.ocop.gateway.auth;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
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
 * Sign-in (đăng nhập) with a local account, and the key set that verifies the issued tokens. Both
 * are anonymous: they are how a caller obtains, and a service checks, a token.
 */
@Path("/auth")
@Tag(
    name = "Authentication",
    description = "Access tokens (token truy cập) of the embedded issuer and its JWK Set")
public class AuthResource {
  private final TokenIssuer issuer;
  private final SigningKeys keys;

  AuthResource(TokenIssuer issuer, SigningKeys keys) {
    this.issuer = issuer;
    this.keys = keys;
  }

  @POST
  @Path("/token")
  @PermitAll
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "issueToken",
      summary = "Sign in and get an access token",
      description =
          "Checks the username and password of a local account (tài khoản) and answers a bearer"
              + " JWT (RS256) carrying the account's roles (groups) and scope (province, commune,"
              + " subject_id). Send it as `Authorization: Bearer <access_token>` to /api/**. A"
              + " wrong password and an unknown username get the same 401.")
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
  public Response token(@Valid @NotNull TokenRequest body) {
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    return Response.ok(issuer.issue(body)).cacheControl(noStore).build();
  }

  @GET
  @Path("/jwks")
  @PermitAll
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "getJsonWebKeySet",
      summary = "Public keys that verify the gateway's tokens",
      description =
          "The JWK Set of the active signing keys. The services verify bearer tokens with it"
              + " (mp.jwt.verify.publickey.location); a token's kid header names its key.")
  @APIResponse(
      responseCode = "200",
      description = "The JWK Set",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = JsonWebKeySet.class)))
  public Response jwks() {
    CacheControl fiveMinutes = new CacheControl();
    fiveMinutes.setMaxAge(300);
    return Response.ok(JsonWebKeySet.from(keys.verificationKeys()))
        .cacheControl(fiveMinutes)
        .build();
  }
}
