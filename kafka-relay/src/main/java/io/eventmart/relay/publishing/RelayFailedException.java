package io.eventmart.relay.publishing;

/**
 * The broker did not acknowledge an event of the batch in time. The batch's unit of work rolls
 * back, so the tracking token stays where it was and the processor publishes the batch again.
 */
public final class RelayFailedException extends RuntimeException {

  RelayFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
