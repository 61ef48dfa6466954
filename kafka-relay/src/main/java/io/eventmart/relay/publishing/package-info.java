/**
 * The relay itself: an Axon tracking processor that hands every domain event, mapped to the
 * integration contract, to an {@link io.eventmart.relay.publishing.IntegrationEventPublisher} and
 * lets its unit of work (and with it the tracking token) commit only once the broker has
 * acknowledged the whole batch. At least once, in order per aggregate, never replayed.
 */
package io.eventmart.relay.publishing;
