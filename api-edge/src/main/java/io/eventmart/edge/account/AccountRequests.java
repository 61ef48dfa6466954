package io.eventmart.edge.account;

import io.eventmart.edge.security.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** The bodies of the account endpoints. Their toString never shows a password. */
final class AccountRequests {

  static final int MIN_PASSWORD_LENGTH = 8;

  private AccountRequests() {}

  record Register(
      @NotBlank @Email @Size(max = 254) String email,
      @NotNull @Size(min = MIN_PASSWORD_LENGTH, max = 128) String password,
      @NotBlank @Size(max = 200) String name) {

    @Override
    public String toString() {
      return "Register[email=" + email + ", password=****, name=" + name + "]";
    }
  }

  record Login(
      @NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 128) String password) {

    @Override
    public String toString() {
      return "Login[email=" + email + ", password=****]";
    }
  }

  record GrantRoles(@NotEmpty Set<@NotNull Role> roles) {}
}
