package io.eventmart.catalog.readmodel;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * The catalog's R2DBC access for the projections that write it.
 *
 * <p>Axon's event handlers are synchronous: the processor stores its token once a handler returns,
 * so a handler must not return before its write is durable. Every write here therefore blocks until
 * the database answered, at most {@code writeTimeout}; a failure or a timeout is thrown, so the
 * processor retries the event instead of moving on without it. Handlers run on Axon's processor
 * threads, where blocking is allowed; never on an event loop.
 *
 * <p>Query handlers do not come here: they read through the {@link DatabaseClient} without
 * blocking.
 */
public final class ReadModelStore {

  private final DatabaseClient database;
  private final TransactionalOperator transactions;
  private final Duration writeTimeout;

  /**
   * @param database the client of the catalog's database
   * @param transactions transactions on the same connection factory as {@code database}
   * @param writeTimeout how long a write may take before the event counts as failed
   */
  public ReadModelStore(
      DatabaseClient database, TransactionalOperator transactions, Duration writeTimeout) {
    this.database = database;
    this.transactions = transactions;
    this.writeTimeout = writeTimeout;
  }

  /**
   * Runs one statement, in a transaction of its own. (A statement whose sequence guard finds the
   * event applied already simply changes no row.)
   */
  public void execute(Function<DatabaseClient, GenericExecuteSpec> statement) {
    statement.apply(database).fetch().rowsUpdated().block(writeTimeout);
  }

  /**
   * Runs one statement that answers what it changed (e.g. with {@code RETURNING}): empty when its
   * sequence guard found the event applied already.
   */
  public <T> Optional<T> write(Function<DatabaseClient, Mono<T>> statement) {
    return Mono.defer(() -> statement.apply(database)).blockOptional(writeTimeout);
  }

  /**
   * Runs {@code work} in one transaction and answers what it produced, empty when it produced
   * nothing (typically: the event was applied already, so nothing else was written either).
   */
  public <T> Optional<T> inTransaction(Function<DatabaseClient, Mono<T>> work) {
    return transactions
        .transactional(Mono.defer(() -> work.apply(database)))
        .blockOptional(writeTimeout);
  }

  /** Empties the given tables in one statement; for a rebuild of the read model. */
  public void truncate(String... tables) {
    database.sql("TRUNCATE " + String.join(", ", tables)).fetch().rowsUpdated().block(writeTimeout);
  }

  /** Binds {@code value}, or a typed SQL NULL when there is none. */
  public static GenericExecuteSpec bindNullable(
      GenericExecuteSpec statement, String name, Object value, Class<?> type) {
    return value == null ? statement.bindNull(name, type) : statement.bind(name, value);
  }
}
