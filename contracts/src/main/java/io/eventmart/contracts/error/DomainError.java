package io.eventmart.contracts.error;

import java.util.Map;
import java.util.Objects;

/**
 * The serializable description of a rejected command, carried as the details of Axon's {@code
 * CommandExecutionException} so it survives the trip through Axon Server.
 *
 * @param code stable, dotted identifier of the rule that refused, e.g. {@code
 *     order.illegal-transition}; clients may switch on it
 * @param kind what kind of refusal, which decides the HTTP status
 * @param message a sentence for humans that says why
 * @param details facts behind the refusal (e.g. {@code currentStatus}), or field errors for {@link
 *     ErrorKind#INVALID}, keyed by field path
 */
public record DomainError(
    String code, ErrorKind kind, String message, Map<String, String> details) {

  public DomainError {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
    details = details == null ? Map.of() : Map.copyOf(details);
  }
}
