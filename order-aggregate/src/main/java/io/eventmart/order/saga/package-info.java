/**
 * The order saga: the orchestrator that takes a placed order through stock reservation, payment and
 * confirmation, and compensates every step it started when the order fails or is cancelled.
 *
 * <pre>
 * OrderPlaced ─► ReserveStock × every line ─► all reserved ─► RequestPayment ─► PaymentCaptured ─► ConfirmOrder
 *                     │ (deadline)                 │ any rejected          │ declined/failed/deadline
 *                     ▼                            ▼                       ▼
 *        release reserved, FailOrder    release reserved, FailOrder   (CancelPayment,) release all, FailOrder
 * OrderCancelled ─► release reserved, CancelPayment if requested     OrderShipped ─► CommitStock × every line
 * </pre>
 */
package io.eventmart.order.saga;
