/**
 * Payments with their amounts, gateway reference, failure reason, refunds and history, by payment
 * and by order. Fed by the payment aggregate's {@code PaymentEvent}s.
 */
package io.eventmart.catalog.payment;
