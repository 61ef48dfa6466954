package io.eventmart.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * A real PostgreSQL server for integration tests, found the first way that works:
 *
 * <ol>
 *   <li>{@code EVENTMART_DB_URL} (+ {@code EVENTMART_DB_USER}, {@code EVENTMART_DB_PASSWORD}) in
 *       the environment, as {@code scripts/test.sh} sets it;
 *   <li>a Testcontainers PostgreSQL when a Docker engine answers;
 *   <li>the project's own {@code scripts/servers.sh start postgres}, whose settings are read back
 *       from {@code .eventmart/servers.env}.
 * </ol>
 *
 * Every test context gets a database of its own ({@link #freshDatabase(String)}), so tests never
 * see each other's events, tokens or sagas.
 */
public final class TestPostgres {

  private static final Logger log = LoggerFactory.getLogger(TestPostgres.class);
  private static final AtomicInteger databases = new AtomicInteger();
  private static Server server;

  private TestPostgres() {}

  /** Connection settings of one database. */
  public record Database(String url, String user, String password) {

    /** The same database for R2DBC (the reactive read models). */
    public String r2dbcUrl() {
      return url.replaceFirst("^jdbc:postgresql:", "r2dbc:postgresql:");
    }

    /**
     * Points Spring's JDBC DataSource and R2DBC ConnectionFactory (and everything built on them) at
     * this database.
     */
    public void registerAsDataSource(DynamicPropertyRegistry registry) {
      registry.add("spring.datasource.url", this::url);
      registry.add("spring.datasource.username", this::user);
      registry.add("spring.datasource.password", this::password);
      registry.add("spring.r2dbc.url", this::r2dbcUrl);
      registry.add("spring.r2dbc.username", this::user);
      registry.add("spring.r2dbc.password", this::password);
    }

    public Connection connect() throws SQLException {
      return DriverManager.getConnection(url, user, password);
    }
  }

  private record Server(String host, int port, String user, String password) {
    String url(String database) {
      return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }
  }

  /** Creates an empty database named after {@code purpose} and returns its settings. */
  public static Database freshDatabase(String purpose) {
    Server s = server();
    String name =
        (purpose.replaceAll("[^A-Za-z0-9]", "_")
                + "_"
                + ProcessHandle.current().pid()
                + "_"
                + databases.incrementAndGet())
            .toLowerCase();
    try (Connection admin = DriverManager.getConnection(s.url("postgres"), s.user(), s.password());
        var statement = admin.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create test database " + name, e);
    }
    return new Database(s.url(name), s.user(), s.password());
  }

  private static synchronized Server server() {
    if (server == null) {
      server = fromEnvironment(System.getenv());
      if (server == null) {
        server =
            DockerClientFactory.instance().isDockerAvailable() ? fromContainer() : fromScript();
      }
      log.info("Integration tests use PostgreSQL at {}:{}", server.host(), server.port());
    }
    return server;
  }

  private static Server fromEnvironment(Map<String, String> env) {
    String url = env.get("EVENTMART_DB_URL");
    if (url == null || url.isBlank()) {
      return null;
    }
    var matcher =
        java.util.regex.Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/.*").matcher(url);
    if (!matcher.matches()) {
      throw new IllegalStateException("EVENTMART_DB_URL is not a PostgreSQL JDBC URL: " + url);
    }
    int port = matcher.group(2) == null ? 5432 : Integer.parseInt(matcher.group(2));
    return new Server(
        matcher.group(1),
        port,
        env.getOrDefault("EVENTMART_DB_USER", "postgres"),
        env.getOrDefault("EVENTMART_DB_PASSWORD", ""));
  }

  @SuppressWarnings("resource") // lives as long as the test JVM; Testcontainers' reaper removes it
  private static Server fromContainer() {
    var container =
        new PostgreSQLContainer("postgres:17-alpine")
            .withCommand("postgres", "-c", "max_connections=400", "-c", "fsync=off");
    container.start();
    return new Server(
        container.getHost(),
        container.getMappedPort(5432),
        container.getUsername(),
        container.getPassword());
  }

  private static Server fromScript() {
    return fromEnvironment(
        ServerSettings.startWithScript("postgres", Map.of("EVENTMART_PG_FAST", "1")));
  }
}
