package io.eventmart.support.schema;

import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;

/**
 * Applies every module's {@link SchemaMigration} when the application starts, before any event
 * processor, deadline scheduler or handler touches a table. Each schema keeps its own Flyway
 * history table, so migrations of different modules never interfere.
 */
public final class SchemaMigrations implements InitializingBean {

  private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

  private final DataSource dataSource;
  private final List<SchemaMigration> migrations;

  public SchemaMigrations(DataSource dataSource, List<SchemaMigration> migrations) {
    this.dataSource = dataSource;
    this.migrations = List.copyOf(migrations);
  }

  @Override
  public void afterPropertiesSet() {
    migrations.forEach(this::migrate);
  }

  private void migrate(SchemaMigration migration) {
    var result =
        Flyway.configure()
            .dataSource(dataSource)
            .schemas(migration.schema())
            .createSchemas(true)
            .table("flyway_history")
            .locations(migration.location())
            .load()
            .migrate();
    log.info(
        "Schema {} is at version {} ({} migrations applied now)",
        migration.schema(),
        result.targetSchemaVersion != null
            ? result.targetSchemaVersion
            : result.initialSchemaVersion,
        result.migrationsExecuted);
  }

  public List<SchemaMigration> migrations() {
    return migrations;
  }
}
