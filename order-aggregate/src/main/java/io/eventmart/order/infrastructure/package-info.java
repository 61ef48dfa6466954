/**
 * Spring wiring and adapters of the order module: the auto-configuration that registers the
 * aggregates, the saga and the payment method vault with Axon, the JDBC vault, the module's
 * settings and the main class of the stand-alone order service.
 */
package io.eventmart.order.infrastructure;
