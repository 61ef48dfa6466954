package io.eventmart.audit.state;

import io.eventmart.contracts.audit.AggregateState;

/**
 * Rebuilds one kind of state by applying an aggregate's events one after another, as the
 * aggregate's own event-sourcing handlers do: each event changes the state, nothing is decided. A
 * fold is used for one rebuild only.
 */
interface StateFold {

  /**
   * Applies the next event of the aggregate's view.
   *
   * @throws IllegalArgumentException for an event the fold does not know, so a new kind of event
   *     can never be skipped unnoticed
   */
  void apply(RecordedEvent event);

  /** The state after every event applied so far. */
  AggregateState state();

  static IllegalArgumentException unknown(RecordedEvent event) {
    return new IllegalArgumentException(
        "no fold for event " + event.payload().getClass().getName());
  }
}
