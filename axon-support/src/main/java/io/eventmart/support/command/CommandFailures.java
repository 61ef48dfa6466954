package io.eventmart.support.command;

import io.eventmart.contracts.error.DomainError;
import io.eventmart.contracts.error.DomainException;
import io.eventmart.contracts.error.ErrorKind;
import jakarta.validation.ConstraintViolation;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.modelling.command.AggregateNotFoundException;

/**
 * Turns the ways a command can be refused into one {@link DomainError}, and finds that error again
 * on the sender's side, whether the handler ran in this JVM or behind Axon Server.
 */
public final class CommandFailures {

  public static final String INVALID_COMMAND = "command.invalid";
  public static final String AGGREGATE_NOT_FOUND = "aggregate.not-found";

  private CommandFailures() {}

  /** The domain error a handler-side failure stands for, if it is a refusal and not a fault. */
  public static Optional<DomainError> describe(Throwable failure) {
    if (failure instanceof DomainException refusal) {
      return Optional.of(refusal.toDomainError());
    }
    if (failure instanceof JSR303ViolationException invalid) {
      return Optional.of(invalidCommand(invalid));
    }
    if (failure instanceof AggregateNotFoundException notFound) {
      return Optional.of(
          new DomainError(
              AGGREGATE_NOT_FOUND,
              ErrorKind.NOT_FOUND,
              "Nothing exists with id " + notFound.getAggregateIdentifier(),
              Map.of("id", String.valueOf(notFound.getAggregateIdentifier()))));
    }
    return Optional.empty();
  }

  /**
   * The domain error carried by a failure a sender received, looking through the wrappers (futures,
   * retries) around it.
   */
  public static Optional<DomainError> domainErrorOf(Throwable received) {
    for (Throwable t = received; t != null; t = t.getCause()) {
      if (t instanceof CommandExecutionException execution) {
        Optional<Object> details = execution.getDetails();
        if (details.isPresent() && details.get() instanceof DomainError error) {
          return Optional.of(error);
        }
      }
      Optional<DomainError> direct = describe(t);
      if (direct.isPresent()) {
        return direct;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return Optional.empty();
  }

  private static DomainError invalidCommand(JSR303ViolationException invalid) {
    Map<String, String> fieldErrors = new LinkedHashMap<>();
    invalid.getViolations().stream()
        .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
        .forEach(v -> fieldErrors.merge(field(v), v.getMessage(), (a, b) -> a + "; " + b));
    String summary =
        fieldErrors.entrySet().stream()
            .map(e -> e.getKey() + " " + e.getValue())
            .reduce((a, b) -> a + ", " + b)
            .orElse("constraint violated");
    return new DomainError(
        INVALID_COMMAND, ErrorKind.INVALID, "Invalid request: " + summary, fieldErrors);
  }

  private static String field(ConstraintViolation<?> violation) {
    String path = violation.getPropertyPath().toString();
    return path.isEmpty() ? "command" : path;
  }
}
