package io.eventmart.analytics.ingest;

/**
 * A record that can never be applied, however often it is tried: not an envelope, a type or version
 * this consumer does not know, or data that breaks the contract. It goes to the dead-letter topic
 * at once.
 */
public final class PoisonMessageException extends RuntimeException {

  public PoisonMessageException(String message) {
    super(message);
  }

  public PoisonMessageException(String message, Throwable cause) {
    super(message, cause);
  }
}
