package vn.ocop.gateway.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The request bodies of account administration (quản trị tài khoản). */
public final class AccountRequests {
  private AccountRequests() {}

  /** A new local account. */
  @Schema(name = "CreateAccountRequest", description = "A new local account and its scope")
  public record Create(
      @Schema(example = "daklak.commune2", description = "3–100 of a-z 0-9 . _ -, lower case")
          @NotBlank
          @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,99}", message = "3–100 of a-z 0-9 . _ -")
          String username,
      @Schema(description = "12–128 characters, not containing the username, not a common one")
          @NotNull
          @Size(max = 200)
          String password,
      @Schema(example = "[\"commune-officer\"]") @NotEmpty @Size(max = 7)
          List<@NotBlank String> roles,
      @Schema(example = "66") @Pattern(regexp = "[0-9]{2}", message = "2 digits")
          String provinceCode,
      @Schema(example = "24133") @Pattern(regexp = "[0-9]{5}", message = "5 digits")
          String communeCode,
      UUID subjectId,
      @Schema(description = "true when omitted") Boolean enabled) {}

  /** The new state of an account: every field is replaced. */
  @Schema(
      name = "UpdateAccountRequest",
      description = "Roles, scope and whether the account may sign in; replaces all of them")
  public record Update(
      @Schema(example = "[\"council-member\"]") @NotEmpty @Size(max = 7)
          List<@NotBlank String> roles,
      @Schema(example = "66") @Pattern(regexp = "[0-9]{2}", message = "2 digits")
          String provinceCode,
      @Pattern(regexp = "[0-9]{5}", message = "5 digits") String communeCode,
      UUID subjectId,
      @NotNull Boolean enabled,
      @Schema(description = "The version read (or send If-Match)", example = "3") Long version) {}

  /** An administrator's reset of another account's password. */
  @Schema(name = "PasswordResetRequest", description = "The account's new password")
  public record PasswordReset(@NotNull @Size(max = 200) String password) {}

  /** An account holder's change of their own password. */
  @Schema(name = "PasswordChangeRequest", description = "The current password and the new one")
  public record PasswordChange(
      @NotNull @Size(max = 200) String currentPassword,
      @NotNull @Size(max = 200) String password) {}
}
