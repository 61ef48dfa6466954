package io.eventmart.edge.security;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * The authenticated caller, taken from the access token: a handler parameter of this type is
 * resolved by {@link CurrentUserArgumentResolver}.
 */
public record CurrentUser(UUID id, String email, Set<Role> roles) {

  public CurrentUser {
    roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }

  public boolean is(Role role) {
    return roles.contains(role);
  }

  public boolean isAdmin() {
    return is(Role.ADMIN);
  }

  /** Whether this caller may see something that belongs to {@code ownerId}. */
  public boolean mayAccessDataOf(UUID ownerId) {
    return isAdmin() || id.equals(ownerId);
  }
}
