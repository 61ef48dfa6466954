/**
 * Spring wiring and adapters of the inventory module: the auto-configuration that registers the
 * product aggregate with Axon, the JDBC implementation of the SKU registry, the module's settings
 * and the main class of the stand-alone inventory service.
 */
package io.eventmart.inventory.infrastructure;
