package io.eventmart.edge.account;

import io.eventmart.edge.security.Role;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An account as the API shows it. */
public record AccountView(
    UUID id, String email, String name, List<Role> roles, Instant createdAt) {}
