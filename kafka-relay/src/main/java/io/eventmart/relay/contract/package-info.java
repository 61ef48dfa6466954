/**
 * The integration contract as the relay writes it: every domain event mapped explicitly to an
 * {@link io.eventmart.contracts.integration.IntegrationEvent} envelope with a dotted type and a
 * documented {@code data} object (docs/integration-events.md). Plain Java: nothing here knows Kafka
 * or Spring, so the mapping is tested on its own.
 */
package io.eventmart.relay.contract;
