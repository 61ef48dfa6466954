package io.eventmart.payment.gateway;

/**
 * The gateway did not answer in time. Unlike {@link GatewayUnavailableException} the outcome is
 * unknown: the gateway may still have charged, so a timeout must never be reported as a failure.
 */
public class GatewayTimeoutException extends RuntimeException {

  public GatewayTimeoutException(String message, Throwable cause) {
    super(message, cause);
  }
}
