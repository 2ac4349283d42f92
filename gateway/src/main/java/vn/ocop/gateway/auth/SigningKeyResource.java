package vn.ocop.gateway.auth;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.platform.problem.Problem;
import vn.ocop.platform.security.Roles;

/** The embedded issuer's signing keys, for admins: their states, and rotation on demand. */
@Path("/api/gateway/v1/signing-keys")
@Tag(name = "Signing keys", description = "Key rotation of the embedded token issuer")
@RolesAllowed(Roles.ADMIN)
public class SigningKeyResource {
  private final SigningKeys keys;

  SigningKeyResource(SigningKeys keys) {
    this.keys = keys;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "listSigningKeys",
      summary = "The signing keys and their states",
      description =
          "ACTIVE (signs), NEXT (published, signs after the next rotation), RETIRED (published"
              + " until publishUntil, when its last token has expired). Public information only.")
  @APIResponse(
      responseCode = "200",
      description = "The key ring, ACTIVE first",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema =
                  @Schema(type = SchemaType.ARRAY, implementation = SigningKeys.KeyInfo.class)))
  @APIResponse(
      responseCode = "403",
      description = "Not an admin (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public List<SigningKeys.KeyInfo> list() {
    return keys.keys();
  }

  @POST
  @Path("/rotation")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "rotateSigningKeys",
      summary = "Rotate the signing key now",
      description =
          "The NEXT key starts signing, the ACTIVE one retires (its tokens keep verifying until"
              + " they expire) and a new NEXT key is published. Refused while the NEXT key is"
              + " younger than ocop.jwt.keys.publish-ahead (a service might not have fetched it"
              + " yet). Other replicas pick the change up within ocop.jwt.keys.reload-every.")
  @APIResponse(
      responseCode = "200",
      description = "The key ring after the rotation",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema =
                  @Schema(type = SchemaType.ARRAY, implementation = SigningKeys.KeyInfo.class)))
  @APIResponse(
      responseCode = "403",
      description = "Not an admin (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description = "The NEXT key is too new to sign (SIGNING_KEY_NEXT_TOO_NEW)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public List<SigningKeys.KeyInfo> rotate() {
    return keys.rotate();
  }
}
