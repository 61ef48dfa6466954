/**
 * Where a customer's payment method waits between placing an order and settling its payment. The
 * card token is a secret that never enters an event: placement stores it in the {@link
 * io.eventmart.order.paymentmethod.PaymentMethodVault}, the payment service looks it up with {@link
 * io.eventmart.contracts.order.FindPaymentMethodForOrder} right before calling the gateway, and it
 * is erased as soon as the order is confirmed, failed or cancelled.
 */
package io.eventmart.order.paymentmethod;
