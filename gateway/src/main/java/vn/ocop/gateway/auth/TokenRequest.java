package vn.ocop.gateway.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A sign-in (đăng nhập) with a local account's username and password. */
@Schema(name = "TokenRequest", description = "Username and password of a local account")
public record TokenRequest(
    @Schema(example = "daklak.officer") @NotBlank @Size(max = 100) String username,
    @Schema(example = "the demo password printed by ./ocop up") @NotBlank @Size(max = 200)
        String password) {}
