package io.eventmart.support.schema;

import java.util.Objects;

/**
 * A database schema a module owns, with the Flyway migrations that build it. Every module keeps its
 * tables in its own PostgreSQL schema with its own migration history, so modules can be composed in
 * one database (the standalone platform) or run against databases of their own without their
 * version numbers ever colliding.
 *
 * @param schema the PostgreSQL schema, created if missing
 * @param location the Flyway location of the migrations, e.g. {@code classpath:db/inventory}
 */
public record SchemaMigration(String schema, String location) {

  public SchemaMigration {
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(location, "location");
  }
}
