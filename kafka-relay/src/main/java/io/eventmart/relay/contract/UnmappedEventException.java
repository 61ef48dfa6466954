package io.eventmart.relay.contract;

/**
 * A domain event of a known family that the contract has no mapping for: a new event was added to
 * {@code contracts} without being given its integration type. The mapping tests cover every
 * permitted event type, so this only happens when such a test was skipped.
 */
public final class UnmappedEventException extends IllegalStateException {

  UnmappedEventException(Object event) {
    super(
        "No integration mapping for "
            + event.getClass().getName()
            + "; add it to the relay's mapping and to docs/integration-events.md");
  }
}
