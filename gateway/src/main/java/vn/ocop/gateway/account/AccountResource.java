package vn.ocop.gateway.account;

import io.quarkus.security.Authenticated;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ocop.platform.paging.Page;
import vn.ocop.platform.paging.PageQuery;
import vn.ocop.platform.problem.Problem;
import vn.ocop.platform.problem.ProblemException;
import vn.ocop.platform.security.Caller;
import vn.ocop.platform.security.Roles;

/**
 * Account administration (quản trị tài khoản) on the gateway, under {@code /api/gateway/v1}: the
 * gateway is no route name, so these paths never reach a service. Admins manage every account, a
 * province officer the commune officers, council members, advisors and subject members of their
 * province. The password hash never leaves the gateway.
 */
@Path("/api/gateway/v1")
@Tag(
    name = "Accounts",
    description = "Local accounts (tài khoản): roles, scope, passwords, lockout")
public class AccountResource {
  /** A page as the list answers it; the schema is generic ({items, pager}). */
  private static final String ACCOUNT_PAGE_EXAMPLE =
      "{\"items\":[{\"username\":\"daklak.commune\",\"roles\":[\"commune-officer\"],\"provinceCode\":\"66\",\"communeCode\":\"24133\",\"enabled\":true,\"createdAt\":\"2025-03-14T09:30:00+07:00\",\"updatedAt\":\"2025-03-14T09:30:00+07:00\",\"passwordChangedAt\":\"2025-03-14T09:30:00+07:00\",\"version\":3}],\"pager\":{\"page\":1,\"pageSize\":20,\"total\":1,\"pageCount\":1}}";

  private static final String MANAGERS_NOTE =
      " Admins: every account. Province officers: accounts of their own province with roles among"
          + " commune-officer, council-member, advisor, subject-member (another province's account"
          + " answers 404, a higher role 403).";

  private final AccountAdministration administration;
  private final Caller caller;

  AccountResource(AccountAdministration administration, Caller caller) {
    this.administration = administration;
    this.caller = caller;
  }

  @POST
  @Path("/accounts")
  @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER})
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "createAccount",
      summary = "Create a local account",
      description =
          "Roles need their scope: province-officer, council-member and advisor a province;"
              + " commune-officer a province and a commune; subject-member a province and a"
              + " subject; admin and national-officer none. The password must have 12–128"
              + " characters, not contain the username, not be a common password and not be one"
              + " character repeated."
              + MANAGERS_NOTE)
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AccountRequests.Create.class),
              examples =
                  @ExampleObject(
                      name = "commune officer of Đắk Lắk",
                      value =
                          "{\"username\":\"daklak.commune2\",\"password\":\"cà phê sáng ở Buôn"
                              + " Ma Thuột\",\"roles\":[\"commune-officer\"],"
                              + "\"provinceCode\":\"66\",\"communeCode\":\"24133\"}")))
  @APIResponse(
      responseCode = "201",
      description = "Created; ETag is the version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AccountView.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "A field breaks a rule (VALIDATION_FAILED: roles known/mixed, provinceCode required/none,"
              + " communeCode required/none, subjectId required/none, password"
              + " length/containsUsername/common/repeated)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description =
          "Role may not create accounts, or not with these roles (FORBIDDEN, ACCOUNT_ROLE_NOT_ASSIGNABLE)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "A province officer named another province (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description = "The username is taken (ACCOUNT_USERNAME_TAKEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response create(@Valid @NotNull AccountRequests.Create body, @Context UriInfo uri) {
    AccountView created = administration.create(body, caller);
    return Response.created(uri.getAbsolutePathBuilder().path(created.username()).build())
        .tag(etag(created))
        .entity(created)
        .build();
  }

  @GET
  @Path("/accounts")
  @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER})
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "listAccounts",
      summary = "List local accounts",
      description = "Ordered by username, paged." + MANAGERS_NOTE)
  @APIResponse(
      responseCode = "200",
      description = "A page of accounts ({items, pager})",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, example = ACCOUNT_PAGE_EXAMPLE))
  @APIResponse(
      responseCode = "403",
      description = "Role may not list accounts (FORBIDDEN)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Page<AccountView> list(
      @Parameter(description = "Only accounts with this role", example = "council-member")
          @QueryParam("role")
          String role,
      @Parameter(description = "Only accounts of this province", example = "66")
          @QueryParam("provinceCode")
          String provinceCode,
      @Parameter(description = "Only enabled (true) or disabled (false) accounts")
          @QueryParam("enabled")
          Boolean enabled,
      @Parameter(description = "Part of the username", example = "daklak") @QueryParam("q")
          String q,
      @BeanParam PageQuery page) {
    return administration.list(
        new AccountAdministration.Filter(role, provinceCode, enabled, q), page, caller);
  }

  @GET
  @Path("/accounts/{username}")
  @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER})
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "getAccount",
      summary = "Read a local account",
      description = "With its lockout state; the ETag is the version." + MANAGERS_NOTE)
  @APIResponse(
      responseCode = "200",
      description = "The account",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AccountView.class)))
  @APIResponse(
      responseCode = "403",
      description = "Not an account this role manages (FORBIDDEN, ACCOUNT_NOT_MANAGEABLE)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such account, or another province's (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response get(@PathParam("username") String username) {
    AccountView account = administration.get(username, caller);
    return Response.ok(account).tag(etag(account)).build();
  }

  @PUT
  @Path("/accounts/{username}")
  @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER})
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "updateAccount",
      summary = "Change an account's roles, scope or enabled state",
      description =
          "Replaces roles, provinceCode, communeCode, subjectId and enabled, against the version"
              + " read (If-Match or the body's version). A change of roles or scope, or disabling,"
              + " revokes the account's refresh tokens: its next token carries the new claims."
              + MANAGERS_NOTE)
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AccountRequests.Update.class),
              examples =
                  @ExampleObject(
                      name = "disable a council member",
                      value =
                          "{\"roles\":[\"council-member\"],\"provinceCode\":\"66\","
                              + "\"enabled\":false,\"version\":3}")))
  @APIResponse(
      responseCode = "200",
      description = "Updated; ETag is the new version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AccountView.class)))
  @APIResponse(
      responseCode = "403",
      description =
          "Not an account or role this caller manages (FORBIDDEN, ACCOUNT_NOT_MANAGEABLE, ACCOUNT_ROLE_NOT_ASSIGNABLE)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such account, or another province's (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "Changed since the version sent, or a change of one's own account that would lock oneself out (ACCOUNT_VERSION_CONFLICT, ACCOUNT_SELF_DEMOTION)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "428",
      description = "Neither If-Match nor version sent (ACCOUNT_VERSION_REQUIRED)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response update(
      @PathParam("username") String username,
      @Parameter(description = "The version read, as its ETag", example = "\"3\"")
          @HeaderParam("If-Match")
          String ifMatch,
      @Valid @NotNull AccountRequests.Update body) {
    AccountView account = administration.update(username, body, version(ifMatch), caller);
    return Response.ok(account).tag(etag(account)).build();
  }

  @POST
  @Path("/accounts/{username}/password")
  @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "resetAccountPassword",
      summary = "Set a new password for an account",
      description =
          "For an account holder who forgot theirs. Ends every sign-in of the account (its"
              + " refresh tokens are revoked) and lifts a lockout."
              + MANAGERS_NOTE)
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AccountRequests.PasswordReset.class),
              examples =
                  @ExampleObject(
                      name = "new password",
                      value = "{\"password\":\"mưa rừng Tây Nguyên tháng bảy\"}")))
  @APIResponse(responseCode = "204", description = "Password set")
  @APIResponse(
      responseCode = "400",
      description = "The password breaks a rule (VALIDATION_FAILED, field password)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "403",
      description = "Not an account this role manages (FORBIDDEN, ACCOUNT_NOT_MANAGEABLE)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such account, or another province's (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response resetPassword(
      @PathParam("username") String username, @Valid @NotNull AccountRequests.PasswordReset body) {
    administration.resetPassword(username, body.password(), caller);
    return Response.noContent().build();
  }

  @POST
  @Path("/accounts/{username}/unlock")
  @RolesAllowed({Roles.ADMIN, Roles.PROVINCE_OFFICER})
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "unlockAccount",
      summary = "Lift a sign-in lockout",
      description =
          "Clears the failed sign-ins counted for the username, so it may sign in at once."
              + MANAGERS_NOTE)
  @APIResponse(
      responseCode = "200",
      description = "Unlocked",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AccountView.class)))
  @APIResponse(
      responseCode = "403",
      description = "Not an account this role manages (FORBIDDEN, ACCOUNT_NOT_MANAGEABLE)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No such account, or another province's (NOT_FOUND)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public AccountView unlock(@PathParam("username") String username) {
    return administration.unlock(username, caller);
  }

  @PUT
  @Path("/me/password")
  @Authenticated
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "changeOwnPassword",
      summary = "Change one's own password",
      description =
          "Any local account, with its current password. A wrong current password counts as a"
              + " failed sign-in (lockout applies). Ends every sign-in of the account, this one"
              + " included: sign in again with the new password.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AccountRequests.PasswordChange.class),
              examples =
                  @ExampleObject(
                      name = "change",
                      value =
                          "{\"currentPassword\":\"<current>\",\"password\":\"mưa rừng Tây"
                              + " Nguyên tháng bảy\"}")))
  @APIResponse(responseCode = "204", description = "Password changed")
  @APIResponse(
      responseCode = "400",
      description =
          "Wrong current password (field currentPassword, rule matches) or a new password that"
              + " breaks a rule (field password) (VALIDATION_FAILED)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "The caller is no local account (a machine client, an external issuer's user)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "429",
      description = "Too many failed sign-ins (LOGIN_LOCKED, Retry-After)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response changeOwnPassword(
      @Valid @NotNull AccountRequests.PasswordChange body, @Context HttpServerRequest request) {
    administration.changeOwnPassword(
        body,
        caller,
        request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress());
    return Response.noContent().build();
  }

  private static EntityTag etag(AccountView account) {
    return new EntityTag(Long.toString(account.version()));
  }

  /** The version of an If-Match header ({@code "3"} or {@code W/"3"}); null when absent. */
  private static Long version(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      return null;
    }
    String value = ifMatch.strip();
    if (value.startsWith("W/")) {
      value = value.substring(2);
    }
    value = value.replace("\"", "");
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw ProblemException.invalidField("If-Match", "version", "If-Match must be a version ETag");
    }
  }
}
