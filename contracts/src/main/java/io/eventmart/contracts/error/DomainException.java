package io.eventmart.contracts.error;

import java.util.Map;

/**
 * Base of every typed rejection an aggregate throws. Subclasses name the rule (one class per rule)
 * and give the facts; the command bus translates them into a {@link DomainError}.
 */
public abstract class DomainException extends RuntimeException {

  private final String code;
  private final ErrorKind kind;
  private final Map<String, String> details;

  protected DomainException(String code, ErrorKind kind, String message) {
    this(code, kind, message, Map.of());
  }

  protected DomainException(
      String code, ErrorKind kind, String message, Map<String, String> details) {
    super(message);
    this.code = code;
    this.kind = kind;
    this.details = Map.copyOf(details);
  }

  public String code() {
    return code;
  }

  public ErrorKind kind() {
    return kind;
  }

  public Map<String, String> details() {
    return details;
  }

  public DomainError toDomainError() {
    return new DomainError(code, kind, getMessage(), details);
  }
}
