/**
 * An aggregate's history, read from the event store: every event of one audited view with its
 * sequence, type, revision, time, payload and metadata.
 */
package io.eventmart.audit.history;
