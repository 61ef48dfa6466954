package io.eventmart.contracts.order;

import java.util.UUID;

/**
 * Asks the order service for the payment method a customer gave when placing {@code orderId}
 * (answered with an optional {@link io.eventmart.contracts.common.PaymentMethod}). The payment
 * service asks it right before calling the gateway, so the card token never has to be written into
 * an event; the answer is empty once the order's payment is settled and the token is erased.
 */
public record FindPaymentMethodForOrder(UUID orderId) {}
