package io.eventmart.audit.log;

import io.eventmart.audit.envelope.Envelope;

/**
 * One event for the audit log: its envelope at its position in the global event stream.
 *
 * @param position the event's global position
 * @param envelope what the log keeps of it
 */
public record LogEntry(long position, Envelope envelope) {}
