package io.eventmart.audit.state;

import java.time.Instant;

/**
 * Up to where in its history an aggregate's state is rebuilt. A state always reflects a prefix of
 * the aggregate's stream: the rebuild stops at the first event past the point, so it never mixes an
 * event with one that came before it but is excluded.
 */
public sealed interface StatePoint {

  /** Whether the history up to and including {@code event} is still before or at the point. */
  boolean includes(RecordedEvent event);

  /** Everything that happened at or before {@code at}. */
  record AtTime(Instant at) implements StatePoint {

    @Override
    public boolean includes(RecordedEvent event) {
      return !event.timestamp().isAfter(at);
    }
  }

  /** Everything up to and including sequence number {@code version}. */
  record AtVersion(long version) implements StatePoint {

    @Override
    public boolean includes(RecordedEvent event) {
      return event.sequence() <= version;
    }
  }
}
