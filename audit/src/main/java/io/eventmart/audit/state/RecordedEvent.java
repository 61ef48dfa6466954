package io.eventmart.audit.state;

import java.time.Instant;

/**
 * An event as the folds see it: where it stands in its aggregate's stream, when it happened, and
 * what happened.
 *
 * @param sequence its sequence number in the aggregate's stream
 * @param timestamp when it happened
 * @param payload the event itself
 */
public record RecordedEvent(long sequence, Instant timestamp, Object payload) {}
