/**
 * Spring wiring and the Kafka adapters of the relay: the auto-configuration that registers the
 * relay's tracking processor with Axon, the idempotent producer behind the publisher port, the
 * creation of the contract's topics, the settings, and the main class of the stand-alone relay
 * service.
 */
package io.eventmart.relay.infrastructure;
