package io.eventmart.edge.account;

import io.eventmart.edge.security.Role;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A stored account. The password hash never leaves this package. */
record Account(
    UUID id, String email, String name, String passwordHash, Set<Role> roles, Instant createdAt) {

  AccountView view() {
    return new AccountView(id, email, name, roles.stream().sorted().toList(), createdAt);
  }

  @Override
  public String toString() {
    return "Account[id=" + id + ", email=" + email + ", roles=" + roles + "]";
  }
}
