package io.eventmart.edge.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.oauth2.jwt.Jwt;

/** How an account is written into an access token, and read back from one. */
final class TokenClaims {

  static final String EMAIL = "email";
  static final String ROLES = "roles";

  private TokenClaims() {}

  static List<String> roleNames(Collection<Role> roles) {
    return roles.stream().map(Role::name).sorted().toList();
  }

  static CurrentUser userOf(Jwt jwt) {
    List<String> names = jwt.getClaimAsStringList(ROLES);
    Set<Role> roles =
        names == null
            ? EnumSet.noneOf(Role.class)
            : names.stream()
                .map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    return new CurrentUser(UUID.fromString(jwt.getSubject()), jwt.getClaimAsString(EMAIL), roles);
  }
}
