package vn.ocop.gateway.account;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an administrator sees of an account: everything but the password hash. */
@Schema(name = "Account", description = "A local account (tài khoản), its roles and scope")
public record AccountView(
    @Schema(example = "daklak.commune") String username,
    @Schema(example = "[\"commune-officer\"]") List<String> roles,
    @Schema(nullable = true, example = "66") String provinceCode,
    @Schema(nullable = true, example = "24133") String communeCode,
    @Schema(nullable = true, implementation = String.class, format = "uuid") UUID subjectId,
    boolean enabled,
    @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Until when sign-in is locked after failures; absent when not locked")
        OffsetDateTime lockedUntil,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    OffsetDateTime passwordChangedAt,
    @Schema(description = "Row version, also the ETag", example = "3") long version) {

  static AccountView from(Account account, OffsetDateTime lockedUntil) {
    return new AccountView(
        account.username,
        List.copyOf(account.roles),
        account.provinceCode,
        account.communeCode,
        account.subjectId,
        account.enabled,
        lockedUntil,
        account.createdAt,
        account.updatedAt,
        account.passwordChangedAt,
        account.version);
  }
}
