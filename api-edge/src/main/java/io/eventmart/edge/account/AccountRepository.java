package io.eventmart.edge.account;

import io.eventmart.edge.security.Role;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/** Accounts in {@code edge.account}, read and written reactively (R2DBC). */
final class AccountRepository {

  private static final String COLUMNS = "account_id, email, name, password_hash, roles, created_at";

  private final DatabaseClient db;

  AccountRepository(ConnectionFactory connectionFactory) {
    this.db = DatabaseClient.create(connectionFactory);
  }

  /** Stores a new account; fails with a data-integrity error if the e-mail is taken. */
  Mono<Account> insert(Account account) {
    return db.sql(
            "INSERT INTO edge.account ("
                + COLUMNS
                + ") VALUES (:id, :email, :name, :hash, :roles, :at)")
        .bind("id", account.id())
        .bind("email", account.email())
        .bind("name", account.name())
        .bind("hash", account.passwordHash())
        .bind("roles", names(account.roles()))
        .bind("at", OffsetDateTime.ofInstant(account.createdAt(), ZoneOffset.UTC))
        .then()
        .thenReturn(account);
  }

  Mono<Account> findByEmail(String email) {
    return db.sql("SELECT " + COLUMNS + " FROM edge.account WHERE email = :email")
        .bind("email", email)
        .map(AccountRepository::account)
        .one();
  }

  Mono<Account> findById(UUID id) {
    return db.sql("SELECT " + COLUMNS + " FROM edge.account WHERE account_id = :id")
        .bind("id", id)
        .map(AccountRepository::account)
        .one();
  }

  /** Replaces the account's roles; empty when there is no such account. */
  Mono<Account> replaceRoles(UUID id, Set<Role> roles) {
    return db.sql("UPDATE edge.account SET roles = :roles WHERE account_id = :id")
        .bind("roles", names(roles))
        .bind("id", id)
        .fetch()
        .rowsUpdated()
        .filter(updated -> updated > 0)
        .flatMap(updated -> findById(id));
  }

  private static String[] names(Set<Role> roles) {
    return roles.stream().map(Role::name).sorted().toArray(String[]::new);
  }

  private static Account account(Readable row) {
    String[] roles = row.get("roles", String[].class);
    Set<Role> parsed =
        roles == null
            ? EnumSet.noneOf(Role.class)
            : Arrays.stream(roles)
                .map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    OffsetDateTime created = row.get("created_at", OffsetDateTime.class);
    return new Account(
        row.get("account_id", UUID.class),
        row.get("email", String.class),
        row.get("name", String.class),
        row.get("password_hash", String.class),
        parsed,
        created == null ? Instant.EPOCH : created.toInstant());
  }
}
