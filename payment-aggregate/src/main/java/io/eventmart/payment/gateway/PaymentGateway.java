package io.eventmart.payment.gateway;

import io.eventmart.contracts.common.Money;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/**
 * The port to the payment service provider that moves the money. Every call is asynchronous and
 * idempotent per key: the payment id for authorizations, captures and voids, the refund id for
 * refunds. Calling again with the same key never charges or pays out twice; it returns the answer
 * the gateway gave the first time.
 *
 * <p>A stage completes with a {@link GatewayOutcome} (approved or declined) or fails with a {@link
 * GatewayUnavailableException} (nothing happened, safe to retry) or a {@link
 * GatewayTimeoutException} (no answer in time, outcome unknown).
 */
public interface PaymentGateway {

  /** Reserves {@code amount} on the card that {@code cardToken} stands for. */
  CompletionStage<GatewayOutcome> authorize(UUID paymentId, Money amount, String cardToken);

  /** Takes the money that authorization {@code authorizationReference} holds. */
  CompletionStage<GatewayOutcome> capture(UUID paymentId, String authorizationReference);

  /**
   * Releases whatever the gateway holds for the payment, including an authorization that arrives
   * after the void: once voided, a payment id is never authorized again.
   */
  CompletionStage<GatewayOutcome> voidPayment(UUID paymentId);

  /** Pays {@code amount} of a captured payment back to the card. */
  CompletionStage<GatewayOutcome> refund(UUID refundId, UUID paymentId, Money amount);
}
