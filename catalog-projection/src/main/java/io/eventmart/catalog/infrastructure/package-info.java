/**
 * Spring wiring of the catalog read model: the auto-configuration that registers its projections,
 * queries and event processor with Axon, its settings, and the main class of the stand-alone
 * catalog service.
 */
package io.eventmart.catalog.infrastructure;
