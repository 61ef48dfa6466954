/**
 * The audit log: a copy of every event's envelope in PostgreSQL (schema {@code audit}), kept in the
 * order of the global event stream by a tracking processor of its own, and the correlation and
 * export queries it answers.
 */
package io.eventmart.audit.log;
