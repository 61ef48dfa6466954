package io.eventmart.payment.gateway;

/**
 * The gateway could not be asked: unreachable, answering with an error, or shielded by an open
 * circuit breaker. The call did not take effect, so the same call may be tried again.
 */
public class GatewayUnavailableException extends RuntimeException {

  public GatewayUnavailableException(String message) {
    super(message);
  }

  public GatewayUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
