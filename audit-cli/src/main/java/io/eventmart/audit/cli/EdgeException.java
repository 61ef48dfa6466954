package io.eventmart.audit.cli;

/**
 * The edge refused a request or could not be reached; the message says why, in the words of the
 * edge's problem detail when there is one.
 */
public final class EdgeException extends RuntimeException {

  public EdgeException(String message) {
    super(message);
  }

  public EdgeException(String message, Throwable cause) {
    super(message, cause);
  }
}
